package org.shuzhi.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Builds a unit's history: its problems per year, each linked to the same problem in earlier years. */
final class UnitHistories {
    /** The earlier years a problem is compared with, as in the cross-report checks. */
    private static final int MAX_EARLIER_YEARS = 10;

    private record Earlier(ArchivedReport report, ArchivedParagraph paragraph, Passage passage) {}

    private UnitHistories() {}

    static UnitHistory of(Archive archive, String unit) {
        List<ArchivedReport> reports = archive.reports(unit);
        if (reports.isEmpty()) return new UnitHistory(archive.unitKey(unit), unit, List.of());
        return archive.withSearcher(s -> {
            ArchiveStatistics stats = new ArchiveStatistics(s, null);
            List<Earlier> all = new ArrayList<>();
            for (ArchivedReport r : reports) {
                for (ArchivedParagraph p : r.paragraphs()) {
                    if (isProblem(p)) all.add(new Earlier(r, p, Passage.of(p.text())));
                }
            }
            var history = RepeatedProblems.history(all, e -> e.report().year(), Earlier::passage, stats,
                    Similarities.Thresholds.DEFAULT.repeat(), MAX_EARLIER_YEARS);
            List<UnitHistory.Year> years = new ArrayList<>();
            for (ArchivedReport r : reports) {
                List<UnitHistory.Problem> problems = new ArrayList<>();
                for (Earlier e : all) {
                    if (e.report() != r) continue;
                    var raised = history.get(e);
                    List<PassageRef> refs = new ArrayList<>();
                    for (var m : raised.matches()) {
                        ArchivedReport before = m.earlier().report();
                        refs.add(new PassageRef(before.unit(), before.unitKey(), before.year(), m.earlier().paragraph().index(),
                                m.earlier().paragraph().text(), Similarities.round(m.repeat().similarity())));
                    }
                    refs.sort(Comparator.comparingInt(PassageRef::year).reversed());
                    problems.add(new UnitHistory.Problem(e.paragraph().index(), e.paragraph().text(), refs, raised.recurrence()));
                }
                years.add(new UnitHistory.Year(r.year(), r.unit(), r.role(), ArchivedReport.fileName(r.file()), problems));
            }
            ArchivedReport last = reports.get(reports.size() - 1);
            return new UnitHistory(last.unitKey(), last.unit(), years);
        });
    }

    /** A problem paragraph, as the cross-report checks see one (by label or part; cause analyses excluded). */
    private static boolean isProblem(ArchivedParagraph p) {
        return Similarities.isArchivedProblem(p.label(), p.section(), Passage.of(p.text()));
    }
}
