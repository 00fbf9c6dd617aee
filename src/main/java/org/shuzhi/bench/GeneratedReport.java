package org.shuzhi.bench;

import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;

/** A synthetic report for the benchmark: its text and the metadata it is filed under. */
record GeneratedReport(String file, String unit, int year, String role, String text) {
    Report report() {
        return Report.fromText(file, text);
    }

    ReportMeta meta() {
        return new ReportMeta(unit, year, role);
    }
}
