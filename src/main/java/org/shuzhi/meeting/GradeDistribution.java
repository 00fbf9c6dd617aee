package org.shuzhi.meeting;

import java.util.Map;

/**
 * How a batch's suggested grades fall: the count of each grade, the share graded 较好 or below, and the
 * warning of 004 when that share is under 15 % (null when it is met or the batch is empty).
 */
public record GradeDistribution(Map<Grade, Integer> counts, int total, double shareFairlyGoodOrBelow, String warning) {
    public GradeDistribution {
        counts = Map.copyOf(counts);
    }
}
