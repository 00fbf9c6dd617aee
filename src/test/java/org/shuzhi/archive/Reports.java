package org.shuzhi.archive;

import java.util.List;
import org.shuzhi.classify.SectionClassifier;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;
import org.shuzhi.classify.Labeled;

/** Small three-part reports for the archive tests, labelled by their headings. */
final class Reports {
    private Reports() {}

    static Report report(String unit, int year, String achievement, String problem, String plan) {
        String text = String.join("\n",
                year + "年度抓基层党建工作述职报告",
                unit + "书记 王丽华",
                "一、履职主要情况", achievement,
                "二、存在的问题", problem,
                "三、下一步工作打算", plan);
        return Report.fromText(unit + "-" + year + ".txt", text);
    }

    /** A report with several paragraphs per part. */
    static Report report(String unit, int year, List<String> achievements, List<String> problems, List<String> plans) {
        List<String> lines = new java.util.ArrayList<>(List.of(year + "年度抓基层党建工作述职报告", unit + "书记 王丽华", "一、履职主要情况"));
        lines.addAll(achievements);
        lines.add("二、存在的问题");
        lines.addAll(problems);
        lines.add("三、下一步工作打算");
        lines.addAll(plans);
        return Report.fromText(unit + "-" + year + ".txt", String.join("\n", lines));
    }

    static ArchivedReport add(Archive archive, String unit, int year, List<String> achievements, List<String> problems, List<String> plans) {
        AnalyzedReport a = analyzed(report(unit, year, achievements, problems, plans), unit, year);
        return archive.add(a, labels(a));
    }

    static AnalyzedReport analyzed(Report r, String unit, int year) {
        return ReportAnalyzer.analyze(r, new ReportMeta(unit, year, null));
    }

    static List<Labeled> labels(AnalyzedReport r) {
        SectionClassifier c = new SectionClassifier();
        return r.paragraphs().stream().map((AnalyzedParagraph p) -> c.classify(p)).toList();
    }

    static ArchivedReport add(Archive archive, String unit, int year, String achievement, String problem, String plan) {
        AnalyzedReport a = analyzed(report(unit, year, achievement, problem, plan), unit, year);
        return archive.add(a, labels(a));
    }
}
