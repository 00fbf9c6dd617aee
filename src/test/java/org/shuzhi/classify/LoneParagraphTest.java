package org.shuzhi.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;

/**
 * A text of one paragraph (what a word processor sends while the secretary writes) is labelled as the
 * paragraph alone, its place in the report unknown: not as a report's first line, which is its title.
 */
class LoneParagraphTest {
    private static final ParagraphClassifier MODEL = Classifiers.standard();

    @Test
    void aOneParagraphReportIsLabelledAsTheParagraphAlone() {
        for (String text : List.of(
                "我抓党建的主责主业意识还不够强，把主要精力放在了教学管理上，对支部工作研究部署不多，有时以行政会代替支委会。",
                "下一步，我将牵头制定支部党员教育培训计划，2025年9月底前分三批完成全体党员轮训，每季度组织一次党员评议。",
                "我全年主持支委会12次、讲专题党课3次，带头联系2个教研组，推动解决青年教师入党培养问题5项。")) {
            AnalyzedReport r = ReportAnalyzer.analyze(Report.fromText("草稿", text), ReportMeta.UNKNOWN);
            assertEquals(List.of(MODEL.classify(r.paragraphs().get(0))), MODEL.classify(r), text);
        }
    }
}
