package org.shuzhi.rules;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * One weakness found in a report.
 *
 * @param paragraph the paragraph index, or null for the whole report
 * @param span      the part of that paragraph's text it applies to, or null for the whole paragraph
 * @param message   Chinese, naming the requirement broken and where it comes from
 * @param evidence  what supports it: a share against its limit, the placeholder found, the earlier passage
 */
@JsonPropertyOrder({"rule", "severity", "paragraph", "span", "message", "evidence"})
public record Finding(String rule, Severity severity, Integer paragraph, Span span, String message,
                      Map<String, Object> evidence) {
    /**
     * The evidence key under which a whole-report finding says in a few words what it found ("问题部分占29%，
     * 要求不少于30%"): the verdict's reason quotes it, so a reason says why without the message.
     */
    public static final String SUMMARY = "summary";

    public Finding {
        evidence = evidence == null ? Map.of() : evidence;
    }
}
