package org.shuzhi.review;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.shuzhi.rules.Finding;

/** The result of reviewing one report: exactly the JSON element of the command-line contract. */
@JsonPropertyOrder({"file", "meta", "stats", "paragraphs", "findings", "verdict"})
public record Review(String file, ReviewMeta meta, Stats stats, List<ParagraphResult> paragraphs,
                     List<Finding> findings, Verdict verdict) {
    public Review {
        paragraphs = List.copyOf(paragraphs);
        findings = List.copyOf(findings);
    }
}
