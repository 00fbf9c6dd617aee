package org.shuzhi.archive.overview;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;

/**
 * Reads the columns of a few documents from doc values, segment by segment in document order (as doc-values
 * iterators require): the overview's rows without loading stored documents, whose blocks are large.
 */
final class Columns {
    /** One document's columns; each read advances that column's iterator to the document. */
    static final class Row {
        private final LeafReader leaf;
        private final Map<String, Object> iterators;
        private final int doc;

        private Row(LeafReader leaf, Map<String, Object> iterators, int doc) {
            this.leaf = leaf;
            this.iterators = iterators;
            this.doc = doc;
        }

        String text(String field) throws IOException {
            BinaryDocValues v = (BinaryDocValues) iterators.computeIfAbsent("b:" + field, k -> binary(leaf, field));
            return v.advanceExact(doc) ? v.binaryValue().utf8ToString() : null;
        }

        String sorted(String field) throws IOException {
            SortedDocValues v = (SortedDocValues) iterators.computeIfAbsent("s:" + field, k -> sortedValues(leaf, field));
            return v.advanceExact(doc) ? v.lookupOrd(v.ordValue()).utf8ToString() : null;
        }

        int number(String field) throws IOException {
            NumericDocValues v = (NumericDocValues) iterators.computeIfAbsent("n:" + field, k -> numeric(leaf, field));
            return v.advanceExact(doc) ? (int) v.longValue() : 0;
        }
    }

    interface Reader<T> {
        T read(Row row) throws IOException;
    }

    private Columns() {}

    /** {@code read} of each document, in the order given. */
    static <T> List<T> rows(IndexReader reader, int[] docs, Reader<T> read) throws IOException {
        int[] order = docs.clone();
        Arrays.sort(order);
        Map<Integer, T> byDoc = new HashMap<>();
        List<LeafReaderContext> leaves = reader.leaves();
        int current = -1;
        Map<String, Object> iterators = null;
        for (int doc : order) {
            int leaf = ReaderUtil.subIndex(doc, leaves);
            if (leaf != current) {
                current = leaf;
                iterators = new HashMap<>();
            }
            LeafReaderContext ctx = leaves.get(leaf);
            byDoc.put(doc, read.read(new Row(ctx.reader(), iterators, doc - ctx.docBase)));
        }
        List<T> out = new ArrayList<>(docs.length);
        for (int doc : docs) out.add(byDoc.get(doc));
        return out;
    }

    private static BinaryDocValues binary(LeafReader leaf, String field) {
        try {
            return DocValues.getBinary(leaf, field);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static SortedDocValues sortedValues(LeafReader leaf, String field) {
        try {
            return DocValues.getSorted(leaf, field);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static NumericDocValues numeric(LeafReader leaf, String field) {
        try {
            return DocValues.getNumeric(leaf, field);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
