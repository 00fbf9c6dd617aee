package org.shuzhi.corpus;

import org.shuzhi.document.ReportMeta;

/**
 * One report of a corpus, as its manifest lists it ({@code id, unit, kind, year, role, quality, style} and,
 * in newer held-out sets, {@code name}). In a held-out set "-" in unit, year, role or name means that the
 * text does not give it, so the product should read null there: such fields are null.
 *
 * @param quality       good, mixed, weak, or {@value #NOT_A_REPORT} for a text that is no duty report
 * @param name          the secretary's name, null where the text gives none or the manifest has no such column
 * @param nameAnnotated whether the manifest has the name column at all (older sets do not)
 */
public record CorpusEntry(String id, String unit, String kind, Integer year, String role, String quality, String style,
                          String name, boolean nameAnnotated) {
    /** The quality of a text that is not a duty report (a 点评 speech, a news item): it should get no content findings. */
    public static final String NOT_A_REPORT = "not-report";

    public CorpusEntry(String id, String unit, String kind, Integer year, String role, String quality, String style) {
        this(id, unit, kind, year, role, quality, style, null, false);
    }

    /** Unit, year, role and name as annotated: what the product should read from the text. */
    public ReportMeta meta() {
        return new ReportMeta(unit, year, role, name);
    }

    public boolean notAReport() {
        return NOT_A_REPORT.equals(quality);
    }
}
