package org.shuzhi.nlp;

import java.util.List;
import org.shuzhi.document.Paragraph;
import org.shuzhi.document.Part;

/**
 * A paragraph with everything the classifier and the rules read: the normalised text (same length as the
 * original), its heading if any, the part it sits in by the headings, sentences, tokens, its length, and
 * the roles of its words ({@link RoleAnnotator}: who acts in each clause, faults, circumstances, quotes).
 */
public record AnalyzedParagraph(
        Paragraph paragraph,
        String normalized,
        Heading heading,
        Part section,
        List<Sentence> sentences,
        List<Token> tokens,
        int chars,
        Roles roles) {

    /** Annotates the roles of the paragraph's tokens. */
    public AnalyzedParagraph(Paragraph paragraph, String normalized, Heading heading, Part section,
                             List<Sentence> sentences, List<Token> tokens, int chars) {
        this(paragraph, normalized, heading, section, sentences, tokens, chars, RoleAnnotator.annotate(normalized, heading, tokens));
    }

    public int index() {
        return paragraph.index();
    }

    public String text() {
        return paragraph.text();
    }

    /** True for a line that is only a heading, with no content after it. */
    public boolean isHeadingOnly() {
        return heading != null && !heading.inline(normalized.length());
    }

    /** True when the paragraph ends a sentence (。！？；…), as a statement does and a label or figure does not. */
    public boolean endsSentence() {
        String t = normalized.strip();
        return !t.isEmpty() && "。!?;…".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** The normalised text after any heading or lead phrase: what the paragraph says. */
    public String content() {
        return heading == null ? normalized : normalized.substring(Math.min(heading.contentStart(), normalized.length()));
    }
}
