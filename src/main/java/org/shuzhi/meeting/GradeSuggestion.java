package org.shuzhi.meeting;

import java.util.List;

/**
 * A suggested grade with its reasons and the points it rests on. Always shown as a suggestion
 * ({@link #NOTE}): the meeting grades by its own scoring.
 */
public record GradeSuggestion(Grade grade, int points, List<String> reasons) {
    public static final String NOTE = "建议等次，由评审发现推出，仅供参考；等次以述职评议会测评和党委（党组）研究确定的为准";

    public GradeSuggestion {
        reasons = List.copyOf(reasons);
    }
}
