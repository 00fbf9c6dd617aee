package org.shuzhi.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.shuzhi.document.Part;

/** Builds a unit's history: its problems per year, each linked to the same problem in earlier years. */
final class UnitHistories {
    private UnitHistories() {}

    static UnitHistory of(Archive archive, String unit) {
        List<ArchivedReport> reports = archive.reports(unit);
        if (reports.isEmpty()) return new UnitHistory(archive.unitKey(unit), unit, List.of());
        List<UnitHistory.Year> years = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            ArchivedReport r = reports.get(i);
            List<UnitHistory.Problem> problems = new ArrayList<>();
            for (ArchivedParagraph p : r.labelled(Part.PROBLEM)) {
                List<PassageRef> earlier = new ArrayList<>();
                var grams = PassageSimilarity.of(p.text());
                for (int j = i - 1; j >= 0; j--) {
                    ArchivedReport before = reports.get(j);
                    PassageRef best = null;
                    for (ArchivedParagraph q : before.labelled(Part.PROBLEM)) {
                        double sim = Similarities.repeat(grams, PassageSimilarity.of(q.text()));
                        if (sim >= Similarities.REPEAT_THRESHOLD && (best == null || sim > best.similarity())) {
                            best = new PassageRef(before.unit(), before.unitKey(), before.year(), q.index(), q.text(), Similarities.round(sim));
                        }
                    }
                    if (best != null) earlier.add(best);
                }
                earlier.sort(Comparator.comparingInt(PassageRef::year).reversed());
                problems.add(new UnitHistory.Problem(p.index(), p.text(), earlier));
            }
            years.add(new UnitHistory.Year(r.year(), r.unit(), r.role(), r.file(), problems));
        }
        ArchivedReport last = reports.get(reports.size() - 1);
        return new UnitHistory(last.unitKey(), last.unit(), years);
    }
}
