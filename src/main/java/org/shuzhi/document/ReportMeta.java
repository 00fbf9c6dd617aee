package org.shuzhi.document;

/**
 * Who wrote a report and for which year; any part may be unknown (null).
 *
 * @param unit the party organisation as its title or byline names it (中共 dropped), never a fragment
 * @param year the year the report is about
 * @param role the secretary's role in the title's own words where it says one (党委书记, 党支部书记 …)
 * @param name the secretary's name as written (masked names such as 张XX or *** kept as they are)
 */
public record ReportMeta(String unit, Integer year, String role, String name) {
    public static final ReportMeta UNKNOWN = new ReportMeta(null, null, null, null);

    /** Unit, year and role only (the name unknown): what --unit/--year/--role give. */
    public ReportMeta(String unit, Integer year, String role) {
        this(unit, year, role, null);
    }

    /** Values of {@code override} win where they are set. */
    public ReportMeta overriddenBy(ReportMeta override) {
        if (override == null) return this;
        return new ReportMeta(
                override.unit() != null ? override.unit() : unit,
                override.year() != null ? override.year() : year,
                override.role() != null ? override.role() : role,
                override.name() != null ? override.name() : name);
    }
}
