package org.shuzhi.nlp;

import java.util.List;
import org.shuzhi.document.Paragraph;
import org.shuzhi.document.Part;

/**
 * A paragraph with everything the classifier and the rules read: the normalised text (same length as the
 * original), its heading if any, the part it sits in by the headings, sentences, tokens, its length,
 * what it is on the page ({@link Layout}: the report's text, a table of contents, web-page debris), and the
 * roles of its words ({@link RoleAnnotator}: who acts in each clause, faults, circumstances, quotes).
 */
public record AnalyzedParagraph(
        Paragraph paragraph,
        String normalized,
        Heading heading,
        Part section,
        List<Sentence> sentences,
        List<Token> tokens,
        int chars,
        Layout layout,
        Roles roles) {

    /** A paragraph of the report's own text, its roles annotated. */
    public AnalyzedParagraph(Paragraph paragraph, String normalized, Heading heading, Part section,
                             List<Sentence> sentences, List<Token> tokens, int chars) {
        this(paragraph, normalized, heading, section, sentences, tokens, chars, Layout.TEXT);
    }

    /** A paragraph in its place on the page, its roles annotated. */
    public AnalyzedParagraph(Paragraph paragraph, String normalized, Heading heading, Part section,
                             List<Sentence> sentences, List<Token> tokens, int chars, Layout layout) {
        this(paragraph, normalized, heading, section, sentences, tokens, chars, layout,
                RoleAnnotator.annotate(normalized, heading, tokens));
    }

    /** Web-page debris: not the writer's text, so no length, no share, no finding. */
    public boolean isDebris() {
        return layout == Layout.DEBRIS;
    }

    /**
     * A line that states nothing by itself, whatever its words lean to: an outer heading alone that is no
     * sentence ("一、存在的问题", "共学共建，让支部“强”起来", "党建品牌建设"), a table of contents, web-page
     * debris. Inner numbered lines ("（一）加强理论武装", "1.每月开展一次主题党日") are left to what they say:
     * a plan's items often come without a full stop.
     */
    public boolean isLayoutOnly() {
        return layout != Layout.TEXT || (isHeadingOnly() && heading.level() <= 1 && !endsSentence());
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
