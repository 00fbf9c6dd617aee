package org.shuzhi.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.Profiles;
import org.shuzhi.rules.RuleContext;

class ArchiveChecksTest {
    @TempDir
    Path dir;

    private static final String ACH_2022 = "我全年主持支委会12次、讲专题党课3次，带头联系2个教研组，推动解决青年教师入党培养问题5项。";
    private static final String ACH_OTHER = "我带领村党支部发展集体经济，流转土地320亩建成蔬菜基地，村集体收入从12万元增加到38万元，带动农户就业46人。";
    private static final String PROB_2022 = "一是理论学习的系统性不强，学习多停留在读文件、记笔记，学用结合不够紧密，学习成果转化为推动工作的实效不明显。";
    private static final String PROB_2023 = "一是理论学习还不够系统深入，学习停留在读文件层面，学习成果转化为推动学校发展的实效还不明显。";
    private static final String PLAN = "2024年3月底前由我牵头修订三会一课记录规范，每季度抽查各党小组记录1次，问题当月销号。";

    private List<Finding> check(Archive a, String unit, int year, String ach, String prob, String plan) {
        AnalyzedReport r = Reports.analyzed(Reports.report(unit, year, ach, prob, plan), unit, year);
        return a.checks().check(new RuleContext(r, Reports.labels(r), Profiles.resolve(null)));
    }

    private static List<String> rules(List<Finding> fs) {
        return fs.stream().map(Finding::rule).sorted().toList();
    }

    /**
     * On the corpus's real reports, the indexed checks make exactly the repeat and copy findings of the
     * brute-force reference that compares every archived paragraph: the candidate search loses nothing here.
     */
    @Test
    void indexedChecksFindWhatComparingEveryParagraphFinds() throws java.io.IOException {
        List<AnalyzedReport> reports = new java.util.ArrayList<>();
        try (Archive a = Archive.open(dir); var files = java.nio.file.Files.list(Path.of("corpus/reports"))) {
            List<ArchiveEntry> entries = new java.util.ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                AnalyzedReport r = org.shuzhi.nlp.ReportAnalyzer.analyze(
                        org.shuzhi.document.Report.fromText(f.toString(), java.nio.file.Files.readString(f)), null);
                if (r.meta().unit() == null || r.meta().year() == null) continue;
                reports.add(r);
                entries.add(new ArchiveEntry(r, Reports.labels(r)));
            }
            a.addAll(entries);
            var exhaustive = a.exhaustiveChecks();
            var indexed = a.checks();
            java.util.Set<String> want = new java.util.TreeSet<>(), got = new java.util.TreeSet<>();
            for (AnalyzedReport r : reports) {
                RuleContext context = new RuleContext(r, Reports.labels(r), Profiles.resolve(null));
                String id = r.meta().unit() + r.meta().year() + "@";
                for (Finding f : exhaustive.check(context)) if (copyOrRepeat(f)) want.add(id + f.rule() + f.paragraph());
                for (Finding f : indexed.check(context)) if (copyOrRepeat(f)) got.add(id + f.rule() + f.paragraph());
            }
            assertEquals(want, got);
            assertTrue(want.stream().filter(k -> k.contains("COPIED")).count() >= 5 && want.stream().filter(k -> k.contains("REPEATED")).count() >= 20,
                    "too few findings to compare: " + want);
        }
    }

    private static boolean copyOrRepeat(Finding f) {
        return f.rule().equals("COPIED_FROM_OTHER_REPORT") || f.rule().equals("REPEATED_PROBLEM");
    }

    @Test
    void flagsARewordedRepeatAndACopyWithEvidence() {
        try (Archive a = Archive.open(dir)) {
            Reports.add(a, "城东小学党支部", 2022, ACH_2022, PROB_2022, PLAN);
            Reports.add(a, "柳溪村党支部", 2021, ACH_OTHER, "村里党员老龄化严重，外出务工党员管理松散。", PLAN);
            List<Finding> fs = check(a, "中共城东小学支部委员会", 2023, ACH_OTHER, PROB_2023, PLAN);
            Finding repeat = fs.stream().filter(f -> f.rule().equals("REPEATED_PROBLEM")).findFirst().orElseThrow(() -> new AssertionError(fs));
            assertEquals(5, repeat.paragraph());
            @SuppressWarnings("unchecked")
            Map<String, Object> source = (Map<String, Object>) repeat.evidence().get("source");
            assertEquals(2022, source.get("year"));
            assertEquals(5, source.get("paragraph"));
            assertEquals(2, repeat.evidence().get("recurrence"));
            assertTrue(repeat.span() != null && repeat.span().end() > repeat.span().start());
            Finding copy = fs.stream().filter(f -> f.rule().equals("COPIED_FROM_OTHER_REPORT")).findFirst().orElseThrow(() -> new AssertionError(fs));
            assertEquals(3, copy.paragraph());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRepeatShowsItsSimilarityApartFromItsRankingScore() {
        try (Archive a = Archive.open(dir)) {
            // the same problem two years running: the topic bonus pushes the score past 1, never the similarity
            Reports.add(a, "城东小学党支部", 2021, ACH_2022, PROB_2022, PLAN);
            Reports.add(a, "城东小学党支部", 2022, ACH_OTHER, PROB_2022, PLAN);
            List<Finding> fs = check(a, "城东小学党支部", 2023, ACH_OTHER, PROB_2022, PLAN);
            Finding repeat = fs.stream().filter(f -> f.rule().equals("REPEATED_PROBLEM")).findFirst().orElseThrow(() -> new AssertionError(fs));
            Map<String, Object> ev = repeat.evidence();
            assertFalse(((List<?>) ev.get("topics")).isEmpty(), ev.toString());
            assertSimilarityAndScore(ev);
            List<Map<String, Object>> matches = (List<Map<String, Object>>) ev.get("matches");
            assertFalse(matches.isEmpty());
            matches.forEach(ArchiveChecksTest::assertSimilarityAndScore);
            // the unit's history page shows the same similarity
            for (org.shuzhi.archive.history.UnitHistory.Year y : org.shuzhi.archive.history.UnitHistories.of(a, "城东小学党支部").years()) {
                for (org.shuzhi.archive.history.UnitHistory.Problem p : y.problems()) {
                    for (org.shuzhi.archive.history.PassageRef r : p.earlier()) assertTrue(r.similarity() >= 0 && r.similarity() <= 1, r.toString());
                }
            }
        }
    }

    private static void assertSimilarityAndScore(Map<String, Object> ev) {
        double similarity = ((Number) ev.get("similarity")).doubleValue();
        double score = ((Number) ev.get("score")).doubleValue();
        assertTrue(similarity >= 0 && similarity <= 1, ev.toString());
        // both statements name 理论学习: the score carries the topic bonus on top
        assertTrue(score > similarity, ev.toString());
    }

    @Test
    void neverComparesAReportWithItselfOrWithLaterYears() {
        try (Archive a = Archive.open(dir)) {
            Reports.add(a, "城东小学党支部", 2023, ACH_2022, PROB_2022, PLAN);
            Reports.add(a, "城东小学党支部", 2024, ACH_2022, PROB_2023, PLAN);
            // the 2023 report, already archived, against an archive holding it and a later year
            assertEquals(List.of(), rules(check(a, "城东小学支部", 2023, ACH_2022, PROB_2022, PLAN)));
            // the same body under another unit's byline is a copy of that unit's report, not a repeat of its own
            List<String> other = rules(check(a, "城西小学党支部", 2023, ACH_2022, PROB_2022, PLAN));
            assertTrue(!other.isEmpty() && other.stream().allMatch(r -> r.equals("COPIED_FROM_OTHER_REPORT")), other.toString());
        }
    }
}
