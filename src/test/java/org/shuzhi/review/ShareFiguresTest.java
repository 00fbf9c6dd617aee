package org.shuzhi.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.shuzhi.classify.Labeled;
import org.shuzhi.document.Paragraph;
import org.shuzhi.document.Part;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.Profile;
import org.shuzhi.rules.Profiles;
import org.shuzhi.rules.RuleContext;
import org.shuzhi.rules.ShareRule;

/** The text summary's share and PROBLEM_SHARE_LOW's message name one percentage for one share. */
class ShareFiguresTest {
    // 207 achievement characters, 67 problem characters: 67/274 = 0.24453, which reads 24% unrounded
    // but 25% from the three-decimal 0.245 the stats carry
    private static final List<String> ACHIEVEMENTS = List.of(
            "今年以来，我把抓党建作为第一职责，全年主持召开支委会14次、组织生活会2次，讲授专题党课4次，带头联系困难党员和老党员9户，帮助解决实际困难11件。",
            "围绕园区企业服务，支部推行“党员先锋岗”，22名党员亮身份、作承诺，牵头办结企业诉求37件，其中帮助两家企业协调用电增容，企业普遍反映较好。",
            "严格落实“三会一课”制度，按月检查各党小组学习记录；发展党员1名，确定入党积极分子3名，党员队伍平均年龄较上年下降了2.3岁。");
    private static final String PROBLEM =
            "一是抓党建的精力投入不够，忙于业务时对党小组活动过问较少。二是党员教育方式比较单一，以读文件为主，青年党员参与热情不高，效果不够明显。";

    @Test
    void summaryAndShareFindingShowTheSamePercentage() {
        List<Paragraph> ps = new ArrayList<>();
        List<Labeled> labels = new ArrayList<>();
        for (String a : ACHIEVEMENTS) {
            ps.add(new Paragraph(ps.size(), a, false));
            labels.add(new Labeled(Part.ACHIEVEMENT, 0.9));
        }
        ps.add(new Paragraph(ps.size(), PROBLEM, false));
        labels.add(new Labeled(Part.PROBLEM, 0.9));
        AnalyzedReport report = ReportAnalyzer.analyze(new Report("t.txt", ps), new ReportMeta("园区联合党支部", 2023, null));
        int problemChars = report.paragraphs().get(3).chars();
        // the case this test is about: rounding the raw share and the three-decimal share disagree
        assertNotEquals(Math.round(problemChars * 100.0 / report.chars()), Math.round(Math.round(problemChars * 1000.0 / report.chars()) / 10.0),
                "test text no longer sits on a rounding edge: " + problemChars + "/" + report.chars());

        Profile profile = Profiles.resolve(null);
        List<Finding> findings = ShareRule.problemLow().check(new RuleContext(report, labels, profile));
        Finding low = findings.stream().filter(f -> f.rule().equals("PROBLEM_SHARE_LOW")).findFirst()
                .orElseThrow(() -> new AssertionError(findings));

        List<ParagraphResult> results = new ArrayList<>();
        for (AnalyzedParagraph p : report.paragraphs()) {
            results.add(new ParagraphResult(p.index(), p.text(), p.section(), labels.get(p.index()).label(), 0.9));
        }
        Review review = new Review("t.txt", new ReviewMeta("园区联合党支部", 2023, null, profile.id()),
                Stats.of(report.paragraphs(), labels, report.chars()), results, findings, VerdictPolicy.decide(findings));
        String text = TextFormatter.format(review, profile);

        String summary = figure(Pattern.compile("存在问题 (\\d+%)"), text);
        assertEquals(summary, figure(Pattern.compile("占全文(\\d+%)"), low.message()), text + "\n" + low.message());
        assertEquals(review.stats().share(Part.PROBLEM), low.evidence().get("share"));
    }

    private static String figure(Pattern p, String s) {
        Matcher m = p.matcher(s);
        if (!m.find()) throw new AssertionError("no " + p + " in: " + s);
        return m.group(1);
    }
}
