package org.shuzhi.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.shuzhi.archive.ArchiveEngine;
import org.shuzhi.archive.ArchivedParagraph;
import org.shuzhi.archive.ArchivedReport;
import org.shuzhi.archive.history.UnitHistory;
import org.shuzhi.document.Paragraph;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.Severity;

/**
 * Adds to a unit's history what only a review can tell: each year's report reviewed as it stands in the archive
 * (its length, shares, suggested outcome and findings), compared with the archive as the cross-report checks
 * always compare, with its own and earlier years only and never with itself. Reviews each year anew (a few
 * reports a unit, tens of milliseconds each), so what it shows follows today's rules and profile.
 */
public final class HistoryReviews {
    private HistoryReviews() {}

    public static UnitHistory of(UnitHistory history, ArchiveEngine archive, Reviewer reviewer) {
        return history.withReviews(y -> review(archive, reviewer, history.unitKey(), y).orElse(null));
    }

    static Optional<UnitHistory.YearReview> review(ArchiveEngine archive, Reviewer reviewer, String unitKey, UnitHistory.Year y) {
        Optional<ArchivedReport> stored = archive.report(unitKey, y.year());
        if (stored.isEmpty()) return Optional.empty();
        ArchivedReport r = stored.get();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (ArchivedParagraph p : r.paragraphs()) paragraphs.add(new Paragraph(p.index(), p.text(), false));
        Review review = reviewer.review(new Report(r.file(), paragraphs),
                new ReviewRequest(null, new ReportMeta(r.unit(), r.year(), r.role()), true));
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        bySeverity.put("total", review.findings().size());
        for (Severity s : Severity.values()) bySeverity.put(s.id(), 0);
        Map<String, Integer> byRule = new TreeMap<>();
        for (Finding f : review.findings()) {
            bySeverity.merge(f.severity().id(), 1, Integer::sum);
            byRule.merge(f.rule(), 1, Integer::sum);
        }
        return Optional.of(new UnitHistory.YearReview(review.stats().chars(), review.stats().shares(), review.verdict().outcome(),
                review.verdict().reasons(), bySeverity, byRule));
    }
}
