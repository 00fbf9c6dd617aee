package org.shuzhi.rules;

/** A span [start, end) of a paragraph's original text. */
public record Span(int start, int end) {}
