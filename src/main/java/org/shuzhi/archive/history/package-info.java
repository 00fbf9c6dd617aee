/**
 * A unit's history across its years: which of its problems it raised again (and since when), and whether each
 * report answered the commitments of the one before. Computed by the same measures as the cross-report checks
 * ({@link org.shuzhi.archive.RepeatedProblems}, {@link org.shuzhi.archive.Commitments}) whenever one of the
 * unit's reports changes, kept in the index as facts beside the reports ({@link
 * org.shuzhi.archive.history.HistoryFacts}, the archive's {@link org.shuzhi.archive.DerivedFacts}), and read
 * back for the unit page ({@link org.shuzhi.archive.history.UnitHistories}) and the overview.
 */
package org.shuzhi.archive.history;
