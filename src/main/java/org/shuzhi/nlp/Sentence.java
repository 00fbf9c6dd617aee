package org.shuzhi.nlp;

/** A sentence as a span [start, end) of its paragraph's text. */
public record Sentence(int start, int end, String text) {}
