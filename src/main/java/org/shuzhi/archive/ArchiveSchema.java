package org.shuzhi.archive;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.shuzhi.document.Part;

/**
 * The archive's Lucene schema, the only class that knows field names. Each report is one block of
 * documents: one {@code report} document (metadata, file name, whole text for phrase commonness) and one
 * {@code paragraph} document per paragraph (text, label, section, index), all sharing {@link #REPORT_ID}
 * so that indexing the same unit and year again replaces the block atomically.
 */
public final class ArchiveSchema {
    public static final String TYPE = "type";
    public static final String TYPE_REPORT = "report";
    public static final String TYPE_PARAGRAPH = "paragraph";
    /** unit key + "#" + year: the identity of a report. */
    public static final String REPORT_ID = "report_id";
    public static final String UNIT = "unit";
    public static final String UNIT_KEY = "unit_key";
    public static final String YEAR = "year";
    public static final String ROLE = "role";
    public static final String FILE = "file";
    public static final String CHARS = "chars";
    public static final String PARAGRAPHS = "paragraphs";
    /** Hash of the report's normalised text: a review never compares a report with (a copy of) itself. */
    public static final String CONTENT_HASH = "content_hash";
    public static final String PARAGRAPH = "paragraph";
    public static final String LABEL = "label";
    public static final String SECTION = "section";
    /** Paragraph text, analysed by the chosen {@link ArchiveAnalyzers.Tokens}, stored with offsets for highlighting. */
    public static final String TEXT = "text";
    /** Character bigrams of the whole report (report documents only), for phrase commonness. */
    public static final String GRAMS = "grams";
    /**
     * Every {@link #SHINGLE_LENGTH} consecutive letters or digits of each paragraph, punctuation and spacing
     * dropped as in a copied stretch (report documents only): how many reports hold such a piece, which decides
     * whether it is a stock formulation, is one term lookup.
     */
    public static final String SHINGLES = "shingles";
    static final int SHINGLE_LENGTH = Similarities.SHINGLE;
    /** Winnowing fingerprints of a paragraph ({@link Fingerprints}), for finding copy candidates. */
    public static final String PIECES = "pieces";

    /** Commit metadata: which tokens the text field was indexed with, and the schema version. */
    public static final String COMMIT_TOKENS = "tokens";
    public static final String COMMIT_SCHEMA = "schema";
    /**
     * 4: {@link #PIECES} of 5 letters (3: of 8); 3: {@link #SHINGLES} are pieces of letters (2: runs of Chinese
     * characters only, so pieces across punctuation needed phrase queries). An archive of an older version is
     * rebuilt from what it stores when opened for writing ({@code Archive.upgrade}).
     */
    public static final String SCHEMA_VERSION = "4";

    private static final FieldType TEXT_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
    }

    /** Terms that are only looked up, never scored or highlighted. */
    private static final FieldType KEYWORDS_TYPE = new FieldType();

    static {
        KEYWORDS_TYPE.setIndexOptions(IndexOptions.DOCS);
        KEYWORDS_TYPE.setOmitNorms(true);
        KEYWORDS_TYPE.setTokenized(true);
        KEYWORDS_TYPE.freeze();
    }

    private ArchiveSchema() {}

    /** The distinct pieces of {@link #SHINGLE_LENGTH} consecutive letters of normalised texts, none across two texts. */
    static java.util.Set<String> letterShingles(Iterable<String> normalized) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String text : normalized) {
            String letters = PassageSimilarity.letters(text);
            for (int i = 0; i + SHINGLE_LENGTH <= letters.length(); i++) out.add(letters.substring(i, i + SHINGLE_LENGTH));
        }
        return out;
    }

    /**
     * The document block of one report, report document first.
     *
     * @param textTokens each paragraph's text field as already analysed (by paragraph index), or null to let
     *                   the index analyzer analyse the text
     */
    static List<Document> documents(ArchivedReport r, String contentHash, String wholeText,
                                    java.util.function.IntFunction<org.apache.lucene.analysis.TokenStream> textTokens) {
        List<Document> docs = new ArrayList<>(r.paragraphs().size() + 1);
        Document report = common(r, contentHash, TYPE_REPORT);
        report.add(new StoredField(ROLE, r.role() == null ? "" : r.role()));
        report.add(new StoredField(FILE, r.file() == null ? "" : r.file()));
        report.add(new StoredField(CHARS, r.chars()));
        report.add(new StoredField(PARAGRAPHS, r.paragraphs().size()));
        report.add(new TextField(GRAMS, wholeText, Field.Store.NO));
        List<String> normalized = r.paragraphs().stream().map(p -> org.shuzhi.nlp.TextNormalizer.normalize(p.text())).toList();
        report.add(new Field(SHINGLES, ArchiveAnalyzers.keywords(letterShingles(normalized)), KEYWORDS_TYPE));
        docs.add(report);
        for (int i = 0; i < r.paragraphs().size(); i++) {
            ArchivedParagraph p = r.paragraphs().get(i);
            Document d = common(r, contentHash, TYPE_PARAGRAPH);
            d.add(new IntPoint(PARAGRAPH, p.index()));
            d.add(new StoredField(PARAGRAPH, p.index()));
            d.add(new StringField(LABEL, p.label().id(), Field.Store.YES));
            d.add(new StringField(SECTION, p.section().id(), Field.Store.YES));
            Field text = new Field(TEXT, p.text(), TEXT_TYPE);
            // analysing again what the review analysis already segmented would cost half the indexing time
            if (textTokens != null) text.setTokenStream(textTokens.apply(p.index()));
            d.add(text);
            d.add(new Field(PIECES, ArchiveAnalyzers.keywords(Fingerprints.of(normalized.get(i))), KEYWORDS_TYPE));
            docs.add(d);
        }
        return docs;
    }

    private static Document common(ArchivedReport r, String contentHash, String type) {
        Document d = new Document();
        d.add(new StringField(TYPE, type, Field.Store.NO));
        d.add(new StringField(REPORT_ID, r.id(), Field.Store.YES));
        d.add(new StringField(UNIT_KEY, r.unitKey(), Field.Store.YES));
        d.add(new StoredField(UNIT, r.unit()));
        d.add(new IntPoint(YEAR, r.year()));
        d.add(new StoredField(YEAR, r.year()));
        d.add(new NumericDocValuesField(YEAR, r.year()));
        d.add(new StringField(CONTENT_HASH, contentHash, Field.Store.YES));
        return d;
    }

    /** A report document's metadata (paragraphs to be filled in by the caller). */
    static ArchivedReport report(Document d, List<ArchivedParagraph> paragraphs) {
        return new ArchivedReport(d.get(UNIT_KEY), d.get(UNIT), year(d), emptyToNull(d.get(ROLE)),
                emptyToNull(d.get(FILE)), d.getField(CHARS).numericValue().intValue(), paragraphs);
    }

    static ArchivedParagraph paragraph(Document d) {
        return new ArchivedParagraph(d.getField(PARAGRAPH).numericValue().intValue(), Part.of(d.get(LABEL)),
                Part.of(d.get(SECTION)), d.get(TEXT));
    }

    static int year(Document d) {
        return d.getField(YEAR).numericValue().intValue();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
