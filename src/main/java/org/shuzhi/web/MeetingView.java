package org.shuzhi.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.meeting.Grade;
import org.shuzhi.meeting.GradeDistribution;
import org.shuzhi.meeting.GradeSuggestion;
import org.shuzhi.server.BatchStore.Batch;
import org.shuzhi.server.BatchStore.Entry;

/**
 * The meeting pack's parts of a batch view in the page's words: a suggested grade by its label with its
 * reasons and the note that it is a suggestion, the batch's distribution with 004's warning, and the
 * documents to download with their Chinese file names.
 */
final class MeetingView {
    private MeetingView() {}

    static Map<String, Object> suggestion(GradeSuggestion s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("grade", s.grade().label());
        out.put("points", s.points());
        out.put("reasons", s.reasons());
        out.put("note", GradeSuggestion.NOTE);
        return out;
    }

    static Map<String, Object> distribution(GradeDistribution d) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Grade g : Grade.values()) counts.put(g.label(), d.counts().getOrDefault(g, 0));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("distribution", counts);
        out.put("total", d.total());
        out.put("shareFairlyGoodOrBelow", d.shareFairlyGoodOrBelow());
        out.put("warning", d.warning());
        out.put("note", GradeSuggestion.NOTE);
        return out;
    }

    /** The batch's documents: name (the download's file name), label and URL. */
    static List<Map<String, String>> documents(Batch b) {
        List<Map<String, String>> out = new ArrayList<>();
        for (String name : BatchDocuments.names()) {
            out.add(Map.of("name", name, "label", name, "url", "/api/batches/" + b.id() + "/documents/" + encode(name)));
        }
        return out;
    }

    /** The report's own documents: its annotated .docx (批注). */
    static List<Map<String, String>> documents(Batch b, Entry e) {
        if (!BatchDocuments.annotates()) return List.of();
        return List.of(Map.of("name", BatchDocuments.annotatedName(e.file()), "label", "批注稿（Word）",
                "url", "/api/batches/" + b.id() + "/reports/" + e.id() + "/annotated.docx"));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
