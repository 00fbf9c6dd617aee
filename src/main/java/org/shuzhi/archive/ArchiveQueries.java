package org.shuzhi.archive;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.WildcardQuery;
import org.shuzhi.archive.ArchiveAnalyzers.Word;
import org.shuzhi.document.Part;

/** Every Lucene query the archive runs is built here, over the fields of {@link ArchiveSchema}. */
final class ArchiveQueries {
    /** Enough words to describe a long paragraph; BM25's idf keeps the rare ones on top. */
    static final int MAX_TERMS = 96;

    private static final Analyzer GRAM_ANALYZER = ArchiveAnalyzers.bigrams();

    private final Analyzer analyzer;

    ArchiveQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    static Query reports() {
        return new TermQuery(new Term(ArchiveSchema.TYPE, ArchiveSchema.TYPE_REPORT));
    }

    static Query paragraphs() {
        return new TermQuery(new Term(ArchiveSchema.TYPE, ArchiveSchema.TYPE_PARAGRAPH));
    }

    static Term reportId(String id) {
        return new Term(ArchiveSchema.REPORT_ID, id);
    }

    static Query unit(String unitKey) {
        return new TermQuery(new Term(ArchiveSchema.UNIT_KEY, unitKey));
    }

    /** Any of the keys (none: nothing). */
    static Query units(java.util.Collection<String> unitKeys) {
        if (unitKeys.size() == 1) return unit(unitKeys.iterator().next());
        return new TermInSetQuery(ArchiveSchema.UNIT_KEY, unitKeys.stream().map(org.apache.lucene.util.BytesRef::new).toList());
    }

    /**
     * Report documents of the units nearest a unit name that matches none (its own name {@code own}, see {@link
     * UnitKey#ownName}): keys within two edits of the name at each level held (城东小雪 → 城东小学党支部), and
     * keys that contain it (城东 → 城东小学党支部); the nearer by edits score higher.
     */
    static Query nearUnits(String own, java.util.Collection<String> levels) {
        String name = own.replaceAll("[*?\\\\]", "");
        BooleanQuery.Builder near = new BooleanQuery.Builder();
        near.add(new FuzzyQuery(new Term(ArchiveSchema.UNIT_KEY, name), 2), Occur.SHOULD);
        for (String level : levels) near.add(new FuzzyQuery(new Term(ArchiveSchema.UNIT_KEY, name + level), 2), Occur.SHOULD);
        if (name.length() >= 2) {
            // below the edits' scores: a name that only contains it is less near than one a typo away
            near.add(new BoostQuery(new ConstantScoreQuery(new WildcardQuery(new Term(ArchiveSchema.UNIT_KEY, "*" + name + "*"))), 0.1f),
                    Occur.SHOULD);
        }
        return new BooleanQuery.Builder().add(reports(), Occur.FILTER).add(near.build(), Occur.MUST).build();
    }

    static Query reportsOf(String unitKey) {
        return new BooleanQuery.Builder().add(reports(), Occur.FILTER).add(unit(unitKey), Occur.FILTER).build();
    }

    static Query label(Part label) {
        return new TermQuery(new Term(ArchiveSchema.LABEL, label.id()));
    }

    static Query years(Integer from, Integer to) {
        return IntPoint.newRangeQuery(ArchiveSchema.YEAR, from == null ? Integer.MIN_VALUE : from,
                to == null ? Integer.MAX_VALUE : to);
    }

    /** The paragraphs (or the report document) of one report. */
    static Query ofReport(String id, boolean report) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(reportId(id)), Occur.FILTER)
                .add(report ? reports() : paragraphs(), Occur.FILTER)
                .build();
    }

    /** A disjunction of the passage's words: BM25 ranks the archived paragraphs that share the most rare words. */
    Query text(String passage) {
        Set<String> terms = new LinkedHashSet<>(ArchiveAnalyzers.terms(analyzer, ArchiveSchema.TEXT, passage));
        if (terms.isEmpty()) return new MatchNoDocsQuery("no words");
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (String t : terms) {
            if (n++ >= MAX_TERMS) break;
            b.add(new TermQuery(new Term(ArchiveSchema.TEXT, t)), Occur.SHOULD);
        }
        return b.build();
    }

    /**
     * The user's search: the query's words, with the filters ({@code unitKeys}: the keys the query's unit
     * stands for, already resolved, or null for no unit filter).
     */
    Query search(SearchQuery q, java.util.Collection<String> unitKeys) {
        return search(q, unitKeys, q.text() == null || q.text().isBlank() ? null : typed(q.text()));
    }

    /** The same, with the query's words already built ({@link #typed}; null: no words). */
    static Query search(SearchQuery q, java.util.Collection<String> unitKeys, Query words) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(paragraphs(), Occur.FILTER);
        b.add(words == null ? new MatchAllDocsQuery() : words, Occur.MUST);
        if (q.yearFrom() != null || q.yearTo() != null) b.add(years(q.yearFrom(), q.yearTo()), Occur.FILTER);
        if (unitKeys != null) b.add(units(unitKeys), Occur.FILTER);
        if (q.label() != null) b.add(label(q.label()), Occur.FILTER);
        return b.build();
    }

    /**
     * What a user typed. Blanks and punctuation separate groups, any of which may match (as users list
     * alternatives: "组织生活会 批评与自我批评"); BM25 ranks paragraphs meeting more groups first. In a
     * group, a word the segmenter does not know comes out as single characters (到课率: 到/课/率), which
     * alone would match nearly every paragraph: such characters stay joined to their neighbours as a phrase.
     * A group's words are all required (most of them in a long group), and the whole group as a phrase ranks
     * first.
     */
    Query typed(String text) {
        List<Word> words = ArchiveAnalyzers.words(analyzer, ArchiveSchema.TEXT, text);
        if (words.isEmpty()) return new MatchNoDocsQuery("no words");
        List<List<Word>> groups = runs(words.subList(0, Math.min(words.size(), MAX_TERMS)), false);
        if (groups.size() == 1) return group(groups.get(0));
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (List<Word> g : groups) any.add(group(g), Occur.SHOULD);
        return any.build();
    }

    private static Query group(List<Word> group) {
        List<List<Word>> units = runs(group, true);
        if (units.size() == 1) return words(group);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (List<Word> u : units) all.add(words(u), Occur.SHOULD);
        all.setMinimumNumberShouldMatch(required(units.size()));
        return new BooleanQuery.Builder().add(all.build(), Occur.MUST).add(words(group), Occur.SHOULD).build();
    }

    /** All of up to three words, three in four of more (a pasted sentence need not match word for word). */
    private static int required(int units) {
        return units <= 3 ? units : units - units / 4;
    }

    /**
     * Splits words into runs of neighbours: words touching (or overlapping, as bigrams do) one another form a
     * group; with {@code fragments}, only single characters join their neighbours (overlapping words too).
     */
    private static List<List<Word>> runs(List<Word> words, boolean fragments) {
        List<List<Word>> out = new java.util.ArrayList<>();
        Word prev = null;
        for (Word w : words) {
            boolean join = prev != null && (fragments
                    ? w.start() < prev.end() || (w.start() == prev.end() && (w.single() || prev.single()))
                    : w.start() <= prev.end());
            if (!join) out.add(new java.util.ArrayList<>());
            out.get(out.size() - 1).add(w);
            prev = w;
        }
        return out;
    }

    /** One word as a term; neighbouring words as a phrase (at their own relative positions). */
    private static Query words(List<Word> words) {
        if (words.size() == 1) return new TermQuery(new Term(ArchiveSchema.TEXT, words.get(0).term()));
        PhraseQuery.Builder p = new PhraseQuery.Builder();
        int first = words.get(0).position();
        for (Word w : words) p.add(new Term(ArchiveSchema.TEXT, w.term()), w.position() - first);
        return p.build();
    }

    /**
     * Candidates for a cross-report comparison: paragraphs sharing words with {@code passage}, of years up
     * to {@code maxYear}, never of the report itself (same id or same content).
     *
     * @param sameUnit true: only the unit's own reports; false: only other units'; null: any
     */
    Query candidates(String passage, String unitKey, Integer maxYear, Boolean sameUnit, Part label,
                     String selfId, String selfHash) {
        return candidates(text(passage), unitKey, maxYear, sameUnit, label, selfId, selfHash);
    }

    /**
     * Copy candidates: other units' paragraphs of years up to {@code maxYear} ranked by the rarity of the given
     * fingerprint pieces ({@link ArchiveSchema#PIECES}, term queries and frequencies already looked up) they hold: a
     * copy's own text is rare, stock formulas are not, and only the former counts for a copy. A piece in
     * {@code stockDf} paragraphs or more is a stock one: it still finds a paragraph, but adds nothing to its rank.
     */
    static Query pieces(List<ArchiveSearcher.TermLookup> pieces, int stockDf, int paragraphs, String unitKey,
                        Integer maxYear, String selfId, String selfHash) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (ArchiveSearcher.TermLookup piece : pieces) {
            int df = piece.docFreq();
            float idf = df >= stockDf ? 0f : (float) Math.log(1 + (paragraphs + 1.0) / (df + 1.0));
            any.add(new BoostQuery(new ConstantScoreQuery(piece.query()), idf), Occur.SHOULD);
        }
        return candidates(any.build(), unitKey, maxYear, unitKey == null ? null : false, null, selfId, selfHash);
    }

    private static Query candidates(Query match, String unitKey, Integer maxYear, Boolean sameUnit, Part label,
                                    String selfId, String selfHash) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(match, Occur.MUST)
                .add(paragraphs(), Occur.FILTER);
        if (maxYear != null) b.add(years(null, maxYear), Occur.FILTER);
        if (unitKey != null && sameUnit != null) b.add(unit(unitKey), sameUnit ? Occur.FILTER : Occur.MUST_NOT);
        if (label != null) b.add(label(label), Occur.FILTER);
        if (selfId != null) b.add(new TermQuery(reportId(selfId)), Occur.MUST_NOT);
        if (selfHash != null) b.add(new TermQuery(new Term(ArchiveSchema.CONTENT_HASH, selfHash)), Occur.MUST_NOT);
        return b.build();
    }

    /** The paragraphs of a unit's reports from {@code fromYear} to {@code toYear}, never of the report itself. */
    static Query history(String unitKey, int fromYear, int toYear, String selfId, String selfHash) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(paragraphs(), Occur.FILTER)
                .add(unit(unitKey), Occur.FILTER)
                .add(years(fromYear, toYear), Occur.FILTER);
        if (selfId != null) b.add(new TermQuery(reportId(selfId)), Occur.MUST_NOT);
        if (selfHash != null) b.add(new TermQuery(new Term(ArchiveSchema.CONTENT_HASH, selfHash)), Occur.MUST_NOT);
        return b.build();
    }

    /** Reports containing the phrase other than the report {@code id}. */
    static Query phraseOutside(String phrase, String id) {
        return new BooleanQuery.Builder()
                .add(phrase(phrase), Occur.MUST)
                .add(new TermQuery(reportId(id)), Occur.MUST_NOT)
                .build();
    }

    /** Report documents whose text contains the phrase (a phrase of character bigrams is a substring test). */
    static Query phrase(String phrase) {
        List<String> grams = ArchiveAnalyzers.terms(GRAM_ANALYZER, ArchiveSchema.GRAMS, phrase);
        if (grams.isEmpty()) return new MatchNoDocsQuery("no characters");
        // only report documents have the grams field: no filter needed
        if (grams.size() == 1) return new TermQuery(new Term(ArchiveSchema.GRAMS, grams.get(0)));
        PhraseQuery.Builder p = new PhraseQuery.Builder();
        for (int i = 0; i < grams.size(); i++) p.add(new Term(ArchiveSchema.GRAMS, grams.get(i)), i);
        return p.build();
    }
}
