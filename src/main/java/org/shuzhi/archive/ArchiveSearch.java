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
    private static final int MAX_LENGTH = 100_000;

    private ArchiveSearch() {}

    static SearchResult run(IndexSearcher s, ArchiveQueries queries, Analyzer analyzer, SearchQuery q,
                            java.util.Collection<String> unitKeys, SearchResult.UnitMatch unit) throws IOException {
        // the words are analysed once: they are the query's main clause and what the snippets mark
        Query words = q.text() == null || q.text().isBlank() ? null : queries.typed(q.text());
        Query query = ArchiveQueries.search(q, unitKeys, words);
        TopDocs top = s.search(query, q.limit());
        long total = s.search(query, new TotalHitCountCollectorManager());
        int[] ids = new int[top.scoreDocs.length];
        Document[] docs = new Document[ids.length];
        String[] texts = new String[ids.length];
        var stored = s.storedFields();
        for (int i = 0; i < ids.length; i++) {
            ids[i] = top.scoreDocs[i].doc;
            docs[i] = stored.document(ids[i]);
            texts[i] = docs[i].get(ArchiveSchema.TEXT);
        }
        Object[] highlights = new Object[ids.length];
        if (words != null && ids.length > 0) {
            // the words alone: with the filters, every snippet would evaluate the year range again (half the search)
            highlights = highlights(s, analyzer, words, ids, texts);
        }
        List<SearchHit> hits = new ArrayList<>(ids.length);
        Map<String, String> files = FileNames.of(s.getIndexReader());
        for (int i = 0; i < ids.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document d = docs[i];
            String text = texts[i];
            Highlight hl = highlights[i] instanceof Highlight h ? h : new Highlight(abbreviate(text), List.of());
            hits.add(new SearchHit(d.get(ArchiveSchema.UNIT), d.get(ArchiveSchema.UNIT_KEY), ArchiveSchema.year(d),
                    d.getField(ArchiveSchema.PARAGRAPH).numericValue().intValue(), Part.of(d.get(ArchiveSchema.LABEL)),
                    Part.of(d.get(ArchiveSchema.SECTION)), Float.isNaN(sd.score) ? 0 : sd.score, text, hl,
                    file(s, d.get(ArchiveSchema.REPORT_ID), files)));
        }
        return new SearchResult(total, hits, unit);
    }

    /**
     * The snippets of documents {@code ids}, whose stored texts are {@code texts} (already read: the highlighter
     * would read each document again), with the words of {@code words} marked ({@link Highlight}s; null: none).
     */
    static Object[] highlights(IndexSearcher s, Analyzer analyzer, Query words, int[] ids, String[] texts) throws IOException {
        Map<Integer, String> byId = new java.util.HashMap<>();
        for (int i = 0; i < ids.length; i++) byId.put(ids[i], texts[i]);
        SpanHighlighter highlighter = new SpanHighlighter(UnifiedHighlighter.builder(s, analyzer)
                .withFormatter(new SpanFormatter())
                .withMaxLength(MAX_LENGTH), byId);
        Map<String, Object[]> h = highlighter.objects(new String[] {ArchiveSchema.TEXT}, words, ids, new int[] {SNIPPET_PASSAGES});
        return h.get(ArchiveSchema.TEXT);
    }

    /** The file's name (not its path), stored once per report on its report document (not on each paragraph). */
    private static String file(IndexSearcher s, String reportId, Map<String, String> cache) throws IOException {
        if (reportId == null) return null;
        String file = cache.get(reportId);
        if (file == null) {
            ScoreDoc[] docs = s.search(ArchiveQueries.ofReport(reportId, true), 1).scoreDocs;
            String stored = docs.length == 0 ? null : s.storedFields().document(docs[0].doc, FILE_FIELD).get(ArchiveSchema.FILE);
            String name = ArchivedReport.fileName(stored);
            file = name == null ? NO_FILE : name;
            cache.put(reportId, file);
        }
        // identity: the marker of a report without a file name
        return file == NO_FILE ? null : file;
    }

    private static final java.util.Set<String> FILE_FIELD = java.util.Set.of(ArchiveSchema.FILE);
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String NO_FILE = new String("");

    /**
     * Report id to file name, kept per reader: a point-in-time reader never sees a report's file change, and a
     * search would otherwise look up the report document of each hit (a third of a typical search). A new
     * reader (after a commit) starts afresh; the reader's entry goes with it.
     */
    static final class FileNames {
        private static final int MAX_ENTRIES = 200_000;
        private static final Map<org.apache.lucene.index.IndexReader.CacheKey, Map<String, String>> BY_READER =
                java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

        private FileNames() {}

        static Map<String, String> of(org.apache.lucene.index.IndexReader reader) {
            var helper = reader.getReaderCacheHelper();
            if (helper == null) return new java.util.HashMap<>();
            Map<String, String> names = BY_READER.computeIfAbsent(helper.getKey(), k -> new java.util.concurrent.ConcurrentHashMap<>());
            // a bound for very large archives: starting afresh costs only lookups
            if (names.size() > MAX_ENTRIES) names.clear();
            return names;
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + ELLIPSIS;
    }

    /**
     * Exposes the highlighter's object results, which carry {@link Highlight}s rather than markup strings, and
     * takes the texts already read instead of reading the stored fields again (cut to the maximum length as the
     * highlighter's own reading cuts them).
     */
    static final class SpanHighlighter extends UnifiedHighlighter {
        private final Map<Integer, String> texts;

        SpanHighlighter(Builder builder, Map<Integer, String> texts) {
            super(builder);
            this.texts = texts;
        }

        Map<String, Object[]> objects(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, org.apache.lucene.search.DocIdSetIterator docIter,
                                                       int cacheCharsThreshold) throws IOException {
            if (fields.length != 1 || !fields[0].equals(ArchiveSchema.TEXT)) return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
            List<CharSequence[]> out = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                String text = texts.get(doc);
                out.add(new CharSequence[] {text == null ? null : text.substring(0, Math.min(text.length(), getMaxLength()))});
            }
            return out;
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
