package org.shuzhi.meeting;

import java.util.Optional;

/**
 * The four grades of the meeting's on-the-spot scoring and their points (003: "好"票数×100+"较好"×80+
 * "一般"×60+"较差"×50). The overall evaluation of 003/004 says 差 where the scoring says 较差; the scoring's
 * word is kept here, as on the sheet.
 */
public enum Grade {
    GOOD("好", 100), FAIRLY_GOOD("较好", 80), AVERAGE("一般", 60), POOR("较差", 50);

    private final String label;
    private final int points;

    Grade(String label, int points) {
        this.label = label;
        this.points = points;
    }

    public String label() {
        return label;
    }

    public int points() {
        return points;
    }

    /** The grade a label names (差 taken as 较差), if any. */
    public static Optional<Grade> of(String label) {
        if (label == null) return Optional.empty();
        String s = label.strip();
        if (s.equals("差")) return Optional.of(POOR);
        for (Grade g : values()) if (g.label.equals(s)) return Optional.of(g);
        return Optional.empty();
    }

}
