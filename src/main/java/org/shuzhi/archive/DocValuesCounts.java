package org.shuzhi.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * {@link ArchiveSearcher#counts} on the embedded index: the matches of a query grouped by their values of a few
 * fields, read from doc values (sorted, numeric or binary; single-valued), segment by segment.
 */
final class DocValuesCounts {
    private DocValuesCounts() {}

    /** A field's value of one document of a segment; null when it has none. */
    private interface Column {
        String value(int doc) throws IOException;
    }

    static Map<List<String>, Integer> count(IndexSearcher s, Query q, List<String> fields) throws IOException {
        Map<List<String>, Integer> out = new HashMap<>();
        Weight w = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            Scorer scorer = w.scorer(leaf);
            if (scorer == null) continue;
            List<Column> columns = new ArrayList<>(fields.size());
            for (String f : fields) columns.add(column(leaf.reader(), f));
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            next:
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) continue;
                List<String> key = new ArrayList<>(columns.size());
                for (Column c : columns) {
                    String v = c.value(doc);
                    if (v == null) continue next;
                    key.add(v);
                }
                out.merge(List.copyOf(key), 1, Integer::sum);
            }
        }
        return out;
    }

    private static Column column(LeafReader leaf, String field) throws IOException {
        FieldInfo info = leaf.getFieldInfos().fieldInfo(field);
        DocValuesType type = info == null ? DocValuesType.NONE : info.getDocValuesType();
        switch (type) {
            case SORTED -> {
                SortedDocValues v = leaf.getSortedDocValues(field);
                return doc -> v.advanceExact(doc) ? v.lookupOrd(v.ordValue()).utf8ToString() : null;
            }
            case NUMERIC -> {
                NumericDocValues v = leaf.getNumericDocValues(field);
                return doc -> v.advanceExact(doc) ? Long.toString(v.longValue()) : null;
            }
            case BINARY -> {
                BinaryDocValues v = leaf.getBinaryDocValues(field);
                return doc -> v.advanceExact(doc) ? v.binaryValue().utf8ToString() : null;
            }
            case NONE -> {
                if (info != null) throw new IllegalArgumentException("no doc values to count by in " + field);
                return doc -> null; // a segment without the field: none of its documents has a value
            }
            default -> throw new IllegalArgumentException("cannot count by " + type + " doc values of " + field);
        }
    }
}
