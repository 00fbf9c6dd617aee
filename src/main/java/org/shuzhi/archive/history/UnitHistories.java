package org.shuzhi.archive.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchivedParagraph;
import org.shuzhi.archive.ArchivedReport;

/** A unit's history as the archive keeps it: its reports and the facts derived from them when they were indexed. */
public final class UnitHistories {
    private UnitHistories() {}

    /** The history of a unit (any spelling); no years when the archive holds none of its reports. */
    public static UnitHistory of(Archive archive, String unit) {
        String key = archive.unitKey(unit);
        List<ArchivedReport> reports = key == null ? List.of() : archive.reports(key);
        if (reports.isEmpty()) return new UnitHistory(key, unit, List.of());
        List<ProblemFact> problems = archive.withSearcher(s -> HistoryFacts.problems(s, key));
        List<CommitmentFact> commitments = archive.withSearcher(s -> HistoryFacts.commitments(s, key));
        Map<Integer, ArchivedReport> byYear = new HashMap<>();
        for (ArchivedReport r : reports) byYear.put(r.year(), r);
        List<UnitHistory.Year> years = new ArrayList<>();
        for (ArchivedReport r : reports) {
            List<UnitHistory.Problem> ps = new ArrayList<>();
            for (ProblemFact p : problems) {
                if (p.year() != r.year()) continue;
                List<PassageRef> earlier = new ArrayList<>();
                for (ProblemFact.Earlier e : p.earlier()) {
                    ArchivedReport before = byYear.get(e.year());
                    earlier.add(new PassageRef(before.unit(), before.unitKey(), e.year(), e.paragraph(), text(before, e.paragraph()), e.similarity()));
                }
                ps.add(new UnitHistory.Problem(p.paragraph(), p.text(), p.theme(), earlier, p.recurrence(), p.raised()));
            }
            List<UnitHistory.Commitment> cs = new ArrayList<>();
            for (CommitmentFact c : commitments) {
                if (c.year() != r.year()) continue;
                UnitHistory.Answer answer = c.answer() < 0 ? null : new UnitHistory.Answer(c.answer(), text(r, c.answer()));
                cs.add(new UnitHistory.Commitment(c.planYear(), c.paragraph(), c.text(), c.status(), c.share(), answer, c.named(), c.missing()));
            }
            years.add(new UnitHistory.Year(r.year(), r.unit(), r.role(), ArchivedReport.fileName(r.file()), ps, cs, null));
        }
        ArchivedReport last = reports.get(reports.size() - 1);
        return new UnitHistory(last.unitKey(), last.unit(), years);
    }

    private static String text(ArchivedReport r, int paragraph) {
        for (ArchivedParagraph p : r.paragraphs()) if (p.index() == paragraph) return p.text();
        return "";
    }
}
