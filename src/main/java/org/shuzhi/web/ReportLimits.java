package org.shuzhi.web;

import java.text.NumberFormat;
import java.util.Locale;
import org.shuzhi.document.Paragraph;
import org.shuzhi.document.Report;

/**
 * How much one request may ask of the pipeline. A duty report has a few thousand characters; a file a
 * hundred times that is a mistake (a whole yearbook, a table dump) and would hold a request thread for
 * minutes, so it is refused before any analysis, with the limit named.
 */
final class ReportLimits {
    static final int MAX_CHARS = 100_000;

    private ReportLimits() {}

    static Report check(Report report) {
        long chars = 0;
        for (Paragraph p : report.paragraphs()) chars += p.text().codePointCount(0, p.text().length());
        check(report.file(), chars);
        return report;
    }

    static void check(String name, long chars) {
        if (chars <= MAX_CHARS) return;
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ROOT);
        throw new ApiError(413, "报告“" + name + "”共 " + n.format(chars) + " 字，超过每份 " + n.format(MAX_CHARS)
                + " 字的上限；述职报告一般只有几千字，请检查是否选错了文件");
    }
}
