package org.shuzhi.document;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The parts of a duty report; also the classifier's labels. */
public enum Part {
    ACHIEVEMENT, PROBLEM, PLAN, OTHER;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Part of(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }

    /** The part's name as reviewers say it. */
    public String chinese() {
        return switch (this) {
            case ACHIEVEMENT -> "履职情况";
            case PROBLEM -> "存在问题";
            case PLAN -> "下一步打算";
            case OTHER -> "其他";
        };
    }
}
