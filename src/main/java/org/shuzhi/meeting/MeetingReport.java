package org.shuzhi.meeting;

import org.shuzhi.review.Review;

/**
 * One report of a meeting: the file's display name, its original bytes and format (for the annotated
 * .docx; null when the report came as pasted text), its review, the facts the documents need, and what the
 * reviewer changed: the edited 点评 (null: the draft stands) and unit, name and year where the reader got
 * them wrong (null: as the review read them).
 *
 * @param format the original's kind by extension: docx, doc, pdf or txt
 */
public record MeetingReport(String file, byte[] original, String format, Review review, ReportFacts facts,
                            String comment, String unitOverride, String nameOverride, Integer yearOverride) {
    public MeetingReport {
        if (review == null) throw new IllegalArgumentException("review");
        facts = facts == null ? ReportFacts.NONE : facts;
    }

    public MeetingReport(String file, byte[] original, String format, Review review, ReportFacts facts) {
        this(file, original, format, review, facts, null, null, null, null);
    }

    public String unit() {
        return unitOverride != null ? unitOverride : review.meta().unit();
    }

    public String name() {
        return nameOverride != null ? nameOverride : review.meta().name();
    }

    public Integer year() {
        return yearOverride != null ? yearOverride : review.meta().year();
    }

    /** The file name without its folder and extension: what the documents call the report when unit and name are unknown. */
    public String baseName() {
        String f = file.replace('\\', '/');
        f = f.substring(f.lastIndexOf('/') + 1);
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }

    /** Who reported, for a table's row: unit and name as known, else the file's name. */
    public String label() {
        String u = unit(), n = name();
        if (u == null && n == null) return baseName();
        if (u == null) return n;
        return n == null ? u : u + " " + n;
    }

    public MeetingReport withComment(String edited) {
        return new MeetingReport(file, original, format, review, facts, edited, unitOverride, nameOverride, yearOverride);
    }

    public MeetingReport withOverrides(String unit, String name, Integer year) {
        return new MeetingReport(file, original, format, review, facts, comment, unit, name, year);
    }
}
