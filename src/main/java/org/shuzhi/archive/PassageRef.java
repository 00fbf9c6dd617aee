package org.shuzhi.archive;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A paragraph of another archived report that a passage matches, with the similarity that confirmed it. */
@JsonPropertyOrder({"unit", "unitKey", "year", "paragraph", "text", "similarity"})
public record PassageRef(String unit, String unitKey, int year, int paragraph, String text, double similarity) {}
