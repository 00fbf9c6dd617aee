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
    public Finding {
        evidence = evidence == null ? Map.of() : evidence;
    }
}
