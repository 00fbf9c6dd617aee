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
    /**
     * On a paragraph that states a problem as the archive's checks and histories count one ({@link
     * Similarities#isArchivedProblem}): {@link #PROBLEM_YES}. What the overview counts problems and themes of.
     */
    public static final String PROBLEM = "problem";
    public static final String PROBLEM_YES = "1";
    /**
     * The problem theme of such a paragraph (archive/problem-themes.yaml), given when it is indexed: stored, a
     * term to filter by, and the facet dimension {@link #THEME} counted with {@link #FACETS}. A problem with
     * no theme has none of the three.
     */
    public static final String THEME = "theme";
    /** The doc-values field that holds the {@link #THEME} facet (sorted-set doc values: no side index to keep in step). */
    public static final String THEME_FACETS = "theme_facets";
    /**
     * Facts derived from a unit's reports across its years ({@link DerivedFacts}), one block of documents per
     * unit, all carrying its unit key here (not in {@link #UNIT_KEY}, so no query for reports or paragraphs
     * meets them): rebuilt in the same commit whenever one of the unit's reports changes.
     */
    public static final String FACTS_OF = "facts_of";
    /** One per problem paragraph of the unit: which years raised it, which earlier problems it repeats. */
    public static final String TYPE_PROBLEM_FACT = "problem_fact";
    /** One per checkable commitment of a report that the unit's next report had to answer. */
    public static final String TYPE_COMMITMENT_FACT = "commitment_fact";
    /**
     * A fact's paragraph index and text (stored only: never searched or counted as archive text). Lucene holds
     * one schema per field name, so facts name their fields apart from the paragraphs'.
     */
    public static final String FACT_PARAGRAPH = "fact_paragraph";
    /**
     * A fact's unit name (the unit's latest), as doc values: the overview reads the few columns of the rows it
     * lists from doc values (compressed in small blocks) rather than from stored documents (large blocks).
     */
    public static final String FACT_UNIT = "fact_unit";
    public static final String FACT_TEXT = "fact_text";
    /** A problem fact's theme (stored only: the paragraph's {@link #THEME} is what is counted). */
    public static final String FACT_THEME = "fact_theme";
    /** The years a problem has been raised, following the chain of repeats, as "2021,2022,2023". */
    public static final String RAISED = "raised";
    /** How many years a problem has been raised (points, doc values for sorting). */
    public static final String RECURRENCE = "recurrence";
    /** The second latest / third latest year of {@link #RAISED} (0 if none): raised twice / thrice since a year. */
    public static final String RAISED_SECOND = "raised_second";
    public static final String RAISED_THIRD = "raised_third";
    /** The first later year whose problem repeats this one ({@link Integer#MAX_VALUE}: none so far). */
    public static final String REPEATED_IN = "repeated_in";
    /** The earlier problems a problem repeats: "year:paragraph:similarity;…". */
    public static final String EARLIER = "earlier";
    /** A commitment's report year (its {@link #YEAR} is the year of the report that had to answer it). */
    public static final String PLAN_YEAR = "plan_year";
    /** answered / partly / notAnswered (a term, and doc values 0/1/2 for counting). */
    public static final String STATUS = "status";
    /** The weighted share of a commitment's key terms that the later report names. */
    public static final String SHARE = "share";
    /** The later report's paragraph that names most of them (-1: none). */
    public static final String ANSWER = "answer";
    /** The key terms named / not named, joined with 、. */
    public static final String NAMED = "named";
    public static final String MISSING = "missing";

    /** How the facet fields are indexed; counting reads them with the same configuration. */
    public static final org.apache.lucene.facet.FacetsConfig FACETS = facets();

    /** Commit metadata: which tokens the text field was indexed with, and the schema version. */
    public static final String COMMIT_TOKENS = "tokens";
    public static final String COMMIT_SCHEMA = "schema";
    /**
     * 5: problem paragraphs marked ({@link #PROBLEM}) with their {@link #THEME} as a facet; 4: {@link #PIECES} of 5 letters (3: of 8); 3: {@link #SHINGLES} are pieces of letters (2: runs of Chinese
     * characters only, so pieces across punctuation needed phrase queries). An archive of an older version is
     * rebuilt from what it stores when opened for writing ({@code Archive.upgrade}).
     */
    public static final String SCHEMA_VERSION = "5";

    private static final FieldType TEXT_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
    }

    /** The text field's type, for an index of found paragraphs that marks their snippets as the archive does. */
    static FieldType textType() {
        return TEXT_TYPE;
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

    private static org.apache.lucene.facet.FacetsConfig facets() {
        org.apache.lucene.facet.FacetsConfig c = new org.apache.lucene.facet.FacetsConfig();
        c.setIndexFieldName(THEME, THEME_FACETS);
        return c;
    }

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
     * @param passages   each paragraph as the checks compare it (by paragraph index: the review analysis's tokens
     *                   reused), or null to segment the stored text again
     */
    static List<Document> documents(ArchivedReport r, String contentHash, String wholeText,
                                    java.util.function.IntFunction<org.apache.lucene.analysis.TokenStream> textTokens,
                                    java.util.function.IntFunction<Passage> passages) {
        List<Document> docs = new ArrayList<>(r.paragraphs().size() + 1);
        Document report = common(r, contentHash, TYPE_REPORT);
        report.add(new StoredField(ROLE, r.role() == null ? "" : r.role()));
        report.add(new StoredField(FILE, r.file() == null ? "" : r.file()));
        report.add(new StoredField(CHARS, r.chars()));
        report.add(new StoredField(PARAGRAPHS, r.paragraphs().size()));
        report.add(new TextField(GRAMS, wholeText, Field.Store.NO));
        // normalised once: by the review analysis when the passages are given
        List<String> normalized = r.paragraphs().stream().map(p -> passages != null ? passages.apply(p.index()).normalized()
                : org.shuzhi.nlp.TextNormalizer.normalize(p.text())).toList();
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
            docs.add(problem(d, p, passages == null ? Passage.of(p.text()) : passages.apply(p.index())));
        }
        return docs;
    }

    /** Marks a problem paragraph with its theme, computed here, at indexing time, once per paragraph. */
    private static Document problem(Document d, ArchivedParagraph p, Passage passage) {
        if (!Similarities.isArchivedProblem(p.label(), p.section(), passage)) return d;
        d.add(new StringField(PROBLEM, PROBLEM_YES, Field.Store.NO));
        String theme = passage.theme().theme();
        if (theme == null) return d;
        d.add(new StringField(THEME, theme, Field.Store.YES));
        d.add(new org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField(THEME, theme));
        try {
            return FACETS.build(d);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
    public static ArchivedReport report(Document d, List<ArchivedParagraph> paragraphs) {
        return new ArchivedReport(d.get(UNIT_KEY), d.get(UNIT), year(d), emptyToNull(d.get(ROLE)),
                emptyToNull(d.get(FILE)), d.getField(CHARS).numericValue().intValue(), paragraphs);
    }

    public static ArchivedParagraph paragraph(Document d) {
        return new ArchivedParagraph(d.getField(PARAGRAPH).numericValue().intValue(), Part.of(d.get(LABEL)),
                Part.of(d.get(SECTION)), d.get(TEXT));
    }

    public static int year(Document d) {
        return d.getField(YEAR).numericValue().intValue();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
