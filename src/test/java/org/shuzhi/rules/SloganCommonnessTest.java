package org.shuzhi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveEntry;
import org.shuzhi.classify.Labeled;
import org.shuzhi.classify.SectionClassifier;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.corpus.CorpusEntry;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;

/** SLOGAN_HEAVY with a real archive on disk, built from the corpus: phrases many reports share count as stock. */
class SloganCommonnessTest {
    @TempDir
    static Path dir;
    static Archive archive;

    @BeforeAll
    static void buildArchive() {
        archive = Archive.open(dir.resolve("archive"));
        Corpus corpus = Corpus.at(Path.of("corpus"));
        List<ArchiveEntry> entries = new ArrayList<>();
        for (CorpusEntry e : corpus.entries()) {
            AnalyzedReport a = ReportAnalyzer.analyze(corpus.report(e.id()), new ReportMeta(e.unit(), e.year(), e.role()));
            entries.add(new ArchiveEntry(a, labels(a)));
        }
        archive.addAll(entries);
    }

    @AfterAll
    static void close() {
        archive.close();
    }

    private static List<Labeled> labels(AnalyzedReport a) {
        SectionClassifier c = new SectionClassifier();
        return a.paragraphs().stream().map(c::classify).toList();
    }

    /** A report of one achievement paragraph under its heading; the paragraph is index 3. */
    private static RuleContext context(String achievement, PhraseCommonness commonness) {
        Report r = Report.fromText("t.txt", String.join("\n", "2024年度抓基层党建工作述职报告", "西山村党支部书记 周海平",
                "一、履职主要情况", achievement, "二、存在的问题", "我对年轻党员的培养用力不够，两名新党员入党后没有安排具体岗位。",
                "三、下一步工作打算", "2025年3月底前由我为两名新党员各确定1个服务岗位，年底评议1次。"));
        AnalyzedReport a = ReportAnalyzer.analyze(r, new ReportMeta("西山村党支部", 2024, "党支部书记"));
        return new RuleContext(a, labels(a), Profiles.resolve(null), commonness);
    }

    private static List<Finding> slogans(RuleContext ctx) {
        return new SloganRule().check(ctx).stream().filter(f -> f.paragraph() == 3).toList();
    }

    private static final String FORMULAIC = "在镇党委的坚强领导下，支部深入学习贯彻党的路线方针，较好地完成了各项工作任务。";

    @Test
    void phrasesManyArchivedReportsShareTipAParagraphIntoSlogans() {
        assertTrue(archive.reports() >= CommonPhrases.MIN_ARCHIVE);
        assertEquals(List.of(), slogans(context(FORMULAIC, null)), "the lexicons alone leave it short of the mark");
        List<Finding> withArchive = slogans(context(FORMULAIC, archive));
        assertEquals(1, withArchive.size(), "with the archive: " + withArchive);
        Finding f = withArchive.get(0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> common = (List<Map<String, Object>>) f.evidence().get("commonPhrases");
        assertFalse(common.isEmpty());
        for (Map<String, Object> c : common) {
            String phrase = (String) c.get("phrase");
            assertTrue(FORMULAIC.contains(phrase) && phrase.length() >= CommonPhrases.MIN_CHARS, phrase);
            assertEquals(archive.reportsContaining(phrase), c.get("reports"));
            assertTrue((Integer) c.get("reports") >= PhraseCommonness.stockLimit(archive.reports()));
        }
        assertEquals(archive.reports(), f.evidence().get("archiveReports"));
        assertTrue(f.message().contains("在档案库"), f.message());
    }

    @Test
    void concreteWorkStaysContentAndFiguresAreNeverCommonPhrases() {
        String concrete = "在镇党委的坚强领导下，我带领支委讲专题党课2次，为村里7户独居老人装上了呼叫器。";
        assertEquals(List.of(), slogans(context(concrete, archive)));
        RuleContext ctx = context(concrete, archive);
        AnalyzedParagraph p = ctx.paragraphs().get(3);
        List<CommonPhrases.Common> found = CommonPhrases.find(p, 0, SloganRule.composition(p).ownStarts(), archive, new HashMap<>());
        assertTrue(found.stream().noneMatch(c -> c.phrase().chars().anyMatch(Character::isDigit)), found.toString());
    }

    @Test
    void aSmallArchiveSaysNothingAboutWhatIsCommon() {
        PhraseCommonness tiny = new PhraseCommonness() {
            @Override
            public int reportsContaining(String phrase) {
                return archive.reportsContaining(phrase);
            }

            @Override
            public int reports() {
                return CommonPhrases.MIN_ARCHIVE - 1;
            }
        };
        assertEquals(List.of(), slogans(context(FORMULAIC, tiny)));
        assertEquals(5, PhraseCommonness.stockLimit(61));
        assertEquals(250, PhraseCommonness.stockLimit(50_000));
    }

    @Test
    void aReportAlreadyArchivedIsNotCountedAgainstItself() {
        Corpus corpus = Corpus.at(Path.of("corpus"));
        CorpusEntry e = corpus.entries().get(0);
        // a phrase of this report that no other report has: the archive counts it once, leaving the report out never
        String own = null;
        for (var para : corpus.report(e.id()).paragraphs()) {
            String t = para.text().replaceAll("[\\p{Punct}，。、；：“”（）\\s]", "");
            for (int i = 0; i + 12 <= t.length() && own == null; i += 6) {
                if (archive.reportsContaining(t.substring(i, i + 12)) == 1) own = t.substring(i, i + 12);
            }
            if (own != null) break;
        }
        assertTrue(own != null, "the report has a phrase of its own");
        PhraseCommonness others = archive.excluding(e.unit(), e.year());
        assertEquals(0, others.reportsContaining(own), own);
        assertEquals(archive.reports() - 1, others.reports());
        String shared = "全面从严治党";
        int all = archive.reportsContaining(shared);
        boolean inReport = corpus.report(e.id()).paragraphs().stream().anyMatch(x -> x.text().contains(shared));
        assertEquals(inReport ? all - 1 : all, others.reportsContaining(shared));
        // a unit or year the archive does not hold leaves the counts as they are
        assertEquals(1, archive.excluding("北极村党支部", 2024).reportsContaining(own));
        assertEquals(1, archive.excluding(e.unit(), 1990).reportsContaining(own));
        assertEquals(1, archive.excluding(null, null).reportsContaining(own));
    }

    /**
     * The archive is asked about fewer runs (none longer when the three-word run is in too few reports), yet
     * every paragraph of the corpus gets exactly the common phrases that asking about every run finds, with
     * every word counted as the writer's own so that every run is a question.
     */
    @Test
    void commonPhrasesAreThoseOfAskingAboutEveryRun() {
        Corpus corpus = Corpus.at(Path.of("corpus"));
        int fewer = 0, paragraphs = 0;
        for (CorpusEntry e : corpus.entries()) {
            AnalyzedReport a = ReportAnalyzer.analyze(corpus.report(e.id()), new ReportMeta(e.unit(), e.year(), e.role()));
            for (AnalyzedParagraph p : a.paragraphs()) {
                java.util.Set<Integer> own = new java.util.HashSet<>();
                p.tokens().forEach(t -> own.add(t.start()));
                Map<String, Integer> asked = new HashMap<>(), askedAll = new HashMap<>();
                List<CommonPhrases.Common> found = CommonPhrases.find(p, 0, own, archive, asked);
                assertEquals(plain(p, own, archive, askedAll), found, p.text());
                if (asked.size() < askedAll.size()) fewer++;
                paragraphs++;
            }
        }
        assertTrue(fewer > paragraphs / 10, fewer + " of " + paragraphs + " paragraphs asked about fewer runs");
    }

    /** Every run of three to five words in one clause, longest first, asked about until one is common (as first written). */
    private static List<CommonPhrases.Common> plain(AnalyzedParagraph p, java.util.Set<Integer> ownStarts, PhraseCommonness commonness,
                                                   Map<String, Integer> cache) {
        int min = PhraseCommonness.stockLimit(commonness.reports());
        String text = p.normalized();
        List<org.shuzhi.nlp.Token> ts = p.tokens();
        List<CommonPhrases.Common> out = new ArrayList<>();
        for (int i = 0; i < ts.size(); i++) {
            if (ts.get(i).isPunctuation()) continue;
            for (int n = CommonPhrases.MAX_WORDS; n >= CommonPhrases.MIN_WORDS; n--) {
                int last = i + n - 1;
                if (last >= ts.size()) continue;
                boolean clause = true;
                for (int k = i; k <= last; k++) {
                    var t = ts.get(k);
                    if (t.isPunctuation() || t.isNumeral() || t.word().chars().anyMatch(Character::isDigit)) clause = false;
                }
                if (!clause) continue;
                int start = ts.get(i).start(), end = ts.get(last).end();
                if (end - start < CommonPhrases.MIN_CHARS) continue;
                final int lo = i, hi = last;
                boolean holdsOwn = ownStarts.stream().anyMatch(s -> s >= ts.get(lo).start() && s <= ts.get(hi).start());
                boolean covered = out.stream().anyMatch(c -> c.start() <= start && end <= c.end());
                if (!holdsOwn || covered) continue;
                String phrase = text.substring(start, end);
                int reports = cache.computeIfAbsent(phrase, commonness::reportsContaining);
                if (reports >= min) {
                    out.add(new CommonPhrases.Common(phrase, start, end, reports));
                    break;
                }
            }
        }
        return out;
    }
}
