package org.shuzhi.meeting;

import java.util.List;

/**
 * One row of a rectification list (整改清单): a problem the report states, condensed to its statement, and
 * the plan that answers it (null when none does), with the deadlines and owners that plan names.
 */
public record Rectification(int problemParagraph, String problem, Integer planParagraph, String measure,
                            List<String> deadlines, List<String> owners) {
    /** What a row says where the report offers no measure. */
    public static final String NO_MEASURE = "未提出整改措施";

    public Rectification {
        deadlines = List.copyOf(deadlines);
        owners = List.copyOf(owners);
    }

    public boolean answered() {
        return planParagraph != null;
    }
}
