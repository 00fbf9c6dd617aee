package org.shuzhi.review;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.classify.Labeled;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.rules.Shares;

/**
 * Length and each label's share of it, counted as DOMAIN.md says (non-whitespace characters). Web-page
 * debris is not the writer's text: it counts neither in the length nor in any share.
 */
@JsonPropertyOrder({"chars", "shares"})
public record Stats(int chars, Map<String, Double> shares) {
    /** @param total the report's length without debris ({@code AnalyzedReport.chars()}) */
    public static Stats of(List<AnalyzedParagraph> paragraphs, List<Labeled> labels, int total) {
        Map<Part, Integer> counts = new LinkedHashMap<>();
        for (Part p : Part.values()) counts.put(p, 0);
        for (AnalyzedParagraph p : paragraphs) {
            if (!p.isDebris()) counts.merge(labels.get(p.index()).label(), p.chars(), Integer::sum);
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        for (Part p : Part.values()) shares.put(p.id(), total == 0 ? 0.0 : Shares.round(counts.get(p) / (double) total));
        return new Stats(total, shares);
    }

    public double share(Part part) {
        return shares.getOrDefault(part.id(), 0.0);
    }
}
