package org.shuzhi.archive.solr;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.common.SolrInputDocument;
import org.shuzhi.archive.ArchiveDocuments;
import org.shuzhi.archive.ArchiveSchema;

/**
 * The embedded archive's Lucene documents as Solr documents, field by field: plain values as they are, every
 * analysed field (text, grams, shingles, pieces) as its tokens in PreAnalyzedField's JSON (term, offsets,
 * position increment, and the stored text), taken from the very token stream the embedded index inverts. So the
 * collection holds the same terms at the same positions, and BM25 sees the same lengths.
 */
final class SolrDocuments {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Fields of the schema held as numbers. */
    private static final Set<String> NUMBERS = Set.of(ArchiveSchema.YEAR, ArchiveSchema.PARAGRAPH, ArchiveSchema.CHARS,
            ArchiveSchema.PARAGRAPHS);
    /** Fields sent pre-analysed. */
    private static final Set<String> ANALYSED = Set.of(ArchiveSchema.TEXT, ArchiveSchema.GRAMS, ArchiveSchema.SHINGLES,
            ArchiveSchema.PIECES);
    /** Plain string fields; the facet plumbing of lucene-facet (theme_facets, $…) is left out: Solr facets on theme. */
    private static final Set<String> STRINGS = Set.of(ArchiveSchema.TYPE, ArchiveSchema.REPORT_ID, ArchiveSchema.UNIT_KEY,
            ArchiveSchema.UNIT, ArchiveSchema.ROLE, ArchiveSchema.FILE, ArchiveSchema.CONTENT_HASH, ArchiveSchema.LABEL,
            ArchiveSchema.SECTION, ArchiveSchema.PROBLEM, ArchiveSchema.THEME);

    private SolrDocuments() {}

    /** The Solr documents of one report's block, all routed to its unit's shard. */
    static List<SolrInputDocument> of(ArchiveDocuments.Block block, Analyzer analyzer) {
        List<SolrInputDocument> out = new java.util.ArrayList<>(block.documents().size());
        for (Document d : block.documents()) out.add(of(d, analyzer, block.report().unitKey()));
        // the file name also on each paragraph (stored only, no term): a search shows it without a second request
        String file = block.report().file() == null ? "" : block.report().file();
        for (SolrInputDocument d : out) if (!d.containsKey(ArchiveSchema.FILE)) d.setField(ArchiveSchema.FILE, file);
        return out;
    }

    /** Fields of a unit's facts held as numbers (integers but the share). */
    private static final Set<String> FACT_NUMBERS = Set.of(ArchiveSchema.YEAR, ArchiveSchema.FACT_PARAGRAPH, ArchiveSchema.RECURRENCE,
            ArchiveSchema.RAISED_SECOND, ArchiveSchema.RAISED_THIRD, ArchiveSchema.REPEATED_IN, ArchiveSchema.PLAN_YEAR,
            ArchiveSchema.ANSWER);

    /**
     * A unit's fact documents ({@link org.shuzhi.archive.DerivedFacts}) as Solr documents, routed to its shard:
     * each value once, whether the embedded index gives it as a point, a stored value or doc values.
     */
    static List<SolrInputDocument> facts(String unitKey, List<Document> facts) {
        List<SolrInputDocument> out = new java.util.ArrayList<>(facts.size());
        for (Document d : facts) {
            SolrInputDocument s = new SolrInputDocument();
            for (IndexableField f : d.getFields()) {
                String name = f.name();
                if (s.containsKey(name)) continue;
                if (FACT_NUMBERS.contains(name)) {
                    Number n = f.numericValue();
                    if (n != null) s.setField(name, n.intValue());
                } else if (ArchiveSchema.SHARE.equals(name)) {
                    s.setField(name, f.numericValue().doubleValue());
                } else if (f.stringValue() != null) {
                    s.setField(name, f.stringValue());
                } else if (f.binaryValue() != null) {
                    s.setField(name, f.binaryValue().utf8ToString()); // the unit name is doc values only
                }
            }
            s.setField("id", route(unitKey) + "facts#" + s.getFieldValue(ArchiveSchema.TYPE) + "#" + s.getFieldValue(ArchiveSchema.YEAR)
                    + "#" + s.getFieldValue(ArchiveSchema.FACT_PARAGRAPH));
            out.add(s);
        }
        return out;
    }

    /** The route of a unit: compositeId's prefix, so every document of the unit lands on one shard. */
    static String route(String unitKey) {
        return unitKey.replace('!', '！') + "!";
    }

    static SolrInputDocument of(Document d, Analyzer analyzer, String unitKey) {
        SolrInputDocument out = new SolrInputDocument();
        for (IndexableField f : d.getFields()) {
            String name = f.name();
            if (out.containsKey(name)) continue; // a number given as point, stored value and doc values: once
            if (NUMBERS.contains(name)) {
                if (f.numericValue() != null) out.setField(name, f.numericValue().intValue());
            } else if (ANALYSED.contains(name)) {
                out.setField(name, preAnalyzed(f, analyzer));
            } else if (STRINGS.contains(name) && f.stringValue() != null) {
                out.setField(name, f.stringValue());
            }
        }
        String id = (String) out.getFieldValue(ArchiveSchema.REPORT_ID);
        String type = (String) out.getFieldValue(ArchiveSchema.TYPE);
        Object paragraph = out.getFieldValue(ArchiveSchema.PARAGRAPH);
        out.setField("id", route(unitKey) + id + (ArchiveSchema.TYPE_REPORT.equals(type) ? "" : "#" + paragraph));
        return out;
    }

    /** The field's tokens as the embedded index inverts them, with its stored text, in PreAnalyzedField's JSON. */
    private static String preAnalyzed(IndexableField f, Analyzer analyzer) {
        ObjectNode root = JSON.createObjectNode();
        root.put("v", "1");
        boolean stored = f.fieldType().stored() && f.stringValue() != null;
        if (stored) root.put("str", f.stringValue());
        ArrayNode tokens = root.putArray("tokens");
        boolean positions = f.fieldType().indexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0;
        try (TokenStream ts = f.tokenStream(analyzer, null)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                ObjectNode t = tokens.addObject();
                t.put("t", term.toString());
                if (positions) {
                    t.put("s", offset.startOffset());
                    t.put("e", offset.endOffset());
                    t.put("i", increment.getPositionIncrement());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
