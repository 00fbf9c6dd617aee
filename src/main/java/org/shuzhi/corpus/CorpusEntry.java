package org.shuzhi.corpus;

/** One report of the hand-written corpus, as the manifest lists it. */
public record CorpusEntry(String id, String unit, String kind, int year, String role, String quality, String style) {}
