package org.shuzhi.rules;

import java.util.Locale;

/**
 * A part's share of the report as JSON carries it and as people read it. The percentage is taken from the
 * three-decimal share, so the summary and a finding's message never show two figures for one share
 * (0.24495 would read 24% unrounded but 25% from the JSON's 0.245).
 */
public final class Shares {
    private Shares() {}

    /** To three decimals: the share the review's JSON carries. */
    public static double round(double share) {
        return Math.round(share * 1000) / 1000.0;
    }

    /** "25%": the whole percent of the three-decimal share. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", round(share) * 100);
    }
}
