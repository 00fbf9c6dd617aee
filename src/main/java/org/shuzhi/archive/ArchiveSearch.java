package org.shuzhi.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.shuzhi.document.Part;
import org.shuzhi.rules.Span;

/** Runs a {@link SearchQuery}: BM25 over paragraph text, filters, and snippets with the matches marked. */
final class ArchiveSearch {
    private static final int SNIPPET_PASSAGES = 2;
    private static final String ELLIPSIS = "……";

    private ArchiveSearch() {}

    static SearchResult run(IndexSearcher s, ArchiveQueries queries, Analyzer analyzer, SearchQuery q,
                            java.util.Collection<String> unitKeys, SearchResult.UnitMatch unit) throws IOException {
        Query query = queries.search(q, unitKeys);
        TopDocs top = s.search(query, q.limit());
        long total = s.search(query, new TotalHitCountCollectorManager());
        int[] ids = new int[top.scoreDocs.length];
        for (int i = 0; i < ids.length; i++) ids[i] = top.scoreDocs[i].doc;
        Object[] highlights = new Object[ids.length];
        if (q.text() != null && !q.text().isBlank() && ids.length > 0) {
            // the words alone: with the filters, every snippet would evaluate the year range again (half the search)
            highlights = highlights(s, analyzer, queries.typed(q.text()), ids);
        }
        List<SearchHit> hits = new ArrayList<>(ids.length);
        var stored = s.storedFields();
        Map<String, String> files = new java.util.HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document d = stored.document(sd.doc);
            String text = d.get(ArchiveSchema.TEXT);
            Highlight hl = highlights[i] instanceof Highlight h ? h : new Highlight(abbreviate(text), List.of());
            hits.add(new SearchHit(d.get(ArchiveSchema.UNIT), d.get(ArchiveSchema.UNIT_KEY), ArchiveSchema.year(d),
                    d.getField(ArchiveSchema.PARAGRAPH).numericValue().intValue(), Part.of(d.get(ArchiveSchema.LABEL)),
                    Part.of(d.get(ArchiveSchema.SECTION)), Float.isNaN(sd.score) ? 0 : sd.score, text, hl,
                    file(s, d.get(ArchiveSchema.REPORT_ID), files)));
        }
        return new SearchResult(total, hits, unit);
    }

    /** The snippets of documents {@code ids} with the words of {@code words} marked ({@link Highlight}s; null: none). */
    static Object[] highlights(IndexSearcher s, Analyzer analyzer, Query words, int[] ids) throws IOException {
        SpanHighlighter highlighter = new SpanHighlighter(UnifiedHighlighter.builder(s, analyzer)
                .withFormatter(new SpanFormatter())
                .withMaxLength(100_000));
        Map<String, Object[]> h = highlighter.objects(new String[] {ArchiveSchema.TEXT}, words, ids, new int[] {SNIPPET_PASSAGES});
        return h.get(ArchiveSchema.TEXT);
    }

    /** The file's name (not its path), stored once per report on its report document (not on each paragraph). */
    private static String file(IndexSearcher s, String reportId, Map<String, String> cache) throws IOException {
        if (reportId == null) return null;
        if (!cache.containsKey(reportId)) {
            ScoreDoc[] docs = s.search(ArchiveQueries.ofReport(reportId, true), 1).scoreDocs;
            String file = docs.length == 0 ? null : s.storedFields().document(docs[0].doc).get(ArchiveSchema.FILE);
            cache.put(reportId, ArchivedReport.fileName(file));
        }
        return cache.get(reportId);
    }

    static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + ELLIPSIS;
    }

    /** Exposes the highlighter's object results, which carry {@link Highlight}s rather than markup strings. */
    static final class SpanHighlighter extends UnifiedHighlighter {
        SpanHighlighter(Builder builder) {
            super(builder);
        }

        Map<String, Object[]> objects(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }
    }

    /** Turns the highlighter's passages into a snippet with spans, not markup. */
    static final class SpanFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder sb = new StringBuilder();
            List<Span> marks = new ArrayList<>();
            int lastEnd = -1;
            for (Passage p : passages) {
                if (p.getStartOffset() > 0 && p.getStartOffset() != lastEnd) sb.append(ELLIPSIS);
                int base = sb.length() - p.getStartOffset();
                int at = p.getStartOffset();
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int ms = Math.max(p.getMatchStarts()[i], at), me = p.getMatchEnds()[i];
                    if (me <= ms) continue;
                    marks.add(new Span(base + ms, base + me));
                    at = me;
                }
                sb.append(content, p.getStartOffset(), p.getEndOffset());
                lastEnd = p.getEndOffset();
            }
            if (lastEnd >= 0 && lastEnd < content.length()) sb.append(ELLIPSIS);
            return new Highlight(sb.toString(), marks);
        }
    }
}
