package org.shuzhi.meeting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shuzhi.document.Part;
import org.shuzhi.review.ParagraphResult;
import org.shuzhi.review.Review;
import org.shuzhi.review.TextFormatter;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.RuleCatalog;
import org.shuzhi.rules.Severity;

/**
 * 汇总表.xlsx: sheet 汇总 (one row per report), sheet 全部问题 (one row per finding) and sheet 说明 (the
 * meeting, the profile, the grade distribution and 004's warning). Columns in docs/contract.md.
 */
public final class SummaryWorkbook {
    public static final String SUMMARY = "汇总";
    public static final String FINDINGS = "全部问题";
    public static final String ABOUT = "说明";
    public static final String[] SUMMARY_COLUMNS = {"序号", "文件", "单位", "姓名", "年度", "建议等次", "建议等次理由", "预审建议",
            "字数", "成绩占比", "问题占比", "打算占比", "严重", "提醒", "提示", "档案比对发现", "主要理由"};
    public static final String[] FINDING_COLUMNS = {"序号", "单位", "姓名", "文件", "位置", "规则", "问题类型", "严重程度", "说明", "原文"};
    /** Reasons of the verdict named in 主要理由. */
    static final int TOP_REASONS = 3;
    /** 原文 is cut at this many characters. */
    static final int MAX_QUOTE = 200;

    private SummaryWorkbook() {}

    public static void write(Meeting meeting, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Workbooks st = new Workbooks(wb);
            Sheet sum = wb.createSheet(SUMMARY);
            Workbooks.headers(sum.createRow(0), st.header, SUMMARY_COLUMNS);
            int r = 1;
            for (MeetingReport report : meeting.reports()) {
                Review v = report.review();
                GradeSuggestion g = meeting.grade(report);
                Row row = sum.createRow(r);
                Workbooks.put(row, 0, r, st.center);
                Workbooks.put(row, 1, report.file(), st.text);
                Workbooks.put(row, 2, report.unit(), st.text);
                Workbooks.put(row, 3, report.name(), st.text);
                if (report.year() != null) Workbooks.put(row, 4, report.year(), st.center);
                else Workbooks.put(row, 4, (String) null, st.center);
                Workbooks.put(row, 5, g.grade().label(), st.center);
                Workbooks.put(row, 6, String.join("；", g.reasons()), st.wrap);
                Workbooks.put(row, 7, v.verdict().outcome(), st.center);
                Workbooks.put(row, 8, v.stats().chars(), st.center);
                Workbooks.put(row, 9, v.stats().share(Part.ACHIEVEMENT), st.percent);
                Workbooks.put(row, 10, v.stats().share(Part.PROBLEM), st.percent);
                Workbooks.put(row, 11, v.stats().share(Part.PLAN), st.percent);
                Workbooks.put(row, 12, count(v, Severity.ERROR), st.center);
                Workbooks.put(row, 13, count(v, Severity.WARNING), st.center);
                Workbooks.put(row, 14, count(v, Severity.INFO), st.center);
                Workbooks.put(row, 15, v.findings().stream().filter(SummaryWorkbook::fromArchive).count(), st.center);
                Workbooks.put(row, 16, String.join("；", v.verdict().reasons().stream().limit(TOP_REASONS).toList()), st.wrap);
                r++;
            }
            Workbooks.widths(sum, 6, 24, 22, 10, 8, 10, 40, 12, 8, 10, 10, 10, 6, 6, 6, 14, 60);
            sum.createFreezePane(0, 1);
            Workbooks.printable(sum, 0, SUMMARY_COLUMNS.length - 1);

            Sheet all = wb.createSheet(FINDINGS);
            Workbooks.headers(all.createRow(0), st.header, FINDING_COLUMNS);
            int k = 1;
            int n = 1;
            for (MeetingReport report : meeting.reports()) {
                for (Finding f : report.review().findings()) {
                    Row row = all.createRow(k++);
                    Workbooks.put(row, 0, n, st.center);
                    Workbooks.put(row, 1, report.unit(), st.text);
                    Workbooks.put(row, 2, report.name(), st.text);
                    Workbooks.put(row, 3, report.file(), st.text);
                    Workbooks.put(row, 4, f.paragraph() == null ? "全文" : TextFormatter.paragraphName(f.paragraph()), st.center);
                    Workbooks.put(row, 5, f.rule(), st.text);
                    Workbooks.put(row, 6, RuleCatalog.standard().contains(f.rule()) ? RuleCatalog.standard().get(f.rule()).name() : f.rule(), st.text);
                    Workbooks.put(row, 7, f.severity().chinese(), st.center);
                    Workbooks.put(row, 8, f.message(), st.wrap);
                    Workbooks.put(row, 9, quote(report.review(), f), st.wrap);
                }
                n++;
            }
            Workbooks.widths(all, 6, 22, 10, 24, 8, 26, 14, 8, 60, 50);
            all.createFreezePane(0, 1);
            all.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, k - 1), 0, FINDING_COLUMNS.length - 1));

            Sheet about = wb.createSheet(ABOUT);
            int a = 0;
            a = pair(about, a, st, "会议名称", meeting.name() == null ? "" : meeting.name());
            a = pair(about, a, st, "评审要求", meeting.profile());
            a = pair(about, a, st, "报告（份）", String.valueOf(meeting.reports().size()));
            GradeDistribution d = meeting.distribution();
            for (Map.Entry<Grade, Integer> e : d.counts().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                a = pair(about, a, st, "建议等次“" + e.getKey().label() + "”（份）", String.valueOf(e.getValue()));
            }
            a = pair(about, a, st, "“较好”及以下占比", Math.round(d.shareFairlyGoodOrBelow() * 100) + "%");
            if (d.warning() != null) a = pair(about, a, st, "提醒", d.warning());
            pair(about, a, st, "说明", GradeSuggestion.NOTE);
            Workbooks.widths(about, 24, 100);
            wb.write(out);
        }
    }

    private static int pair(Sheet s, int r, Workbooks st, String label, String value) {
        Row row = s.createRow(r);
        Workbooks.put(row, 0, label, st.header);
        Workbooks.put(row, 1, value, st.wrap);
        return r + 1;
    }

    private static long count(Review v, Severity s) {
        return v.findings().stream().filter(f -> f.severity() == s).count();
    }

    static boolean fromArchive(Finding f) {
        return RuleCatalog.standard().contains(f.rule()) && RuleCatalog.standard().get(f.rule()).archive();
    }

    /** The text a finding is about: its span, else its paragraph, cut; empty for a whole-report finding. */
    static String quote(Review review, Finding f) {
        if (f.paragraph() == null || f.paragraph() >= review.paragraphs().size()) return "";
        ParagraphResult p = review.paragraphs().get(f.paragraph());
        String t = p.text();
        if (f.span() != null && f.span().end() <= t.length() && f.span().start() < f.span().end()) t = t.substring(f.span().start(), f.span().end());
        return t.length() > MAX_QUOTE ? t.substring(0, MAX_QUOTE) + "……" : t;
    }

    static List<String> columns() {
        return List.of(SUMMARY_COLUMNS);
    }
}
