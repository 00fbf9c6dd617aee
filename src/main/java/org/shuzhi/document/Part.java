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

    /**
     * A part as a user names it: its id ({@code problem}), the short Chinese name (成绩, 问题, 打算, 其他) or
     * the name reviewers use ({@link #chinese()}: 履职情况, 存在问题, 下一步打算).
     *
     * @throws IllegalArgumentException naming none of them
     */
    public static Part named(String name) {
        String n = name.strip();
        for (Part p : values()) {
            if (p.id().equalsIgnoreCase(n) || p.shortChinese().equals(n) || p.chinese().equals(n)) return p;
        }
        throw new IllegalArgumentException("no part " + name);
    }

    /** The one word users say for the part: 成绩, 问题, 打算, 其他. */
    public String shortChinese() {
        return switch (this) {
            case ACHIEVEMENT -> "成绩";
            case PROBLEM -> "问题";
            case PLAN -> "打算";
            case OTHER -> "其他";
        };
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
