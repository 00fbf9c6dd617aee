package org.shuzhi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuzhi.classify.Labeled;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.corpus.CorpusEntry;
import org.shuzhi.document.Paragraph;
import org.shuzhi.document.Part;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;
import org.shuzhi.review.Review;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewers;
import org.shuzhi.review.Verdict;

/** What a text is (NOT_A_DUTY_REPORT) and whether it is whole (TEXT_INCOMPLETE), and what their findings replace. */
class TextKindsTest {
    private static AnalyzedReport analyze(List<String> lines) {
        List<Paragraph> ps = new ArrayList<>();
        for (String l : lines) ps.add(new Paragraph(ps.size(), l, false));
        return ReportAnalyzer.analyze(new Report("t.txt", ps), ReportMeta.UNKNOWN);
    }

    private static final List<String> SPEECH = List.of(
            "在2023年度党支部书记述职评议会上的讲话",
            "同志们：",
            "刚才，五位党支部书记作了述职，听了大家的述职，我感到大家对党建工作更加重视了。下面，我讲两点意见。",
            "一是问题要找得更准。李XX同志的述职，讲成绩多、讲问题少，原因分析偏重客观。",
            "二是整改要落得更实。希望各位书记把查摆的问题列入清单，逐项销号。");

    /**
     * Conservative: every corpus report stays a report even with its title lines and every line that
     * frames it as a 述职 taken away — what is left is judged by the body alone.
     */
    @Test
    void corpusReportsStayReportsWithoutTheirTitlesAndFraming() {
        Corpus corpus = Corpus.at(Path.of("corpus"));
        for (CorpusEntry e : corpus.entries()) {
            List<String> lines = new ArrayList<>();
            List<Paragraph> src = corpus.report(e.id()).paragraphs();
            for (int i = 0; i < src.size(); i++) {
                String t = src.get(i).text();
                if (i < 3 && t.length() < 60 && !t.endsWith("。")) continue;
                if (t.contains("述职") || t.contains("如下")) continue;
                lines.add(t);
            }
            TextKinds.Judgement whole = TextKinds.standard().judge(analyze(corpus.report(e.id()).paragraphs().stream().map(Paragraph::text).toList()));
            assertTrue(whole.isReport(), e.id() + ": " + whole);
            TextKinds.Judgement body = TextKinds.standard().judge(analyze(lines));
            assertTrue(body.isReport(), e.id() + " without title and framing: " + body);
        }
    }

    @Test
    void eachKindIsNamedWithTheCuesThatShowIt() {
        TextKinds.Judgement speech = TextKinds.standard().judge(analyze(SPEECH));
        assertEquals("speech", speech.kind(), speech.toString());
        assertFalse(speech.isReport());
        assertTrue(speech.cues().stream().anyMatch(m -> m.quote().startsWith("同志们")), speech.toString());
        TextKinds.Judgement news = TextKinds.standard().judge(analyze(List.of(
                "市卫健委党委召开2022年度基层党组织书记述职评议会",
                "1月9日下午，市卫健委党委召开2022年度基层党组织书记抓基层党建工作述职评议会，委党委书记出席会议并讲话。",
                "会上，12名党组织书记依次述职，委党委班子成员逐一点评。她强调，要把问题整改作为检验述职成效的标准。")));
        assertEquals("news", news.kind(), news.toString());
        // the same words, framed by the secretary as their own report, are a report
        List<String> framed = new ArrayList<>(SPEECH);
        framed.set(0, "在2023年度党支部书记述职评议会上的述职发言");
        assertTrue(TextKinds.standard().judge(analyze(framed)).isReport());
    }

    /** A speech reviewed as a whole: one finding, no content findings, 退回修改 with the reason why. */
    @Test
    void aSpeechGetsOneFindingAndIsSentBackAsNoReport() {
        List<Paragraph> ps = new ArrayList<>();
        for (String l : SPEECH) ps.add(new Paragraph(ps.size(), l, false));
        Review r = Reviewers.withoutArchive().review(new Report("点评.txt", ps), new ReviewRequest("institute-2023", ReportMeta.UNKNOWN, false));
        assertEquals(List.of("NOT_A_DUTY_REPORT"), r.findings().stream().map(Finding::rule).toList(), r.findings().toString());
        assertEquals(Verdict.RETURN, r.verdict().outcome());
        assertEquals(List.of("其他：提交的不是本人述职报告（全文：疑为领导讲话或点评）"), r.verdict().reasons());
        // the checklist measures no parts of it against the notice
        String text = org.shuzhi.review.TextFormatter.format(r, Profiles.resolve("institute-2023"));
        assertTrue(text.contains("篇幅：不适用") && !text.contains("✗"), text);
        // without the gate the same text draws content findings: what the gate keeps out
        List<Labeled> labels = Reviewers.withoutArchive().label(ReportAnalyzer.analyze(new Report("点评.txt", ps), ReportMeta.UNKNOWN));
        List<Rule> content = RuleEngine.all().stream().filter(x -> !x.code().equals("NOT_A_DUTY_REPORT")).toList();
        assertFalse(new RuleEngine(content).check(new RuleContext(analyze(SPEECH), labels, Profiles.resolve("institute-2023"))).isEmpty());
    }

    /** A text cut inside the achievements: TEXT_INCOMPLETE in place of the parts and shares it cannot have. */
    @Test
    void aCutTextGetsTextIncompleteInPlaceOfMissingPartsAndShares() {
        List<String> lines = List.of("党支部书记抓基层党建工作述职报告", "一、履职情况",
                "一是抓班子带队伍。我全年主持支委会12次，讲党课3次，带头联系困难党员5名，帮助解决实际困难8件。",
                "二是抓阵地建设。我带领支委新建党员活动室1处，配齐学习资料200余册，全年开展主题党日12次。");
        AnalyzedReport report = analyze(lines);
        List<Labeled> labels = List.of(new Labeled(Part.OTHER, 1), new Labeled(Part.OTHER, 1), new Labeled(Part.ACHIEVEMENT, 1), new Labeled(Part.ACHIEVEMENT, 1));
        List<Finding> all = RuleEngine.standard().check(new RuleContext(report, labels, Profiles.resolve("institute-2023")));
        List<String> codes = all.stream().map(Finding::rule).toList();
        assertTrue(codes.contains("TEXT_INCOMPLETE"), codes.toString());
        for (String gone : List.of("STRUCTURE_MISSING_PART", "PROBLEM_SHARE_LOW", "ACHIEVEMENT_SHARE_HIGH")) assertFalse(codes.contains(gone), codes.toString());
        List<Rule> without = RuleEngine.all().stream().filter(x -> !x.code().equals("TEXT_INCOMPLETE")).toList();
        List<String> before = new RuleEngine(without).check(new RuleContext(report, labels, Profiles.resolve("institute-2023"))).stream().map(Finding::rule).toList();
        assertTrue(before.contains("STRUCTURE_MISSING_PART") && before.contains("PROBLEM_SHARE_LOW"), before.toString());
    }

    /** A report ending with a table (a rectification list) ends there: its last cell is no cut sentence. */
    @Test
    void aTextEndingWithATableIsNotCut() {
        List<Paragraph> ps = new ArrayList<>();
        ps.add(new Paragraph(0, "我全年主持支委会12次，讲党课3次。", false));
        ps.add(new Paragraph(1, "我对青年教师的政治引领用力不够。", false));
        ps.add(new Paragraph(2, "整改措施如下：", false));
        ps.add(new Paragraph(3, "由我牵头，每学期与青年教师谈心一次，", true));
        AnalyzedReport report = ReportAnalyzer.analyze(new Report("t.docx", ps), ReportMeta.UNKNOWN);
        List<Labeled> labels = List.of(new Labeled(Part.ACHIEVEMENT, 1), new Labeled(Part.PROBLEM, 1), new Labeled(Part.OTHER, 1), new Labeled(Part.PLAN, 1));
        assertTrue(new TextIncompleteRule().check(new RuleContext(report, labels, Profiles.resolve(null))).isEmpty());
        ps.set(3, new Paragraph(3, "由我牵头，每学期与青年教师谈心一次，", false));
        AnalyzedReport cut = ReportAnalyzer.analyze(new Report("t.txt", ps), ReportMeta.UNKNOWN);
        assertEquals(1, new TextIncompleteRule().check(new RuleContext(cut, labels, Profiles.resolve(null))).size());
    }
}
