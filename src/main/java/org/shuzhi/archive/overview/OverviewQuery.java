package org.shuzhi.archive.overview;

/**
 * What the overview is asked for: a range of years (null: open), optionally one unit (any spelling), and how
 * many rows of its lists to give (the counts always cover everything).
 */
public record OverviewQuery(Integer from, Integer to, String unit, int limit) {
    public static final int DEFAULT_LIMIT = 200;

    public OverviewQuery {
        if (from != null && to != null && from > to) {
            Integer t = from;
            from = to;
            to = t;
        }
        if (unit != null && unit.isBlank()) unit = null;
        if (limit <= 0) limit = DEFAULT_LIMIT;
    }

    public static OverviewQuery all() {
        return new OverviewQuery(null, null, null, DEFAULT_LIMIT);
    }
}
