package org.shuzhi.archive.history;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A paragraph of another archived report that a passage matches, with how alike the two read (0..1, bonuses left out). */
@JsonPropertyOrder({"unit", "unitKey", "year", "paragraph", "text", "similarity"})
public record PassageRef(String unit, String unitKey, int year, int paragraph, String text, double similarity) {}
