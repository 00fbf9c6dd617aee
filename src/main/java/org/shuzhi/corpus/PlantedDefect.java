package org.shuzhi.corpus;

/** A weakness annotated in the corpus; {@code paragraph} is null for a whole-report defect. */
public record PlantedDefect(String id, Integer paragraph, String rule, String note) {}
