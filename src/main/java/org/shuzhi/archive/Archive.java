package org.shuzhi.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.shuzhi.classify.Labeled;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.TextNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.shuzhi.nlp.ReportAnalyzer;
import org.shuzhi.rules.Check;

/**
 * The archive of past reports: one Lucene index in one directory. Reports are identified by unit key and
 * year; adding the same pair again replaces the report. Every {@link #add} commits, so a process killed
 * while indexing leaves an archive holding every report added before; {@link #addAll} commits once per
 * batch (a batch is all or nothing). Thread-safe; one writer per directory (a second process opens it
 * {@linkplain #openReadOnly read-only}). A write that fails (a full disk) is rolled back to the last commit
 * and the writer reopened by the next write, so a server answers again once there is space; a full disk is
 * said in Chinese ({@link #OUT_OF_SPACE}).
 */
public final class Archive implements ArchiveEngine, org.shuzhi.rules.PhraseCommonness {
    private static final Logger LOG = LoggerFactory.getLogger(Archive.class);
    private final Path directory;
    private final Directory dir;
    /** Replaced when a failed write closed it ({@link #writer()}); null for a read-only archive. */
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private final ArchiveAnalyzers.Tokens tokens;
    private final Analyzer analyzer;
    private final ArchiveQueries queries;
    /** Document frequencies and phrase counts of the current reader, kept across reviews. */
    private volatile ArchiveStatistics.Shared shared;
    /** {@link #units()} of the current reader. */
    private volatile UnitList unitList;

    private Archive(Path directory, Directory dir, IndexWriter writer, SearcherManager searchers,
                    ArchiveAnalyzers.Tokens tokens, Analyzer analyzer) {
        this.directory = directory;
        this.dir = dir;
        this.writer = writer;
        this.searchers = searchers;
        this.tokens = tokens;
        this.analyzer = analyzer;
        this.queries = new ArchiveQueries(ArchiveAnalyzers.text(tokens));
    }

    /** Opens (creating if needed) the archive in {@code directory} for reading and writing. */
    public static Archive open(Path directory) {
        return open(directory, ArchiveAnalyzers.DEFAULT);
    }

    /**
     * Opens for reading and writing; a new archive is indexed with {@code tokens}, an existing one keeps
     * the tokens it was built with.
     */
    public static Archive open(Path directory, ArchiveAnalyzers.Tokens tokens) {
        Directory dir = null;
        try {
            Files.createDirectories(directory);
            dir = FSDirectory.open(directory);
            boolean exists = DirectoryReader.indexExists(dir);
            ArchiveAnalyzers.Tokens used = exists ? storedTokens(dir, directory, true) : tokens;
            String schema = exists ? SegmentInfos.readLatestCommit(dir).getUserData().get(ArchiveSchema.COMMIT_SCHEMA) : null;
            Analyzer analyzer = ArchiveAnalyzers.forIndex(used);
            IndexWriter writer = newWriter(dir, analyzer, used);
            if (!exists) writer.commit();
            Archive archive = new Archive(directory, dir, writer, new SearcherManager(writer, null), used, analyzer);
            if (schema != null && !ArchiveSchema.SCHEMA_VERSION.equals(schema)) archive.upgrade(schema);
            return archive;
        } catch (LockObtainFailedException e) {
            closeQuietly(dir);
            throw new ArchiveException("档案库正被另一个进程写入：" + directory, e);
        } catch (IOException e) {
            closeQuietly(dir);
            throw new ArchiveException("无法打开档案库 " + directory + "（" + e.getMessage() + "）", e);
        }
    }

    private static IndexWriter newWriter(Directory dir, Analyzer analyzer, ArchiveAnalyzers.Tokens tokens) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                // a bigger buffer flushes fewer, larger segments: each lookup of a copy candidate's pieces visits every segment
                .setRAMBufferSizeMB(256)
                // candidates are read one paragraph at a time: stored fields in small chunks
                .setCodec(new ArchiveCodec());
        IndexWriter writer = new IndexWriter(dir, config);
        writer.setLiveCommitData(Map.of(ArchiveSchema.COMMIT_TOKENS, tokens.id(),
                ArchiveSchema.COMMIT_SCHEMA, ArchiveSchema.SCHEMA_VERSION).entrySet());
        return writer;
    }

    /** Opens an existing archive for reading only (no write lock: works while a server writes to it). */
    public static Archive openReadOnly(Path directory) {
        Directory dir = null;
        try {
            if (!Files.isDirectory(directory)) throw new ArchiveException("档案库目录不存在：" + directory);
            dir = FSDirectory.open(directory);
            if (!DirectoryReader.indexExists(dir)) throw new ArchiveException("目录中没有档案库：" + directory);
            ArchiveAnalyzers.Tokens used = storedTokens(dir, directory, false);
            return new Archive(directory, dir, null, new SearcherManager(dir, null), used,
                    ArchiveAnalyzers.forIndex(used));
        } catch (IOException e) {
            closeQuietly(dir);
            throw new ArchiveException("无法打开档案库 " + directory + "（" + e.getMessage() + "）", e);
        } catch (ArchiveException e) {
            closeQuietly(dir);
            throw e;
        }
    }

    /** True if {@code directory} holds an archive. */
    public static boolean exists(Path directory) {
        if (!Files.isDirectory(directory)) return false;
        try (Directory dir = FSDirectory.open(directory)) {
            return DirectoryReader.indexExists(dir);
        } catch (IOException e) {
            return false;
        }
    }

    /** The tokens an existing archive was built with; an older schema only where it can be upgraded (opened for writing). */
    private static ArchiveAnalyzers.Tokens storedTokens(Directory dir, Path where, boolean writable) throws IOException {
        Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
        String id = data.get(ArchiveSchema.COMMIT_TOKENS);
        if (id == null) throw new ArchiveException("目录中的索引不是述职报告档案库：" + where);
        String schema = data.get(ArchiveSchema.COMMIT_SCHEMA);
        if (!ArchiveSchema.SCHEMA_VERSION.equals(schema) && !writable) {
            throw new ArchiveException("档案库由旧版本建立（格式 " + schema + "，当前为 " + ArchiveSchema.SCHEMA_VERSION
                    + "），需先升级：用 index 或 serve 打开一次即自动升级（报告不会丢失）：" + where);
        }
        return ArchiveAnalyzers.Tokens.of(id);
    }

    /**
     * Rebuilds every report's documents in the current schema from what the archive stores (metadata, each
     * paragraph's text, label and part), in one commit: an archive kept for years is upgraded, never dropped.
     * Until that commit the old archive stands as it was, so a crash midway only means upgrading again.
     */
    private synchronized void upgrade(String from) throws IOException {
        long t0 = System.nanoTime();
        List<String[]> reports = withSearcher(s -> {
            List<String[]> out = new ArrayList<>();
            for (Document d : all(s, ArchiveQueries.reports())) {
                out.add(new String[] {d.get(ArchiveSchema.REPORT_ID), d.get(ArchiveSchema.CONTENT_HASH)});
            }
            return out;
        });
        for (String[] r : reports) {
            ArchivedReport report = withSearcher(s -> stored(s, r[0])).orElseThrow();
            String whole = wholeText(report.paragraphs().stream().map(p -> TextNormalizer.normalize(p.text())).toList());
            writer.updateDocuments(ArchiveQueries.reportId(r[0]), ArchiveSchema.documents(report, r[1], whole, null, null));
        }
        refreshFacts(reports.stream().map(r -> r[0].substring(0, r[0].lastIndexOf('#'))).distinct().toList(), Map.of());
        writer.commit();
        searchers.maybeRefreshBlocking();
        LOG.info("档案库已从格式 {} 升级到 {}：{} 份报告，{} 秒", from, ArchiveSchema.SCHEMA_VERSION, reports.size(),
                String.format("%.1f", (System.nanoTime() - t0) / 1e9));
    }

    public Path directory() {
        return directory;
    }

    @Override
    public String where() {
        return directory.toString();
    }

    public boolean readOnly() {
        return writer == null;
    }

    public ArchiveAnalyzers.Tokens tokens() {
        return tokens;
    }

    // ---- writing ----

    /** Analyses, labels and adds a report, replacing the archive's report of the same unit and year. */
    public ArchivedReport add(Report report, ReportMeta overrides, Function<AnalyzedReport, List<Labeled>> labeler) {
        AnalyzedReport analyzed = ReportAnalyzer.analyze(report, overrides);
        return add(analyzed, labeler.apply(analyzed));
    }

    /** Adds an analysed report (one label per paragraph), replacing the same unit and year; commits. */
    public ArchivedReport add(AnalyzedReport report, List<Labeled> labels) {
        return addAll(List.of(new ArchiveEntry(report, labels))).get(0);
    }

    /**
     * Adds reports with a single commit at the end: much faster for bulk loads; if the process dies
     * before the commit, none of this batch is kept and everything committed earlier is.
     */
    public synchronized List<ArchivedReport> addAll(List<ArchiveEntry> entries) {
        IndexWriter writer = writer();
        List<ArchivedReport> added = new ArrayList<>(entries.size());
        try {
            // keys resolve in the order given, each batch entry seeing the ones before it, as one by one
            UnitKeys keys = new UnitKeys(withSearcher(this::unitKeys).keys());
            for (ArchiveEntry e : entries) {
                ArchivedReport r = toArchived(e, keys);
                keys.add(r.unitKey());
                added.add(r);
            }
            // the same unit and year twice in one batch: the later report replaces the earlier, as one by one
            Map<String, Integer> last = new java.util.HashMap<>();
            for (int i = 0; i < added.size(); i++) last.put(added.get(i).id(), i);
            // each paragraph as the checks compare it, shared by its documents (its theme) and its unit's facts
            Map<Integer, Map<Integer, Passage>> passages = new java.util.concurrent.ConcurrentHashMap<>();
            // IndexWriter is thread-safe: the reports' documents are inverted on all cores
            last.values().parallelStream().forEach(i -> {
                AnalyzedReport report = entries.get(i).report();
                ArchivedReport r = added.get(i);
                Map<Integer, AnalyzedParagraph> byIndex = new java.util.HashMap<>();
                Map<Integer, Passage> ps = new java.util.HashMap<>();
                for (AnalyzedParagraph p : report.paragraphs()) {
                    byIndex.put(p.index(), p);
                    ps.put(p.index(), Passage.of(p));
                }
                passages.put(i, ps);
                try {
                    writer.updateDocuments(ArchiveQueries.reportId(r.id()), ArchiveSchema.documents(r, contentHash(report),
                            wholeText(report), k -> ArchiveAnalyzers.preAnalyzed(tokens, byIndex.get(k).tokens(),
                                    byIndex.get(k).normalized().length()), ps::get));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Map<String, DerivedFacts.Fresh> fresh = new java.util.HashMap<>();
            for (int i : last.values()) fresh.put(added.get(i).id(), new DerivedFacts.Fresh(added.get(i), passages.get(i)::get));
            refreshFacts(added.stream().map(ArchivedReport::unitKey).distinct().toList(), fresh);
            writer.commit();
            searchers.maybeRefreshBlocking();
            // the new reader holds exactly the keys resolved above: no need to read them back
            withSearcher(s -> unitKeys = new ReaderKeys(s.getIndexReader(), keys));
            return added;
        } catch (ArchiveException e) {
            throw e; // a report that cannot be filed: refused before anything was written
        } catch (IOException | RuntimeException e) {
            throw failed("写入档案库失败", e);
        }
    }

    /**
     * Merges the index into one segment. An archive is written in bulk once a year and read for every
     * review: each term lookup (a copy candidate's pieces, a stock phrase's bigrams) visits every segment, so
     * after a bulk load one segment makes reviews several times faster. Costs a rewrite of the index.
     */
    public synchronized void compact() {
        IndexWriter writer = writer();
        try {
            writer.forceMerge(1);
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException | RuntimeException e) {
            throw failed("整理档案库失败", e);
        }
    }

    /** The merge policy a bulk load set aside ({@link #beginBulk}), or null. */
    private MergePolicy setAside;

    /**
     * Stops merging segments until {@link #endBulk}: each batch of a bulk load flushes a segment, and merging
     * them as they come rewrites every report several times before the merge that ends the load.
     */
    public synchronized void beginBulk() {
        IndexWriter writer = writer();
        if (setAside == null) setAside = writer.getConfig().getMergePolicy();
        writer.getConfig().setMergePolicy(NoMergePolicy.INSTANCE);
    }

    /** Merges again after a bulk load: at once into one segment ({@link #compact}), or the usual way in the background. */
    public synchronized void endBulk(boolean compact) {
        MergePolicy policy = setAside;
        setAside = null;
        factsStats = null; // merged segments: nothing carries over, and the load's reader is let go
        IndexWriter writer = writer();
        if (policy != null) writer.getConfig().setMergePolicy(policy);
        if (compact) {
            compact();
            return;
        }
        try {
            writer.maybeMerge();
        } catch (IOException | RuntimeException e) {
            throw failed("整理档案库失败", e);
        }
    }

    /** The word statistics the last facts were computed with ({@link ArchiveStatistics.Shared#after}). */
    private ArchiveStatistics.Shared factsStats;

    /**
     * Rebuilds the {@link DerivedFacts} of units whose reports this commit changes, from a reader that sees the
     * changes before they are committed (not published to searches until the commit), so that reports and
     * facts are committed together.
     */
    private void refreshFacts(List<String> unitKeys, Map<String, DerivedFacts.Fresh> fresh) throws IOException {
        if (unitKeys.isEmpty()) return;
        try (DirectoryReader r = DirectoryReader.open(writer)) {
            // a bulk load adds a segment a batch: the frequencies of the segments before carry over
            ArchiveStatistics.Shared stats = ArchiveStatistics.Shared.after(r, factsStats);
            factsStats = stats;
            DerivedFacts.Builder facts = DerivedFacts.standard().over(new IndexSearcher(r), stats);
            facts.prepare(fresh);
            unitKeys.parallelStream().forEach(key -> {
                try {
                    org.apache.lucene.index.Term term = new org.apache.lucene.index.Term(ArchiveSchema.FACTS_OF, key);
                    List<Document> docs = facts.documents(key, fresh);
                    if (docs.isEmpty()) writer.deleteDocuments(term);
                    else writer.updateDocuments(term, docs);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Removes a unit's report of a year (any spelling of the unit); false if there was none. */
    public synchronized boolean delete(String unit, int year) {
        IndexWriter writer = writer();
        String key = unitKey(unit);
        if (key == null || report(key, year).isEmpty()) return false;
        try {
            writer.deleteDocuments(ArchiveQueries.reportId(ArchivedReport.reportId(key, year)));
            refreshFacts(List.of(key), Map.of());
            writer.commit();
            searchers.maybeRefreshBlocking();
            return true;
        } catch (IOException | RuntimeException e) {
            throw failed("写入档案库失败", e);
        }
    }

    /** What a failed write says when the disk holding the archive is full. */
    public static final String OUT_OF_SPACE = "档案库所在磁盘空间不足，未能写入";

    /** The archive refused a write because its disk is full: nothing more can be stored until space is freed. */
    public static boolean isOutOfSpace(Exception e) {
        return e instanceof ArchiveException && String.valueOf(e.getMessage()).startsWith(OUT_OF_SPACE);
    }
    /** Below this much free space a failed write is put down to a full disk, whatever the message says. */
    private static final long MIN_FREE_BYTES = 1L << 20;

    /**
     * The writer, reopened first if a failed write closed it. Lucene closes its writer for good on a
     * "tragic" error such as a full disk; reopening on the last commit makes the archive writable again
     * once space is back, where it would otherwise refuse every write until the process restarts.
     */
    private IndexWriter writer() {
        requireWritable();
        IndexWriter current = writer;
        if (current.isOpen()) return current;
        try {
            IndexWriter fresh = newWriter(dir, analyzer, tokens);
            // a bulk load in progress keeps its segments unmerged (beginBulk)
            if (setAside != null) fresh.getConfig().setMergePolicy(NoMergePolicy.INSTANCE);
            SearcherManager old = searchers;
            searchers = new SearcherManager(fresh, null);
            writer = fresh;
            try {
                old.close();
            } catch (IOException | RuntimeException ignored) {
                // the old readers go with the closed writer
            }
            LOG.info("档案库的写入器在一次失败后已重新打开：{}", directory);
            return fresh;
        } catch (LockObtainFailedException e) {
            throw new ArchiveException("档案库正被另一个进程写入：" + directory, e);
        } catch (IOException | RuntimeException e) {
            throw new ArchiveException(outOfSpace(e) ? OUT_OF_SPACE + "（" + directory + "）；请腾出磁盘空间后重试"
                    : "无法重新打开档案库以写入：" + directory + "（" + e.getMessage() + "）", e);
        }
    }

    /**
     * A write that failed: everything since the last commit is rolled back (the writer closes, and the next
     * write reopens it), so the archive holds exactly what it held before, and the reason is said in Chinese.
     */
    private ArchiveException failed(String what, Exception e) {
        try {
            writer.rollback();
        } catch (IOException | RuntimeException ignored) {
            // already closed by Lucene itself
        }
        if (outOfSpace(e)) {
            return new ArchiveException(OUT_OF_SPACE + "（" + directory + "）；已存入的报告完好，请腾出磁盘空间后重试", e);
        }
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        return new ArchiveException(what + "：" + directory + "（" + cause.getMessage() + "）", e);
    }

    /** The failure, or what caused it, is a full disk (or quota): by its message, or by the space left. */
    private boolean outOfSpace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("No space left on device") || m.contains("not enough space on the disk")
                    || m.contains("Disk quota exceeded")) return true;
            for (Throwable s : t.getSuppressed()) if (s != t && outOfSpace(s)) return true;
        }
        try {
            return Files.getFileStore(directory).getUsableSpace() < MIN_FREE_BYTES;
        } catch (IOException | RuntimeException ignored) {
            return false;
        }
    }

    private ArchivedReport toArchived(ArchiveEntry e, UnitKeys keys) {
        AnalyzedReport r = e.report();
        requireIdentity(r);
        ReportMeta meta = r.meta();
        String key = keys.resolve(meta.unit());
        List<ArchivedParagraph> ps = new ArrayList<>(r.paragraphs().size());
        for (AnalyzedParagraph p : r.paragraphs()) {
            ps.add(new ArchivedParagraph(p.index(), e.labels().get(p.index()).label(), p.section(), p.text()));
        }
        return new ArchivedReport(key, meta.unit().strip(), meta.year(), meta.role(), r.file(), r.chars(), ps);
    }

    /** Refuses a report whose unit or year is unknown: it could not be filed under a unit and year. */
    static void requireIdentity(AnalyzedReport r) {
        if (UnitKey.of(r.meta().unit()) == null) throw new ArchiveException("无法识别报告的单位，请用 --unit 指定：" + r.file());
        if (r.meta().year() == null) throw new ArchiveException("无法识别报告的年度，请用 --year 指定：" + r.file());
    }

    /** Identity of a report's content, whatever its file name or metadata. */
    static String contentHash(AnalyzedReport r) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(wholeText(r).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String wholeText(AnalyzedReport r) {
        return wholeText(r.paragraphs().stream().map(AnalyzedParagraph::normalized).toList());
    }

    /** The normalised paragraphs one per line: the text the content hash and the grams field are taken of. */
    private static String wholeText(List<String> normalized) {
        StringBuilder sb = new StringBuilder();
        for (String p : normalized) sb.append(p).append('\n');
        return sb.toString();
    }

    private void requireWritable() {
        if (writer == null) throw new ArchiveException("档案库以只读方式打开，不能写入：" + directory);
    }

    // ---- reading ----

    /**
     * The key a unit name files under: {@link UnitKey#of}, or the one key already in the archive that it
     * abbreviates or spells out ({@link UnitKey#sameUnit}); null for a blank name.
     */
    public String unitKey(String unit) {
        return withSearcher(s -> unitKeys(s).keys().resolve(unit));
    }

    /** The unit keys of a reader, with the reader they were read from. */
    private record ReaderKeys(org.apache.lucene.index.IndexReader reader, UnitKeys keys) {}

    /** The unit keys of the current reader: read once per reader, then resolved in memory. */
    private volatile ReaderKeys unitKeys;

    private ReaderKeys unitKeys(IndexSearcher s) throws IOException {
        ReaderKeys current = unitKeys;
        if (current != null && current.reader() == s.getIndexReader()) return current;
        UnitKeys keys = new UnitKeys();
        Terms terms = MultiTerms.getTerms(s.getIndexReader(), ArchiveSchema.UNIT_KEY);
        if (terms != null) {
            TermsEnum it = terms.iterator();
            for (BytesRef t = it.next(); t != null; t = it.next()) keys.add(t.utf8ToString());
        }
        return unitKeys = new ReaderKeys(s.getIndexReader(), keys);
    }

    /** The number of reports in the archive. */
    public int size() {
        return withSearcher(s -> s.count(ArchiveQueries.reports()));
    }

    /** The number of paragraphs in the archive. */
    public int paragraphs() {
        return withSearcher(s -> s.count(ArchiveQueries.paragraphs()));
    }

    @Override
    public int reports() {
        return size();
    }

    @Override
    public int reportsContaining(String phrase) {
        // the rules ask for the same formulas in review after review: counted once per reader
        return withSearcher(s -> shared(s).count(phrase, p -> {
            try {
                return s.count(ArchiveQueries.phrase(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /** The archive's counts without the unit's report of that year (any spelling of the unit), if archived. */
    @Override
    public org.shuzhi.rules.PhraseCommonness excluding(String unit, Integer year) {
        String key = unit == null || year == null ? null : unitKey(unit);
        if (key == null) return this;
        String id = ArchivedReport.reportId(key, year);
        if (withSearcher(s -> s.count(ArchiveQueries.ofReport(id, true))) == 0) return this;
        return new org.shuzhi.rules.PhraseCommonness() {
            @Override
            public int reportsContaining(String phrase) {
                return withSearcher(s -> s.count(ArchiveQueries.phraseOutside(phrase, id)));
            }

            @Override
            public int reports() {
                return size() - 1;
            }
        };
    }

    /** A unit's report of a year (any spelling of the unit), with all its paragraphs. */
    public Optional<ArchivedReport> report(String unit, int year) {
        String key = unitKey(unit);
        if (key == null) return Optional.empty();
        return withSearcher(s -> stored(s, ArchivedReport.reportId(key, year)));
    }

    /** The report {@code id} as the archive stores it, with all its paragraphs in order. */
    private static Optional<ArchivedReport> stored(IndexSearcher s, String id) throws IOException {
        List<Document> head = all(s, ArchiveQueries.ofReport(id, true));
        if (head.isEmpty()) return Optional.empty();
        List<ArchivedParagraph> ps = new ArrayList<>();
        for (Document d : all(s, ArchiveQueries.ofReport(id, false))) ps.add(ArchiveSchema.paragraph(d));
        ps.sort(Comparator.comparingInt(ArchivedParagraph::index));
        return Optional.of(ArchiveSchema.report(head.get(0), ps));
    }

    /** All reports of a unit (any spelling), oldest first. */
    public List<ArchivedReport> reports(String unit) {
        String key = unitKey(unit);
        if (key == null) return List.of();
        List<ArchivedReport> out = new ArrayList<>();
        for (int year : yearsOf(key)) report(key, year).ifPresent(out::add);
        return out;
    }

    /**
     * The units in the archive, by key. Read once per index reader: it reads every report's stored
     * metadata (a second at 50,000 reports), and the archive page asks for it on every visit.
     */
    public List<UnitSummary> units() {
        return withSearcher(s -> {
            UnitList cached = unitList;
            if (cached == null || cached.reader() != s.getIndexReader()) unitList = cached = new UnitList(s.getIndexReader(), readUnits(s));
            return cached.units();
        });
    }

    private record UnitList(org.apache.lucene.index.IndexReader reader, List<UnitSummary> units) {}

    private static List<UnitSummary> readUnits(IndexSearcher s) throws IOException {
        Map<String, TreeMap<Integer, String>> byKey = new TreeMap<>();
        for (Document d : all(s, ArchiveQueries.reports())) {
            byKey.computeIfAbsent(d.get(ArchiveSchema.UNIT_KEY), k -> new TreeMap<>())
                    .put(ArchiveSchema.year(d), d.get(ArchiveSchema.UNIT));
        }
        List<UnitSummary> out = new ArrayList<>();
        byKey.forEach((key, years) -> out.add(new UnitSummary(key, years.lastEntry().getValue(), List.copyOf(years.keySet()))));
        return List.copyOf(out);
    }

    /** The years the archive holds a report of a unit (any spelling), oldest first; empty for none. */
    @Override
    public List<Integer> years(String unit) {
        String key = unitKey(unit);
        return key == null ? List.of() : yearsOf(key);
    }

    List<Integer> yearsOf(String unitKey) {
        return withSearcher(s -> {
            return all(s, ArchiveQueries.reportsOf(unitKey)).stream().map(ArchiveSchema::year).sorted().distinct().toList();
        });
    }

    /** BM25 search over paragraphs with filters and highlighted snippets. */
    public SearchResult search(SearchQuery query) {
        if (query.unit() == null || query.unit().isBlank()) return withSearcher(s -> ArchiveSearch.run(s, queries, analyzer, query, null, null));
        // the unit as people say it (城东小学): every archived unit it stands for, or the nearest when none
        record Units(java.util.Set<String> matched, List<String> near, Map<String, String> names) {}
        Units units = withSearcher(s -> {
            UnitKeys keys = unitKeys(s).keys();
            java.util.Set<String> matched = keys.matching(query.unit());
            List<String> near = matched.isEmpty() ? nearUnits(s, keys, query.unit()) : List.of();
            // the few units named, each by the name it last reported under (not units(): it reads every report)
            Map<String, String> names = new java.util.HashMap<>();
            for (String k : matched) names.put(k, latestName(s, k));
            for (String k : near) names.put(k, latestName(s, k));
            return new Units(matched, near, names);
        });
        SearchResult.UnitMatch unit = new SearchResult.UnitMatch(query.unit().strip(),
                units.matched().stream().map(units.names()::get).toList(), units.near().stream().map(units.names()::get).toList());
        // none matched: the name's own key, which no document has, so the search says 0 rather than ignore the filter
        java.util.Collection<String> filter = units.matched().isEmpty() ? List.of(String.valueOf(UnitKey.of(query.unit()))) : units.matched();
        return withSearcher(s -> ArchiveSearch.run(s, queries, analyzer, query, filter, unit));
    }

    /** The units nearest a name that stands for none held: at most {@link #NEAR_UNITS}, nearest first. */
    private static List<String> nearUnits(IndexSearcher s, UnitKeys keys, String unit) throws IOException {
        String key = UnitKey.of(unit);
        if (key == null) return List.of();
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (ScoreDoc d : s.search(ArchiveQueries.nearUnits(UnitKey.ownName(key), keys.levels()), 50).scoreDocs) {
            out.add(s.storedFields().document(d.doc, java.util.Set.of(ArchiveSchema.UNIT_KEY)).get(ArchiveSchema.UNIT_KEY));
            if (out.size() == NEAR_UNITS) break;
        }
        return List.copyOf(out);
    }

    private static final int NEAR_UNITS = 5;

    /** The name a unit last reported under (its key if it has no name stored). */
    private static String latestName(IndexSearcher s, String key) throws IOException {
        String name = key;
        int latest = Integer.MIN_VALUE;
        for (Document d : all(s, ArchiveQueries.reportsOf(key))) {
            int year = ArchiveSchema.year(d);
            if (year > latest && d.get(ArchiveSchema.UNIT) != null) {
                latest = year;
                name = d.get(ArchiveSchema.UNIT);
            }
        }
        return name;
    }

    /** The cross-report checks over this archive, for the {@code Reviewer}. */
    @Override
    public Check checks() {
        return new ArchiveChecks(this, this::sharedOf);
    }

    /**
     * The same checks with every other unit's paragraph a copy candidate (no index lookup): the brute-force
     * reference the indexed checks are measured against. Holds all paragraphs in memory; for benchmarks.
     */
    public Check exhaustiveChecks() {
        return new ArchiveChecks(this, this::sharedOf, Similarities.Thresholds.DEFAULT, read(ExhaustiveCandidates::load));
    }

    /** The statistics every check on the searcher's reader shares: what every review looks up again. */
    ArchiveStatistics.Shared sharedOf(ArchiveSearcher s) {
        return shared(((LuceneSearcher) s).indexSearcher());
    }

    /** Statistics for one check, sharing with other checks on the same reader what every review looks up again. */
    ArchiveStatistics statistics(IndexSearcher s, String excludeHash) throws IOException {
        return new ArchiveStatistics(s, excludeHash, shared(s));
    }

    private ArchiveStatistics.Shared shared(IndexSearcher s) {
        ArchiveStatistics.Shared current = shared;
        if (current == null || current.reader() != s.getIndexReader()) shared = current = new ArchiveStatistics.Shared(s.getIndexReader());
        return current;
    }

    ArchiveQueries queries() {
        return queries;
    }

    /** The analyzer of the text field (the snippets' highlighter analyses the query's words with it). */
    Analyzer analyzer() {
        return analyzer;
    }

    // ---- plumbing ----

    /** Reads the index; public for the archive's sub-packages (the overview), which read it as Lucene does. */
    public interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Runs {@code f} on the current searcher, wrapped ({@link LuceneSearcher}), then releases it. */
    @Override
    public <T> T read(ArchiveSearcher.Reader<T> f) {
        return withSearcher(s -> f.apply(new LuceneSearcher(s)));
    }

    /** Runs {@code f} on the current searcher (refreshed if another process committed), then releases it. */
    public <T> T withSearcher(SearcherFunction<T> f) {
        try {
            SearcherManager m = searchers;
            if (writer == null) m.maybeRefresh();
            IndexSearcher s;
            try {
                s = m.acquire();
            } catch (org.apache.lucene.store.AlreadyClosedException e) {
                // the writer was reopened meanwhile (writer()): read from its searchers
                if (m == searchers) throw e;
                return withSearcher(f);
            }
            try {
                return f.apply(s);
            } finally {
                m.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Document> all(IndexSearcher s, Query q) throws IOException {
        int n = s.count(q);
        if (n == 0) return List.of();
        TopDocs top = s.search(q, n);
        List<Document> out = new ArrayList<>(top.scoreDocs.length);
        var stored = s.storedFields();
        for (ScoreDoc sd : top.scoreDocs) out.add(stored.document(sd.doc));
        return out;
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            if (writer != null) writer.close();
            dir.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(Directory dir) {
        if (dir == null) return;
        try {
            dir.close();
        } catch (IOException ignored) {
            // already failing; the first error is the one to report
        }
    }
}
