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

    /** A stock-phrase count by one shingle term must equal the phrase query's count it replaces. */
    @Test
    void shingleCountsEqualPhraseCountsOnCorpusReports() throws IOException {
        List<String> pieces = new ArrayList<>();
        try (Archive archive = Archive.open(dir); Stream<Path> files = Files.list(Path.of("corpus/reports"))) {
            List<org.shuzhi.archive.ArchiveEntry> entries = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                var a = ReportAnalyzer.analyze(Report.fromText(f.toString(), Files.readString(f)), null);
                if (a.meta().unit() == null || a.meta().year() == null) continue;
                entries.add(new org.shuzhi.archive.ArchiveEntry(a, Reports.labels(a)));
                for (AnalyzedParagraph p : a.paragraphs()) {
                    // every 8-character stretch, with or without punctuation, taken a few per paragraph
                    String n = p.normalized();
                    for (int i = 0; i + 8 <= n.length(); i += 5) pieces.add(n.substring(i, i + 8));
                }
            }
            archive.addAll(entries);
            int shingled = 0, common = 0;
            for (String piece : pieces) {
                if (!ArchiveSchema.hanShingles(piece).contains(piece)) continue;
                int byTerm = archive.withSearcher(s -> s.getIndexReader().docFreq(new org.apache.lucene.index.Term(ArchiveSchema.SHINGLES, piece)));
                assertEquals(archive.reportsContaining(piece), byTerm, piece);
                shingled++;
                if (byTerm > 1) common++;
            }
            assertTrue(shingled > 1000 && common > 20, "pieces compared: " + shingled + ", in several reports: " + common);
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
