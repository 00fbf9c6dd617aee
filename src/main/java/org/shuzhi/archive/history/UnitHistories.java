package org.shuzhi.archive.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Comparator;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.shuzhi.archive.ArchiveEngine;
import org.shuzhi.archive.ArchiveSchema;
import org.shuzhi.archive.ArchiveSearcher;
import org.shuzhi.archive.ArchivedParagraph;
import org.shuzhi.archive.ArchivedReport;

/** A unit's history as the archive keeps it: its reports and the facts derived from them when they were indexed. */
public final class UnitHistories {
    private UnitHistories() {}

    /** The history of a unit (any spelling) on either engine; no years when the archive holds none of its reports. */
    public static UnitHistory of(ArchiveEngine archive, String unit) {
        String key = archive.unitKey(unit);
        if (key == null) return new UnitHistory(null, unit, List.of());
        return archive.read(s -> of(s, key, unit));
    }

    static UnitHistory of(ArchiveSearcher s, String key, String unit) throws java.io.IOException {
        List<ArchivedReport> reports = reports(s, key);
        if (reports.isEmpty()) return new UnitHistory(key, unit, List.of());
        HistoryFacts.Stored facts = HistoryFacts.of(s, key);
        List<ProblemFact> problems = facts.problems();
        List<CommitmentFact> commitments = facts.commitments();
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

    /** A unit's reports with their paragraphs, oldest first: one read of all the unit's documents, whatever its years. */
    static List<ArchivedReport> reports(ArchiveSearcher s, String key) throws java.io.IOException {
        Map<String, List<ArchivedParagraph>> paragraphs = new HashMap<>();
        List<Document> heads = new ArrayList<>();
        for (Document d : s.all(new TermQuery(new Term(ArchiveSchema.UNIT_KEY, key)))) {
            // a report's head has no paragraph number (the unit key is on reports and paragraphs only, not on facts)
            if (d.getField(ArchiveSchema.PARAGRAPH) == null) heads.add(d);
            else paragraphs.computeIfAbsent(d.get(ArchiveSchema.REPORT_ID), k -> new ArrayList<>()).add(ArchiveSchema.paragraph(d));
        }
        List<ArchivedReport> out = new ArrayList<>();
        for (Document head : heads) {
            List<ArchivedParagraph> ps = paragraphs.getOrDefault(head.get(ArchiveSchema.REPORT_ID), new ArrayList<>());
            ps.sort(Comparator.comparingInt(ArchivedParagraph::index));
            out.add(ArchiveSchema.report(head, ps));
        }
        out.sort(Comparator.comparingInt(ArchivedReport::year));
        return out;
    }

    private static String text(ArchivedReport r, int paragraph) {
        for (ArchivedParagraph p : r.paragraphs()) if (p.index() == paragraph) return p.text();
        return "";
    }
}
