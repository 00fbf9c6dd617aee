package org.shuzhi.rules;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much a finding weighs: an error breaks a hard rule of the notice; a warning weakens the report. */
public enum Severity {
    ERROR, WARNING, INFO;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity of(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }

    public String chinese() {
        return switch (this) {
            case ERROR -> "严重";
            case WARNING -> "提醒";
            case INFO -> "提示";
        };
    }
}
