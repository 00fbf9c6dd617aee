package org.shuzhi.archive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;

/**
 * The Lucene documents of reports to archive, as the embedded archive writes them ({@link ArchiveSchema#documents},
 * the review analysis's tokens reused for the text field): for an engine that stores them elsewhere (SolrCloud),
 * so that both engines hold exactly the same fields and terms.
 */
public final class ArchiveDocuments {
    private ArchiveDocuments() {}

    /** One report's documents, report document first, with the report as filed. */
    /** @param passages each paragraph as the checks compare it, by index (what a unit's facts are computed from) */
    public record Block(ArchivedReport report, String contentHash, List<Document> documents, Map<Integer, Passage> passages) {}

    /**
     * The blocks of {@code entries}, unit names resolved against {@code knownKeys} (and each entry against the
     * ones before it, as {@link Archive#addAll} does); a later entry of the same unit and year replaces an
     * earlier one. Refuses (before anything is built) a report without unit or year.
     */
    public static List<Block> of(List<ArchiveEntry> entries, Collection<String> knownKeys, ArchiveAnalyzers.Tokens tokens) {
        UnitKeys keys = new UnitKeys();
        knownKeys.forEach(keys::add);
        List<ArchivedReport> filed = new ArrayList<>(entries.size());
        for (ArchiveEntry e : entries) {
            Archive.requireIdentity(e.report());
            String key = keys.resolve(e.report().meta().unit());
            keys.add(key);
            List<ArchivedParagraph> ps = new ArrayList<>();
            for (AnalyzedParagraph p : e.report().paragraphs()) {
                ps.add(new ArchivedParagraph(p.index(), e.labels().get(p.index()).label(), p.section(), p.text()));
            }
            AnalyzedReport r = e.report();
            filed.add(new ArchivedReport(key, r.meta().unit().strip(), r.meta().year(), r.meta().role(), r.file(), r.chars(), ps));
        }
        Map<String, Integer> last = new java.util.LinkedHashMap<>();
        for (int i = 0; i < filed.size(); i++) last.put(filed.get(i).id(), i);
        // built on all cores, as the embedded archive inverts its reports' documents
        return last.values().parallelStream().map(i -> block(entries.get(i).report(), filed.get(i), tokens)).toList();
    }

    private static Block block(AnalyzedReport report, ArchivedReport archived, ArchiveAnalyzers.Tokens tokens) {
        Map<Integer, AnalyzedParagraph> byIndex = new HashMap<>();
        Map<Integer, Passage> passages = new HashMap<>();
        StringBuilder whole = new StringBuilder();
        for (AnalyzedParagraph p : report.paragraphs()) {
            byIndex.put(p.index(), p);
            passages.put(p.index(), Passage.of(p));
            whole.append(p.normalized()).append('\n');
        }
        String hash = Archive.contentHash(report);
        return new Block(archived, hash, ArchiveSchema.documents(archived, hash, whole.toString(),
                k -> ArchiveAnalyzers.preAnalyzed(tokens, byIndex.get(k).tokens(), byIndex.get(k).normalized().length()),
                passages::get), passages);
    }

    /** The key {@code unit} files under among {@code knownKeys} (as {@link Archive#unitKey} resolves it); null for a blank name. */
    public static String resolve(Collection<String> knownKeys, String unit) {
        UnitKeys keys = new UnitKeys();
        knownKeys.forEach(keys::add);
        return keys.resolve(unit);
    }

    /** The analyzer of fields given as text (the whole report's bigrams; the text field with other tokens than HanLP's). */
    public static org.apache.lucene.analysis.Analyzer analyzer(ArchiveAnalyzers.Tokens tokens) {
        return ArchiveAnalyzers.forIndex(tokens);
    }

    /**
     * The words of a user's search as the text field holds them, filtered by {@code unitKeys} (null: any unit), for an
     * engine that runs the query elsewhere.
     */
    public static org.apache.lucene.search.Query searchQuery(SearchQuery q, Collection<String> unitKeys, ArchiveAnalyzers.Tokens tokens) {
        return new ArchiveQueries(ArchiveAnalyzers.text(tokens)).search(q, unitKeys);
    }

    /** The archived units a name as people say it stands for (see {@link Archive#search}). */
    public static java.util.Set<String> matching(Collection<String> knownKeys, String unit) {
        UnitKeys keys = new UnitKeys();
        knownKeys.forEach(keys::add);
        return keys.matching(unit);
    }

    /**
     * The units nearest a name that stands for none held, at most {@code limit}, nearest first: the embedded archive's
     * query over a small in-memory index of the unit keys (one document a unit, so its ranking can differ from the
     * embedded archive's, which weighs a unit by its documents).
     */
    public static List<String> nearUnits(Collection<String> knownKeys, String unit, int limit) {
        String key = UnitKey.of(unit);
        if (key == null || knownKeys.isEmpty()) return List.of();
        UnitKeys keys = new UnitKeys();
        knownKeys.forEach(keys::add);
        try (org.apache.lucene.store.Directory dir = new org.apache.lucene.store.ByteBuffersDirectory()) {
            try (org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(dir,
                    new org.apache.lucene.index.IndexWriterConfig())) {
                for (String k : knownKeys) {
                    Document d = new Document();
                    d.add(new org.apache.lucene.document.StringField(ArchiveSchema.TYPE, ArchiveSchema.TYPE_REPORT,
                            org.apache.lucene.document.Field.Store.NO));
                    d.add(new org.apache.lucene.document.StringField(ArchiveSchema.UNIT_KEY, k, org.apache.lucene.document.Field.Store.YES));
                    w.addDocument(d);
                }
            }
            try (org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(dir)) {
                org.apache.lucene.search.IndexSearcher s = new org.apache.lucene.search.IndexSearcher(r);
                java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
                for (var sd : s.search(ArchiveQueries.nearUnits(UnitKey.ownName(key), keys.levels()), 50).scoreDocs) {
                    out.add(s.storedFields().document(sd.doc).get(ArchiveSchema.UNIT_KEY));
                    if (out.size() == limit) break;
                }
                return List.copyOf(out);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The words alone of a user's search (what the snippets mark). */
    public static org.apache.lucene.search.Query typed(String text, ArchiveAnalyzers.Tokens tokens) {
        return new ArchiveQueries(ArchiveAnalyzers.text(tokens)).typed(text);
    }

    /**
     * The snippets of found paragraphs with the query's words marked, exactly as the embedded archive's search
     * makes them: the same highlighter over a small in-memory index of the texts (its passages are chosen by
     * each text's own term frequencies, never by the archive's statistics).
     */
    public static List<Highlight> highlights(List<String> texts, String queryText, ArchiveAnalyzers.Tokens tokens) {
        if (texts.isEmpty()) return List.of();
        org.apache.lucene.analysis.Analyzer analyzer = ArchiveAnalyzers.text(tokens);
        try (org.apache.lucene.store.Directory dir = new org.apache.lucene.store.ByteBuffersDirectory()) {
            try (org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(dir,
                    new org.apache.lucene.index.IndexWriterConfig(analyzer))) {
                for (String t : texts) {
                    Document d = new Document();
                    d.add(new org.apache.lucene.document.Field(ArchiveSchema.TEXT, t, ArchiveSchema.textType()));
                    w.addDocument(d);
                }
            }
            try (org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(dir)) {
                org.apache.lucene.search.IndexSearcher s = new org.apache.lucene.search.IndexSearcher(r);
                int[] ids = new int[texts.size()];
                for (int i = 0; i < ids.length; i++) ids[i] = i;
                Object[] h = ArchiveSearch.highlights(s, analyzer, typed(queryText, tokens), ids, texts.toArray(String[]::new));
                List<Highlight> out = new ArrayList<>(texts.size());
                for (int i = 0; i < ids.length; i++) {
                    out.add(h[i] instanceof Highlight hl ? hl : new Highlight(ArchiveSearch.abbreviate(texts.get(i)), List.of()));
                }
                return out;
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
