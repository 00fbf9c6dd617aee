package org.shuzhi.archive.history;

import java.util.List;

/**
 * A problem paragraph of a unit's report as its history sees it.
 *
 * @param raised     every year it has been raised, this one included, following the chain of repeats (2023
 *                   repeats 2022, which repeated 2021: 2021, 2022, 2023), oldest first
 * @param earlier    the earlier problems it repeats, latest year first
 * @param repeatedIn the first later year whose problem repeats it, or {@link Integer#MAX_VALUE}
 */
public record ProblemFact(int year, int paragraph, String text, String theme, List<Integer> raised, List<Earlier> earlier,
                          int repeatedIn) {
    /** An earlier problem of the unit that this one repeats, and how alike the two read (0..1). */
    public record Earlier(int year, int paragraph, double similarity) {}

    public ProblemFact {
        raised = List.copyOf(raised);
        earlier = List.copyOf(earlier);
    }

    public int recurrence() {
        return raised.size();
    }
}
