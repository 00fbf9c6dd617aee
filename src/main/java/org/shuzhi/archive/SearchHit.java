package org.shuzhi.archive;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.shuzhi.document.Part;

/**
 * One archived paragraph found by a search.
 *
 * @param paragraph the paragraph's index in its report
 * @param highlight a snippet of {@code text} with the matched words marked
 */
@JsonPropertyOrder({"unit", "unitKey", "year", "paragraph", "label", "section", "score", "text", "highlight", "file"})
public record SearchHit(String unit, String unitKey, int year, int paragraph, Part label, Part section, float score,
                        String text, Highlight highlight, String file) {}
