package org.shuzhi.corpus;

/**
 * A link between corpus reports: REPEATED_PROBLEM, COMMITMENT_NOT_ADDRESSED, COPIED_FROM_OTHER_REPORT or
 * SELF_COPY. {@code paragraph} is null where the link is about the whole report (an ignored commitment).
 */
public record CrossReference(String id, Integer paragraph, String kind, String sourceId, int sourceParagraph) {}
