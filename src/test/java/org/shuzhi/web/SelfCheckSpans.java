package org.shuzhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.TreeSet;
import java.util.function.Function;
import org.shuzhi.review.Json;
import org.shuzhi.review.TextScope;

/** What the self-check page marks on a paragraph sent alone, less what only a whole report is judged by. */
final class SelfCheckSpans {
    private SelfCheckSpans() {}

    /** "start+length NAME" per finding, NAME the finding's code given to {@code name} (the code itself, or its Chinese name). */
    static TreeSet<String> of(Http http, String text, Function<String, String> name) throws Exception {
        Http.Answer a = http.postJson("/api/review", Json.MAPPER.createObjectNode().put("text", text).toString());
        assertEquals(200, a.status(), a.body());
        TreeSet<String> out = new TreeSet<>();
        for (JsonNode f : a.json().get(0).get("findings")) {
            if (TextScope.wholeReportRules().contains(f.get("rule").asText())) continue;
            boolean whole = f.get("span").isNull();
            int s = whole ? 0 : f.at("/span/start").asInt(), e = whole ? text.length() : f.at("/span/end").asInt();
            out.add(s + "+" + (e - s) + " " + name.apply(f.get("rule").asText()));
        }
        return out;
    }
}
