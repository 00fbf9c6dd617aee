package org.shuzhi.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The role annotation: one pass after segmentation that settles, for every rule, who acts in each clause
 * of a paragraph, as LanguageTool's disambiguator settles tokens' readings before any rule looks. Its
 * annotation rules run in order, each recording its id on what it sets:
 * <ol>
 * <li>{@code quoted}: spans in quotation or title marks are immune (the 我 of “我和祖国共成长” is no one);
 * <li>{@code clause-split}: clauses between ，。；：！？ outside quotes, after the numbering;
 * <li>mentions of people and their kind ({@link Mentions}): SELF, COLLECTIVE, GROUP;
 * <li>their function in the clause ({@link Functions}): SUBJECT, SOURCE, OBJECT, MODIFIER, EMBEDDED; the
 *     clause's subject, carried on to a following clause that has none of its own; statements of size;
 * <li>predicates ({@link Predicates}): CIRCUMSTANCE, NEGATED, FAULT;
 * <li>{@code reflexive-self}: 自己/自身 pointing back to no one else in its clause is the secretary.
 * </ol>
 * Lexicons feed the roles (subjects-collective, subjects-first-person, blame, people-heads, attribute-words,
 * speech-verbs, deficiency, causes-objective); the rules read roles, not words.
 */
public final class RoleAnnotator {
    private RoleAnnotator() {}

    /**
     * The annotation rules' ids, in the order they run; each annotation names the one that set it, and each has
     * its own examples (resource nlp/role-examples.yaml).
     */
    public static final List<String> RULES = List.of("quoted", "clause-split",
            "quantified-group", "collective-lexicon", "organisation-name", "attributive-verb", "possessive-unit", "whole-unit",
            "first-person", "group-lexicon", "group-name",
            "object-of-preposition", "object-of-verb", "coordinated", "embedded", "noun-modifier", "temporal-clause", "clause-subject",
            "speaker",
            "subject-continues", "size-statement",
            "circumstance-lexicon", "load", "unable", "negated-count", "own-noun-negated", "denies-having",
            "negated-predicate", "deficiency-lexicon", "harboured-tendency", "reflexive-self");

    /** The roles of a paragraph's normalised text, with its heading (or null) and its tokens. */
    public static Roles annotate(String text, Heading heading, List<Token> tokens) {
        Draft d = new Draft(text, tokens);
        quoted(d);
        clauses(d, heading);
        Mentions.annotate(d);
        Functions.annotate(d);
        Predicates.annotate(d);
        reflexives(d);
        return d.build();
    }

    /** Quotation and title marks; “ may close with 〞 as some Word and PDF exports write it. */
    private static final String OPENING = "“‘《「『\"〝";
    private static final String[] CLOSING = {"”〞〟", "’", "》", "」", "』", "\"", "〞〟”"};

    /** Quoted speech, names and titles: immune to every role. An unclosed mark quotes nothing. */
    private static void quoted(Draft d) {
        String text = d.text;
        for (int i = 0; i < text.length(); i++) {
            int kind = OPENING.indexOf(text.charAt(i));
            if (kind < 0) continue;
            int close = -1;
            for (int k = i + 1; k < text.length() && close < 0; k++) if (CLOSING[kind].indexOf(text.charAt(k)) >= 0) close = k;
            if (close < 0) continue;
            for (int k = i; k <= close; k++) d.immune[k] = true;
            d.annotate(i, close + 1, Role.QUOTED, "quoted");
            i = close;
        }
    }

    private static final String CLAUSE_ENDS = ",，;；:：。!！?？";
    private static final String SENTENCE_ENDS = ";；:：。!！?？";

    /** Clauses between clause punctuation outside quotes, from the end of the numbering (一是, （一）). */
    private static void clauses(Draft d, Heading heading) {
        String text = d.text;
        int first = 0, lead = -1;
        if (heading != null) {
            int at = heading.title().isEmpty() ? -1 : text.indexOf(heading.title());
            first = at < 0 ? Math.min(heading.contentStart(), text.length()) : at;
            if (heading.contentStart() > first && heading.contentStart() < text.length()) lead = heading.contentStart();
        }
        int start = first;
        for (int i = first; i <= text.length(); i++) {
            boolean end = i == text.length() || i == lead || (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0 && !d.immune[i]);
            if (!end) continue;
            boolean sentence = i == text.length() || i == lead || SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0;
            if (!text.substring(start, i).isBlank()) {
                d.clauses.add(new Draft.ClauseDraft(start, i, sentence));
                d.clauses.get(d.clauses.size() - 1).lead = i <= lead;
            }
            else if (sentence && !d.clauses.isEmpty()) d.clauses.get(d.clauses.size() - 1).sentenceEnd = true;
            start = i == lead ? i : i + 1;
        }
    }

    private static final Set<String> REFLEXIVE = Set.of("自己", "自身");

    /**
     * A reflexive is the secretary unless it points back to someone else: a person or organisation named
     * before it in its clause, or the clause's subject (own or carried on: "个别老教师党员安于现状，觉得自己快
     * 退休了" is about them).
     */
    private static void reflexives(Draft d) {
        for (int i = 0; i < d.tokens.size(); i++) {
            Token t = d.tokens.get(i);
            if (!REFLEXIVE.contains(t.word()) || d.immune(t)) continue;
            Draft.ClauseDraft c = d.clauseOf(t.start());
            boolean bound = d.mentions.stream().anyMatch(m -> !m.kinds.isEmpty() && !m.kinds.contains(Role.SELF)
                    && m.end(d) <= t.start() && (c == null || m.start(d) >= c.start));
            if (c != null && c.subject != null && !c.subject.kinds.contains(Role.SELF)) bound = true;
            if (!bound) d.annotate(t.start(), t.end(), Role.SELF, "reflexive-self");
        }
    }
}
