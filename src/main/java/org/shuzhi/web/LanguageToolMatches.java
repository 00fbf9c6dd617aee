package org.shuzhi.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.shuzhi.document.Paragraph;
import org.shuzhi.document.Report;
import org.shuzhi.nlp.Sentence;
import org.shuzhi.nlp.SentenceSplitter;
import org.shuzhi.nlp.TextNormalizer;
import org.shuzhi.review.Json;
import org.shuzhi.review.Review;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.RuleCatalog;
import org.shuzhi.rules.RuleInfo;
import org.shuzhi.rules.Severity;

/**
 * Writes a review as LanguageTool's answer to {@code /v2/check}, modelled on its
 * {@code RuleMatchesAsJsonSerializer}: {@code software}, {@code warnings}, {@code language} and one match per
 * finding with {@code message}, {@code shortMessage}, {@code replacements}, {@code offset} and
 * {@code length} (UTF-16 units of the text as sent, markup included), {@code context}, {@code sentence},
 * {@code type} and {@code rule{id, description, issueType, category{id, name}}}. The rule id is the finding's
 * code, the category the catalog's. A finding's span is its paragraph's start plus the span; a finding
 * about a whole paragraph covers the paragraph; a finding about the whole report (sent whole) is placed on
 * its first paragraph, the title, since the protocol has no place for a document as a whole.
 */
final class LanguageToolMatches {
    /** Characters of context on either side of a match, as LanguageTool's server gives. */
    static final int CONTEXT_CHARS = 40;
    static final String ELLIPSIS = "...";
    /** These are matters of content and style, not of spelling or grammar (LanguageTool's ITS issue types). */
    static final String ISSUE_TYPE = "style";

    private LanguageToolMatches() {}

    /** @param review null when there was no text to review */
    static ObjectNode answer(AnnotatedText text, Report report, Review review) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        ObjectNode software = out.putObject("software");
        software.put("name", "shuzhi");
        software.put("version", version());
        software.put("apiVersion", 1);
        software.put("premium", false);
        software.put("status", "");
        out.putObject("warnings").put("incompleteResults", false);
        ObjectNode language = out.putObject("language");
        language.put("name", LanguageToolApi.NAME);
        language.put("code", LanguageToolApi.CODE);
        ObjectNode detected = language.putObject("detectedLanguage");
        detected.put("name", LanguageToolApi.NAME);
        detected.put("code", LanguageToolApi.CODE);
        detected.put("confidence", 1.0);
        List<ObjectNode> matches = new ArrayList<>();
        if (review != null) for (Finding f : review.findings()) matches.add(match(f, text, report));
        // in the order of the text, as LanguageTool answers
        matches.sort(Comparator.comparingInt((ObjectNode m) -> m.get("offset").asInt()).thenComparingInt(m -> m.get("length").asInt()));
        out.putArray("matches").addAll(matches);
        return out;
    }

    private static ObjectNode match(Finding f, AnnotatedText text, Report report) {
        ObjectNode m = Json.MAPPER.createObjectNode();
        RuleInfo info = RuleCatalog.standard().get(f.rule());
        Paragraph p = report.paragraphs().get(f.paragraph() == null ? 0 : f.paragraph());
        if (!p.hasStart()) throw new IllegalStateException("paragraph " + p.index() + " does not know where it starts in the text sent");
        int from = f.paragraph() == null || f.span() == null ? 0 : f.span().start();
        int to = f.paragraph() == null || f.span() == null ? p.text().length() : f.span().end();
        int[] span = text.originalSpan(p.start() + from, p.start() + to);
        m.put("message", f.message());
        m.put("shortMessage", info.name());
        m.putArray("replacements");
        m.put("offset", span[0]);
        m.put("length", span[1] - span[0]);
        context(m.putObject("context"), text.original(), span[0], span[1]);
        m.put("sentence", sentence(p, from));
        m.putObject("type").put("typeName", f.severity() == Severity.ERROR ? "Other" : "Hint");
        ObjectNode rule = m.putObject("rule");
        rule.put("id", f.rule());
        rule.put("description", info.name());
        rule.put("issueType", ISSUE_TYPE);
        ObjectNode category = rule.putObject("category");
        category.put("id", info.category().id());
        category.put("name", info.category().name());
        return m;
    }

    /**
     * Up to {@value #CONTEXT_CHARS} characters either side of the match, "..." where cut, line breaks read
     * as spaces (each one character, so the offsets hold), as LanguageTool's ContextTools writes it.
     */
    static void context(ObjectNode c, String original, int start, int end) {
        int from = Math.max(0, start - CONTEXT_CHARS), to = Math.min(original.length(), end + CONTEXT_CHARS);
        String prefix = from > 0 ? ELLIPSIS : "", suffix = to < original.length() ? ELLIPSIS : "";
        String body = original.substring(from, to).replaceAll("[\\r\\n\\t\\u2028\\u2029]", " ");
        c.put("text", prefix + body + suffix);
        c.put("offset", prefix.length() + start - from);
        c.put("length", end - start);
    }

    /** The sentence of the paragraph in which the match begins. */
    private static String sentence(Paragraph p, int offset) {
        for (Sentence s : SentenceSplitter.split(p.text(), TextNormalizer.normalize(p.text()))) {
            if (offset >= s.start() && offset < s.end()) return s.text().strip();
        }
        return p.text();
    }

    private static String version() {
        String v = LanguageToolMatches.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
