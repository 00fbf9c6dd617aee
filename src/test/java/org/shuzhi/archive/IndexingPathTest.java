package org.shuzhi.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.document.Report;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;

/** The faster indexing path must index exactly what the analyzer would, and an old archive is refused clearly. */
class IndexingPathTest {
    @TempDir
    Path dir;

    private static List<String> read(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        ts.reset();
        while (ts.incrementToken()) out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
        ts.end();
        out.add("end@" + offset.endOffset());
        ts.close();
        return out;
    }

    @Test
    void preAnalysedTokensEqualTheAnalyzersOnCorpusReports() throws IOException {
        Analyzer analyzer = ArchiveAnalyzers.text(ArchiveAnalyzers.Tokens.HANLP);
        int compared = 0;
        try (Stream<Path> files = Files.list(Path.of("corpus/reports"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(8).toList()) {
                var report = ReportAnalyzer.analyze(Report.fromText(f.toString(), Files.readString(f)), null);
                for (AnalyzedParagraph p : report.paragraphs()) {
                    List<String> expected = read(analyzer.tokenStream(ArchiveSchema.TEXT, p.text()));
                    List<String> actual = read(ArchiveAnalyzers.preAnalyzed(ArchiveAnalyzers.Tokens.HANLP, p.tokens(), p.normalized().length()));
                    assertEquals(expected, actual, p.text());
                    compared++;
                }
            }
        }
        assertTrue(compared > 100, "paragraphs compared: " + compared);
    }

    /**
     * How many reports hold a piece of letters, read as one shingle term, must equal a scan of the reports'
     * paragraphs; and the stock test must not count the report under review, nor a deleted one.
     */
    @Test
    void shingleCountsEqualAScanOfTheReports() throws IOException {
        List<List<String>> reports = new ArrayList<>();
        List<String> pieces = new ArrayList<>();
        int acrossPunctuation = 0;
        try (Archive archive = Archive.open(dir); Stream<Path> files = Files.list(Path.of("corpus/reports"))) {
            List<org.shuzhi.archive.ArchiveEntry> entries = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                var a = ReportAnalyzer.analyze(Report.fromText(f.toString(), Files.readString(f)), null);
                if (a.meta().unit() == null || a.meta().year() == null) continue;
                entries.add(new org.shuzhi.archive.ArchiveEntry(a, Reports.labels(a)));
                List<String> letters = new ArrayList<>();
                for (AnalyzedParagraph p : a.paragraphs()) {
                    String l = PassageSimilarity.letters(p.normalized());
                    letters.add(l);
                    for (int i = 0; i + 8 <= l.length(); i += 5) {
                        String piece = l.substring(i, i + 8);
                        pieces.add(piece);
                        // punctuation between its letters in the text: a phrase query each before schema 3
                        if (!p.normalized().contains(piece)) acrossPunctuation++;
                    }
                }
                reports.add(letters);
            }
            archive.addAll(entries);
            int common = 0;
            for (String piece : pieces) {
                int scanned = (int) reports.stream().filter(r -> r.stream().anyMatch(l -> l.contains(piece))).count();
                int byTerm = archive.withSearcher(s -> s.getIndexReader().docFreq(new org.apache.lucene.index.Term(ArchiveSchema.SHINGLES, piece)));
                assertEquals(scanned, byTerm, piece);
                if (byTerm > 1) common++;
            }
            assertTrue(pieces.size() > 1000 && common > 20 && acrossPunctuation > 50,
                    "pieces compared: " + pieces.size() + ", in several reports: " + common + ", across punctuation: " + acrossPunctuation);

            // a piece in exactly two reports is stock at limit 2, unless one of them is the report under review
            String piece = pieces.stream().filter(x -> archive.withSearcher(s -> s.getIndexReader()
                    .docFreq(new org.apache.lucene.index.Term(ArchiveSchema.SHINGLES, x))) == 2).findFirst().orElseThrow();
            var holders = entries.stream().filter(e -> e.report().paragraphs().stream()
                    .anyMatch(p -> PassageSimilarity.letters(p.normalized()).contains(piece))).toList();
            assertEquals(2, holders.size());
            String own = Archive.contentHash(holders.get(0).report());
            assertEquals(true, archive.withSearcher(s -> archive.statistics(s, null).stock(piece, 2)));
            assertEquals(false, archive.withSearcher(s -> archive.statistics(s, own).stock(piece, 2)), "the report under review counted");
            var meta = holders.get(1).report().meta();
            assertTrue(archive.delete(meta.unit(), meta.year()));
            assertEquals(false, archive.withSearcher(s -> archive.statistics(s, null).stock(piece, 2)), "a deleted report still counted");
        }
    }

    @Test
    void otherTokensAreLeftToTheAnalyzer() {
        assertEquals(null, ArchiveAnalyzers.preAnalyzed(ArchiveAnalyzers.Tokens.SMARTCN, List.of(), 0));
    }

    @Test
    void anIndexThatIsNoArchiveIsRefused() throws IOException {
        try (var d = FSDirectory.open(dir); var w = new IndexWriter(d, new IndexWriterConfig())) {
            w.commit();
        }
        ArchiveException e = assertThrows(ArchiveException.class, () -> Archive.open(dir));
        assertTrue(e.getMessage().contains("不是述职报告档案库") && e.getMessage().contains(dir.toString()), e.getMessage());
    }

    /**
     * An archive of schema 2 (stock pieces only as runs of Chinese characters) is refused read-only, and opened
     * for writing it is rebuilt from what it stores: every report, paragraph, label and part kept, pieces of letters
     * across punctuation now counted.
     */
    @Test
    void anArchiveOfAnOlderSchemaIsUpgradedWithNothingLost() throws IOException {
        String unit = "城东小学党支部";
        AnalyzedReport a = Reports.analyzed(Reports.report(unit, 2023, "我全年讲党课4次，走访困难党员12户。",
                "一是理论学习不够深入，学用结合不紧。", "2024年3月底前由我牵头修订学习制度。"), unit, 2023);
        var labels = Reports.labels(a);
        ArchivedReport expected;
        // what schema 2 wrote: the same block without pieces of letters in the shingles field
        try (var d = FSDirectory.open(dir); var w = new IndexWriter(d, new IndexWriterConfig(ArchiveAnalyzers.forIndex(ArchiveAnalyzers.Tokens.HANLP)))) {
            Path other = dir.resolveSibling(dir.getFileName() + "-new");
            try (Archive fresh = Archive.open(other)) {
                expected = fresh.add(a, labels);
            }
            StringBuilder whole = new StringBuilder();
            for (AnalyzedParagraph p : a.paragraphs()) whole.append(p.normalized()).append('\n');
            List<org.apache.lucene.document.Document> docs = ArchiveSchema.documents(expected, Archive.contentHash(a), whole.toString(), null, null);
            docs.get(0).removeFields(ArchiveSchema.SHINGLES);
            w.addDocuments(docs);
            w.setLiveCommitData(Map.of(ArchiveSchema.COMMIT_TOKENS, "hanlp", ArchiveSchema.COMMIT_SCHEMA, "2").entrySet());
            w.commit();
        }
        ArchiveException e = assertThrows(ArchiveException.class, () -> Archive.openReadOnly(dir));
        assertTrue(e.getMessage().contains("升级") && e.getMessage().contains(dir.toString()), e.getMessage());
        String piece = PassageSimilarity.letters(a.paragraphs().get(3).normalized()).substring(0, 8);
        try (Archive upgraded = Archive.open(dir)) {
            assertEquals(1, upgraded.size());
            assertEquals(expected, upgraded.report(unit, 2023).orElseThrow());
            assertEquals(1, (int) upgraded.withSearcher(s -> s.getIndexReader().docFreq(new org.apache.lucene.index.Term(ArchiveSchema.SHINGLES, piece))));
        }
        try (var d = FSDirectory.open(dir)) {
            assertEquals(ArchiveSchema.SCHEMA_VERSION, org.apache.lucene.index.SegmentInfos.readLatestCommit(d).getUserData().get(ArchiveSchema.COMMIT_SCHEMA));
        }
        try (Archive again = Archive.openReadOnly(dir)) {
            assertEquals(expected, again.report(unit, 2023).orElseThrow());
        }
    }
}
