package org.shuzhi.archive.history;

import java.util.List;

/**
 * A checkable commitment of a unit's report (a plan with a deadline, a frequency, a figure or a named document)
 * and how the unit's next report answers it.
 *
 * @param year      the year of the report that had to answer it
 * @param planYear  the year of the report that made it
 * @param paragraph its paragraph in that report
 * @param share     the rarity-weighted share of its key terms that the answering report names (COMMITMENT_NOT_ADDRESSED's measure)
 * @param answer    the answering report's paragraph that names most of them, or -1
 */
public record CommitmentFact(int year, int planYear, int paragraph, String text, Status status, double share, int answer,
                             List<String> named, List<String> missing) {
    /** How far a commitment was answered. */
    public enum Status {
        /** Most of what it promised is named. */
        answered,
        /** Some of it is named, less than {@link UnitFacts#ANSWERED}. */
        partly,
        /** Hardly any of it: what COMMITMENT_NOT_ADDRESSED flags. */
        notAnswered
    }

    public CommitmentFact {
        named = List.copyOf(named);
        missing = List.copyOf(missing);
    }
}
