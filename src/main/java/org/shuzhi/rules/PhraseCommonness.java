package org.shuzhi.rules;

/**
 * How common a phrase is across the archive: in how many archived reports it stands. Stock formulations
 * stand in many reports; SLOGAN_HEAVY counts a phrase that many reports share as stock. It lives with the
 * rules so that the archive implements it and the rules never depend on the archive.
 */
public interface PhraseCommonness {
    /**
     * A phrase standing in this many reports (or this share of a large archive: 250 of 50,000) is stock:
     * more than one unit's years (a unit has at most four in the corpus). One bar for SLOGAN_HEAVY's common
     * phrases and the archive's stock pieces, which copies and repeats do not count.
     */
    int STOCK_REPORTS = 5;
    double STOCK_SHARE = 0.005;

    /** The number of reports that makes a phrase stock in an archive of {@code archiveReports}. */
    static int stockLimit(int archiveReports) {
        return Math.max(STOCK_REPORTS, (int) Math.ceil(STOCK_SHARE * archiveReports));
    }

    /** Number of archived reports whose text contains {@code phrase} (after normalisation). */
    int reportsContaining(String phrase);

    /** Number of reports in the archive. */
    int reports();

    /**
     * The same counts with the report of this unit and year left out, when the archive holds it: a report
     * reviewed after it was archived must not make its own phrases common. Without such a report (or
     * without unit or year) the counts are unchanged.
     */
    default PhraseCommonness excluding(String unit, Integer year) {
        return this;
    }

    /** The share of archived reports that contain the phrase, 0 when the archive is empty. */
    default double share(String phrase) {
        int n = reports();
        return n == 0 ? 0 : reportsContaining(phrase) / (double) n;
    }
}
