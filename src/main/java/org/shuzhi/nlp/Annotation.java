package org.shuzhi.nlp;

/**
 * One role on a span [start, end) of a paragraph's normalised text, and the annotation rule that set it
 * (as LanguageTool's tokens keep the disambiguation rule that changed them): what a rule reads, and why.
 */
public record Annotation(int start, int end, String text, Role role, String rule) {
    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }

    public boolean within(int from, int to) {
        return from <= start && end <= to;
    }

    public boolean sameSpan(Annotation other) {
        return start == other.start && end == other.end;
    }
}
