package org.shuzhi.archive.solr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.shuzhi.archive.ArchiveAnalyzers;
import org.shuzhi.archive.ArchiveChecks;
import org.shuzhi.archive.ArchivePhrases;
import org.shuzhi.archive.ArchiveSearcher;
import org.shuzhi.archive.ArchiveStatistics;
import org.shuzhi.archive.ArchiveDocuments;
import org.shuzhi.archive.ArchiveEngine;
import org.shuzhi.archive.ArchiveEntry;
import org.shuzhi.archive.ArchiveSchema;
import org.shuzhi.archive.DerivedFacts;
import org.shuzhi.archive.ArchivedParagraph;
import org.shuzhi.archive.ArchivedReport;
import org.shuzhi.archive.Highlight;
import org.shuzhi.archive.SearchHit;
import org.shuzhi.archive.SearchQuery;
import org.shuzhi.archive.SearchResult;
import org.shuzhi.archive.UnitSummary;
import org.shuzhi.document.Part;

/**
 * The archive on a SolrCloud collection. Writes the embedded archive's documents ({@link ArchiveDocuments}) with
 * their terms pre-analysed ({@link SolrDocuments}); runs the embedded archive's own queries ({@link SolrQueries});
 * marks the snippets as the embedded archive does. Each {@link #addAll} ends in a hard commit: once it returns,
 * every replica's transaction log holds the reports, so losing a node loses no committed report.
 */
public final class SolrArchive implements ArchiveEngine {
    /** Rows per page when reading every report (units): a cursor, so a province's archive streams. */
    private static final int PAGE = 1000;
    private static final ArchiveAnalyzers.Tokens TOKENS = ArchiveAnalyzers.DEFAULT;
    /** Units suggested for a name that stands for none, as the embedded archive suggests. */
    private static final int NEAR_UNITS = 5;

    private final SolrConnection solr;
    private final Analyzer analyzer = ArchiveDocuments.analyzer(TOKENS);

    public SolrArchive(SolrConnection solr) {
        this.solr = solr;
    }

    public static SolrArchive open(SolrLocation location) {
        return new SolrArchive(new SolrConnection(location));
    }

    /** Requests sent to the cluster so far. */
    public long requests() {
        return solr.requests();
    }

    @Override
    public String where() {
        return solr.location().toString();
    }

    // ---- writing ----

    @Override
    public synchronized List<ArchivedReport> addAll(List<ArchiveEntry> entries) {
        List<ArchiveDocuments.Block> blocks = ArchiveDocuments.of(entries, unitKeys(), TOKENS);
        UpdateRequest adds = new UpdateRequest();
        List<ArchivedReport> added = new ArrayList<>(blocks.size());
        // the terms as JSON on all cores (an Analyzer serves every thread)
        List<List<SolrInputDocument>> docs = blocks.parallelStream().map(b -> SolrDocuments.of(b, analyzer)).toList();
        for (int i = 0; i < blocks.size(); i++) {
            docs.get(i).forEach(adds::add);
            added.add(blocks.get(i).report());
        }
        if (added.isEmpty()) return added;
        solr.run(adds, solr.location().collection());
        // ids are the report's and paragraph's: the adds replaced what they could; what is left of an older
        // version of a report (more paragraphs, other text) goes now, before the commit publishes both
        UpdateRequest leftovers = new UpdateRequest();
        for (ArchiveDocuments.Block b : blocks) {
            leftovers.deleteByQuery(ArchiveSchema.REPORT_ID + ":" + ClientUtils.escapeQueryChars(b.report().id())
                    + " AND -" + ArchiveSchema.CONTENT_HASH + ":" + ClientUtils.escapeQueryChars(b.contentHash()));
        }
        leftovers.setAction(UpdateRequest.ACTION.COMMIT, true, true);
        solr.run(leftovers, solr.location().collection());
        // then the facts of their units, over the collection as just committed (see SolrFacts: why a second commit)
        Map<String, DerivedFacts.Fresh> fresh = new LinkedHashMap<>();
        for (ArchiveDocuments.Block b : blocks) fresh.put(b.report().id(), new DerivedFacts.Fresh(b.report(), b.passages()::get));
        SolrFacts.refresh(this, solr, blocks.stream().map(b -> b.report().unitKey()).distinct().toList(), fresh);
        return added;
    }

    @Override
    public synchronized boolean delete(String unit, int year) {
        String key = unitKey(unit);
        if (key == null || report(key, year).isEmpty()) return false;
        UpdateRequest del = new UpdateRequest();
        del.deleteByQuery(ArchiveSchema.REPORT_ID + ":" + ClientUtils.escapeQueryChars(ArchivedReport.reportId(key, year)));
        del.setAction(UpdateRequest.ACTION.COMMIT, true, true);
        solr.run(del, solr.location().collection());
        SolrFacts.refresh(this, solr, List.of(key), Map.of());
        return true;
    }

    // ---- reading ----

    @Override
    public SearchResult search(SearchQuery q) {
        java.util.Collection<String> filter = null;
        SearchResult.UnitMatch unit = null;
        if (q.unit() != null && !q.unit().isBlank()) {
            // the unit as people say it: every unit it stands for, or the nearest when none (as the embedded archive)
            List<String> keys = unitKeys();
            java.util.Set<String> matched = ArchiveDocuments.matching(keys, q.unit());
            List<String> near = matched.isEmpty() ? ArchiveDocuments.nearUnits(keys, q.unit(), NEAR_UNITS) : List.of();
            unit = new SearchResult.UnitMatch(q.unit().strip(), matched.stream().map(this::latestName).toList(),
                    near.stream().map(this::latestName).toList());
            // none matched: the name's own key, which no document has, so the search says 0 rather than ignore the filter
            filter = matched.isEmpty() ? List.of(String.valueOf(org.shuzhi.archive.UnitKey.of(q.unit()))) : matched;
        }
        ModifiableSolrParams p = new ModifiableSolrParams();
        SolrQueries.set(p, "q", ArchiveDocuments.searchQuery(q, filter, TOKENS));
        p.set("fl", String.join(",", ArchiveSchema.UNIT, ArchiveSchema.UNIT_KEY, ArchiveSchema.YEAR, ArchiveSchema.PARAGRAPH,
                ArchiveSchema.LABEL, ArchiveSchema.SECTION, ArchiveSchema.TEXT, ArchiveSchema.FILE, "score"));
        p.set("rows", q.limit());
        QueryResponse r = solr.query(p);
        List<SolrDocument> docs = r.getResults();
        List<String> texts = docs.stream().map(d -> text(d)).toList();
        List<Highlight> marks = q.text() == null || q.text().isBlank() ? null : ArchiveDocuments.highlights(texts, q.text(), TOKENS);
        List<SearchHit> hits = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            SolrDocument d = docs.get(i);
            String text = texts.get(i);
            Highlight hl = marks != null ? marks.get(i)
                    : new Highlight(text.length() <= 120 ? text : text.substring(0, 120) + "……", List.of());
            Object score = d.getFirstValue("score");
            hits.add(new SearchHit((String) d.getFirstValue(ArchiveSchema.UNIT), (String) d.getFirstValue(ArchiveSchema.UNIT_KEY),
                    number(d, ArchiveSchema.YEAR), number(d, ArchiveSchema.PARAGRAPH), Part.of((String) d.getFirstValue(ArchiveSchema.LABEL)),
                    Part.of((String) d.getFirstValue(ArchiveSchema.SECTION)), score == null ? 0 : ((Number) score).floatValue(),
                    text, hl, ArchivedReport.fileName((String) d.getFirstValue(ArchiveSchema.FILE))));
        }
        return new SearchResult(r.getResults().getNumFound(), hits, unit);
    }

    /** The name a unit last reported under (its key if none is stored). */
    private String latestName(String key) {
        String name = key;
        int latest = Integer.MIN_VALUE;
        for (SolrDocument d : all(reportsQuery(new TermQuery(new Term(ArchiveSchema.UNIT_KEY, key))),
                ArchiveSchema.UNIT + "," + ArchiveSchema.YEAR)) {
            int year = number(d, ArchiveSchema.YEAR);
            if (year > latest && d.getFirstValue(ArchiveSchema.UNIT) != null) {
                latest = year;
                name = (String) d.getFirstValue(ArchiveSchema.UNIT);
            }
        }
        return name;
    }

    @Override
    public List<UnitSummary> units() {
        Map<String, TreeMap<Integer, String>> byKey = new TreeMap<>();
        for (SolrDocument d : all(reportsQuery(null), ArchiveSchema.UNIT_KEY + "," + ArchiveSchema.UNIT + "," + ArchiveSchema.YEAR)) {
            byKey.computeIfAbsent((String) d.getFirstValue(ArchiveSchema.UNIT_KEY), k -> new TreeMap<>())
                    .put(number(d, ArchiveSchema.YEAR), (String) d.getFirstValue(ArchiveSchema.UNIT));
        }
        List<UnitSummary> out = new ArrayList<>();
        byKey.forEach((key, years) -> out.add(new UnitSummary(key, years.lastEntry().getValue(), List.copyOf(years.keySet()))));
        return List.copyOf(out);
    }

    @Override
    public Optional<ArchivedReport> report(String unit, int year) {
        String key = unitKey(unit);
        if (key == null) return Optional.empty();
        String id = ArchivedReport.reportId(key, year);
        List<SolrDocument> docs = all(new TermQuery(new Term(ArchiveSchema.REPORT_ID, id)), "*");
        SolrDocument head = null;
        List<ArchivedParagraph> ps = new ArrayList<>();
        for (SolrDocument d : docs) {
            if (d.getFirstValue(ArchiveSchema.PARAGRAPH) == null) head = d;
            else ps.add(new ArchivedParagraph(number(d, ArchiveSchema.PARAGRAPH), Part.of((String) d.getFirstValue(ArchiveSchema.LABEL)),
                    Part.of((String) d.getFirstValue(ArchiveSchema.SECTION)), text(d)));
        }
        if (head == null) return Optional.empty();
        ps.sort(Comparator.comparingInt(ArchivedParagraph::index));
        return Optional.of(new ArchivedReport(key, (String) head.getFirstValue(ArchiveSchema.UNIT), year,
                emptyToNull(head.getFirstValue(ArchiveSchema.ROLE)), emptyToNull(head.getFirstValue(ArchiveSchema.FILE)),
                number(head, ArchiveSchema.CHARS), ps));
    }

    @Override
    public List<Integer> years(String unit) {
        String key = unitKey(unit);
        if (key == null) return List.of();
        return all(reportsQuery(new TermQuery(new Term(ArchiveSchema.UNIT_KEY, key))), ArchiveSchema.YEAR).stream()
                .map(d -> number(d, ArchiveSchema.YEAR)).sorted().distinct().toList();
    }

    @Override
    public String unitKey(String unit) {
        return ArchiveDocuments.resolve(unitKeys(), unit);
    }

    /** The unit keys held (facet over report documents: one term list, whatever the number of reports). */
    private List<String> unitKeys() {
        ModifiableSolrParams p = new ModifiableSolrParams();
        SolrQueries.set(p, "q", reportsQuery(null));
        p.set("rows", 0);
        p.set("facet", true);
        p.set("facet.field", ArchiveSchema.UNIT_KEY);
        p.set("facet.limit", -1);
        p.set("facet.mincount", 1);
        p.set("facet.sort", "index");
        List<String> out = new ArrayList<>();
        var field = solr.query(p).getFacetField(ArchiveSchema.UNIT_KEY);
        if (field != null) field.getValues().forEach(c -> out.add(c.getName()));
        return out;
    }

    @Override
    public int size() {
        return (int) count(reportsQuery(null));
    }

    @Override
    public int paragraphs() {
        return (int) count(new TermQuery(new Term(ArchiveSchema.TYPE, ArchiveSchema.TYPE_PARAGRAPH)));
    }

    private long count(org.apache.lucene.search.Query q) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        SolrQueries.set(p, "q", q);
        p.set("rows", 0);
        return solr.query(p).getResults().getNumFound();
    }

    private static org.apache.lucene.search.Query reportsQuery(org.apache.lucene.search.Query also) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ArchiveSchema.TYPE, ArchiveSchema.TYPE_REPORT)), Occur.FILTER);
        if (also != null) b.add(also, Occur.FILTER);
        return b.build();
    }

    /** Every document matching {@code q}, page by page with a cursor. */
    private List<SolrDocument> all(org.apache.lucene.search.Query q, String fields) {
        List<SolrDocument> out = new ArrayList<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            ModifiableSolrParams p = new ModifiableSolrParams();
            SolrQueries.set(p, "q", q);
            p.set("fl", fields);
            p.set("rows", PAGE);
            p.set("sort", "id asc");
            p.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = solr.query(p);
            out.addAll(r.getResults());
            String next = r.getNextCursorMark();
            if (next == null || next.equals(cursor)) return out;
            cursor = next;
        }
    }

    /** A pre-analysed field's stored text (Solr returns the stored string). */
    private static String text(SolrDocument d) {
        Object v = d.getFirstValue(ArchiveSchema.TEXT);
        return v == null ? "" : v.toString();
    }

    private static int number(SolrDocument d, String field) {
        return ((Number) d.getFirstValue(field)).intValue();
    }

    private static String emptyToNull(Object s) {
        return s == null || s.toString().isEmpty() ? null : s.toString();
    }

    @Override
    public <T> T read(ArchiveSearcher.Reader<T> f) {
        try {
            return f.apply(new SolrSearcher(solr));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public org.shuzhi.rules.Check checks() {
        return ArchiveChecks.of(this, this::shared);
    }

    /** The statistics every review shares while the collection is unchanged (its version: see {@link SolrSearcher#version}). */
    private record Stats(Object version, ArchiveStatistics.Shared shared) {}

    private volatile Stats stats;

    private ArchiveStatistics.Shared shared(ArchiveSearcher s) throws java.io.IOException {
        Object version = s.version();
        Stats current = stats;
        if (current == null || !current.version().equals(version)) stats = current = new Stats(version, ArchiveStatistics.Shared.unread());
        return current.shared();
    }

    private final ArchivePhrases phrases = new ArchivePhrases(this, this::shared);

    @Override
    public int reportsContaining(String phrase) {
        return phrases.reportsContaining(phrase);
    }

    @Override
    public int reports() {
        return size();
    }

    @Override
    public org.shuzhi.rules.PhraseCommonness excluding(String unit, Integer year) {
        return phrases.excluding(unit, year);
    }

    @Override
    public void close() {
        solr.close();
    }
}
