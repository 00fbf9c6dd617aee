package org.shuzhi.meeting;

import java.util.List;

/**
 * One attendee's filled scoring sheet: the file, the attendee's group (领导 or 其他与会人员) and a ballot
 * per secretary.
 */
public record FilledSheet(String file, String group, List<Ballot> ballots) {
    public FilledSheet {
        ballots = List.copyOf(ballots);
    }

    /**
     * One row: the secretary's number, unit and name as printed, the grade marked (null when the row is
     * no valid vote: no mark, or more than one).
     */
    public record Ballot(int number, String unit, String name, Grade grade, int row) {}
}
