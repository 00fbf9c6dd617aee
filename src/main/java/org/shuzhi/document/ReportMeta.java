package org.shuzhi.document;

/** Who wrote a report and for which year; any part may be unknown (null). */
public record ReportMeta(String unit, Integer year, String role) {
    public static final ReportMeta UNKNOWN = new ReportMeta(null, null, null);

    /** Values of {@code override} win where they are set. */
    public ReportMeta overriddenBy(ReportMeta override) {
        if (override == null) return this;
        return new ReportMeta(
                override.unit() != null ? override.unit() : unit,
                override.year() != null ? override.year() : year,
                override.role() != null ? override.role() : role);
    }
}
