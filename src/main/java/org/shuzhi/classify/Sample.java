package org.shuzhi.classify;

import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;

/** One labelled corpus paragraph with what evaluation needs: its report, its unit and its place in the report. */
public record Sample(String reportId, String unit, AnalyzedParagraph paragraph, double position, Part label) {}
