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
    void anArchiveOfAnOlderSchemaMustBeRebuilt() throws IOException {
        try (var d = FSDirectory.open(dir); var w = new IndexWriter(d, new IndexWriterConfig())) {
            w.setLiveCommitData(Map.of(ArchiveSchema.COMMIT_TOKENS, "hanlp", ArchiveSchema.COMMIT_SCHEMA, "1").entrySet());
            w.commit();
        }
        ArchiveException e = assertThrows(ArchiveException.class, () -> Archive.open(dir));
        assertTrue(e.getMessage().contains("重新入库") && e.getMessage().contains(dir.toString()), e.getMessage());
        assertThrows(ArchiveException.class, () -> Archive.openReadOnly(dir));
    }
}
