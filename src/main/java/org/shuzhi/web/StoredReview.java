package org.shuzhi.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.shuzhi.meeting.MeetingReport;
import org.shuzhi.meeting.ReportFacts;
import org.shuzhi.review.Json;
import org.shuzhi.review.Review;
import org.shuzhi.server.BatchStore.Entry;
import org.shuzhi.server.BatchStore.Given;

/**
 * A batch report's review as the store keeps it: {@code {"review": …, "facts": …}}, the review exactly as
 * {@code review --format json} writes it and the facts the meeting documents need (achievements, problems
 * paired with plans), both from the one analysis at upload; read back into a {@link MeetingReport} with the
 * reviewer's 点评 and metadata, so that drafts, grades and documents never analyse a report again.
 */
public final class StoredReview {
    private StoredReview() {}

    public static byte[] bytes(MeetingReport r) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.set("review", Json.MAPPER.valueToTree(r.review()));
        node.set("facts", Json.MAPPER.valueToTree(r.facts()));
        try {
            return Json.MAPPER.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The review's JSON, as the page and {@code /api/review} show it. */
    public static JsonNode reviewJson(byte[] stored) throws IOException {
        JsonNode node = Json.MAPPER.readTree(stored);
        return node.has("review") ? node.get("review") : node;
    }

    public static MeetingReport report(Entry e, byte[] stored, byte[] original) {
        try {
            JsonNode node = Json.MAPPER.readTree(stored);
            Review review = Json.MAPPER.treeToValue(node.has("review") ? node.get("review") : node, Review.class);
            ReportFacts facts = node.has("facts") ? Json.MAPPER.treeToValue(node.get("facts"), ReportFacts.class) : ReportFacts.NONE;
            Given g = e.given();
            return new MeetingReport(e.file(), original, format(e.file()), review, facts, e.comment() == null ? null : e.comment().text(),
                    g == null ? null : g.unit(), g == null ? null : g.name(), g == null ? null : g.year());
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    /** docx, doc, pdf or txt by the name's extension, as the readers took it. */
    public static String format(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {"docx", "doc", "pdf"}) if (lower.endsWith("." + ext)) return ext;
        return "txt";
    }
}
