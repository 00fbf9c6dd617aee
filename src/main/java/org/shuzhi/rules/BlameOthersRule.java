package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.Token;

/**
 * BLAME_OTHERS: a problem paragraph whose subjects are members, subordinates or the team (部分党员……不高,
 * 班子成员……不够, 个别年轻同志……淡薄) with a fault as their predicate, and where the secretary never
 * appears (我, 本人; 自身, 自己 unless they point back to the group: "有的同志仗着自己是老员工"). A group
 * named as object (对党员的教育管理不严) is the secretary's own problem and does not count. The group is
 * read from the segmentation (a quantifier, the words of the group, a head for people: lexicon
 * people-heads), the fault from lexicon deficiency or a negated predicate (不参加, 不以为然, 与己无关).
 */
public final class BlameOthersRule implements Rule {
    /** Reflexives: the secretary's own part, unless a blamed group before them in the clause is whom they mean. */
    private static final Set<String> REFLEXIVE = Set.of("自身", "自己");

    @Override
    public String code() {
        return "BLAME_OTHERS";
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (AnalyzedParagraph p : ctx.content(Part.PROBLEM)) {
            // an analysis of causes explains the problems; it pins nothing on anyone
            if (ProblemWithoutPlanRule.isCauseAnalysis(p)) continue;
            List<TermMatcher.Match> subjects = new ArrayList<>();
            for (TermMatcher.Match m : TermMatcher.of("blame").find(p)) {
                if (isSubject(p, m) && faultFollows(p, m)) subjects.add(m);
            }
            for (TermMatcher.Match m : quantifiedGroups(p)) {
                if (subjects.stream().noneMatch(x -> x.start() < m.end() && m.start() < x.end()) && faultFollows(p, m)) subjects.add(m);
            }
            subjects.sort(java.util.Comparator.comparingInt(TermMatcher.Match::start));
            if (subjects.isEmpty() || speaksOfSelf(p, subjects)) continue;
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("blamed", TermMatcher.terms(subjects));
            evidence.put("self", false);
            TermMatcher.Match first = subjects.get(0);
            out.add(info().finding(p.index(), new Span(first.start(), first.end()),
                    "这段问题归到“" + String.join("”“", TermMatcher.terms(subjects)) + "”身上，没有讲书记本人的责任", evidence));
        }
        return out;
    }

    private static final Set<String> QUANTIFIERS = Set.of("部分", "个别", "少数", "有的", "一些", "极少数", "不少");

    /** "个别学生党支部", "少数律所": a quantifier and the noun group after it are other people. */
    static List<TermMatcher.Match> quantifiedGroups(AnalyzedParagraph p) {
        List<TermMatcher.Match> out = new ArrayList<>();
        List<Token> ts = p.tokens();
        for (int i = 0; i + 1 < ts.size(); i++) {
            if (!QUANTIFIERS.contains(ts.get(i).word())) continue;
            int j = i + 1;
            // the group's words: nouns, and adjectives or measure words that qualify the next noun (一些老党员,
            // 部分年轻同志, 个别台区经理党员 segmented 台|区经理|党员)
            while (j < ts.size() && j - i <= 5 && (ts.get(j).pos().startsWith("n")
                    || ((isModifier(ts.get(j)) || ts.get(j).pos().equals("q")) && j + 1 < ts.size()
                        && ts.get(j + 1).pos().startsWith("n") && ts.get(j + 1).start() == ts.get(j).end()))) j++;
            while (j > i + 1 && !isPeople(ts.get(j - 1))) j--; // 部分青年党员|理想信念: the group ends at its people
            if (j == i + 1) continue;
            TermMatcher.Match m = new TermMatcher.Match(p.normalized().substring(ts.get(i).start(), ts.get(j - 1).end()),
                    ts.get(i).start(), ts.get(j - 1).end());
            if (isSubject(p, m)) out.add(m);
        }
        return out;
    }

    /** An adjective or distinguishing word of one character or two (老, 年轻, 青年): part of the group's name. */
    private static boolean isModifier(Token t) {
        return (t.pos().equals("a") || t.pos().equals("b")) && t.word().length() <= 2;
    }

    /** Ends in a word for people or their organisation (党员, 负责人, 支部), not a thing (部分网格). */
    static boolean isPeople(Token t) {
        String w = t.word();
        return t.pos().equals("nnt") || t.pos().startsWith("nr") || Lexicon.set("blame").contains(w)
                || Lexicon.set("subjects-collective").contains(w) || Lexicon.set("actor-words").contains(w)
                || Lexicon.entries("people-heads").stream().anyMatch(w::endsWith);
    }

    /**
     * The secretary speaks of himself: 我 or 本人 (not the 我 of 我支部), or a reflexive (自己, 自身) that does
     * not point back to a blamed group standing before it in its clause.
     */
    static boolean speaksOfSelf(AnalyzedParagraph p, List<TermMatcher.Match> blamed) {
        if (!Signals.firstPerson(p).isEmpty()) return true;
        String text = p.normalized();
        for (Token t : p.tokens()) {
            if (!REFLEXIVE.contains(t.word())) continue;
            int clause = clauseStart(text, t.start());
            if (blamed.stream().noneMatch(b -> b.start() >= clause && b.end() <= t.start())) return true;
        }
        return false;
    }

    private static final String CLAUSE_ENDS = "。;；!?,，";

    private static int clauseStart(String text, int at) {
        int i = at;
        while (i > 0 && CLAUSE_ENDS.indexOf(text.charAt(i - 1)) < 0) i--;
        return i;
    }

    private static int clauseEnd(String text, int at) {
        int i = at;
        while (i < text.length() && CLAUSE_ENDS.indexOf(text.charAt(i)) < 0) i++;
        return i;
    }

    /** Amounts: after a noun (年轻党员少) they count people, a circumstance; after a verb (参加活动少) conduct. */
    private static final Set<String> AMOUNTS = Set.of("少", "多", "较少", "偏少", "较多", "不多", "过少");

    /**
     * The rest of the subject's clause names a fault of attitude or conduct (积极性不高, 应付了事), not a
     * circumstance (年龄偏大, 居住分散, 任务重), which is a cause, not blame.
     */
    static boolean faultFollows(AnalyzedParagraph p, TermMatcher.Match m) {
        String text = p.normalized();
        if (speaks(p, m.end())) return false;
        int end = clauseEnd(text, m.end());
        if (faults(p, m.end(), end).isEmpty() && end < text.length() && text.charAt(end) != '。' && continuesPredicate(p, end + 1)) {
            // "部分党员忙于课题，参加组织生活的积极性不高": the fault may sit in the next clause, when that
            // clause goes on about the group rather than naming a subject of its own (……，部分支部活动未能开展)
            end = clauseEnd(text, end + 1);
        }
        if (end - m.end() < 2) return false;
        List<TermMatcher.Match> circumstances = TermMatcher.of("causes-objective").find(p, m.end(), end);
        for (TermMatcher.Match d : faults(p, m.end(), end)) {
            if (circumstances.stream().anyMatch(c -> c.start() < d.end() && d.start() < c.end())) continue;
            if (AMOUNTS.contains(d.term()) && !afterVerb(p, d.start())) continue;
            return true;
        }
        return false;
    }

    /** Lexicon deficiency's shortcomings and negated predicates within [from, to). */
    static List<TermMatcher.Match> faults(AnalyzedParagraph p, int from, int to) {
        List<TermMatcher.Match> out = new ArrayList<>(TermMatcher.of("deficiency").find(p, from, to));
        out.addAll(negatedPredicates(p, from, to));
        return out;
    }

    private static final String NEGATIONS = "不没未无";

    /**
     * A predicate that denies what the group should do or feel: a verb, adjective or idiom that opens with a
     * negation (不以为然, 无关), or 不/没/未 before a verb or adjective (不参加, 不上心). Adverbs and conjunctions
     * that only open with one (不断, 无论, 不仅) are neither.
     */
    static List<TermMatcher.Match> negatedPredicates(AnalyzedParagraph p, int from, int to) {
        List<TermMatcher.Match> out = new ArrayList<>();
        List<Token> ts = p.tokens();
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (t.start() < from || t.end() > to || NEGATIONS.indexOf(t.word().charAt(0)) < 0) continue;
            // 不到一半, 不足三成 count people, a circumstance; 不便的 describes them; words in quotation marks
            // are someone's speech (有的老党员说“好久没收到学习材料了”), not the group's conduct
            Token next = i + 1 < ts.size() ? ts.get(i + 1) : null;
            if (next != null && (next.isNumeral() || next.pos().startsWith("ude"))) continue;
            if (quoted(p.normalized(), t.start())) continue;
            // 行动不便, 身体不好: a noun of their own before the negation is what it denies, a circumstance,
            // unless it is a quality of people (纪律观念, 服务意识) or the object of a preposition (对……服务不以为然)
            Token prev = i > 0 ? ts.get(i - 1) : null;
            if (prev != null && prev.end() == t.start() && (prev.pos().startsWith("n") || prev.pos().equals("vn"))
                    && !isPeople(prev) && !Lexicon.set("attribute-words").contains(prev.word())
                    && ts.subList(0, i).stream().noneMatch(x -> x.start() >= from && x.pos().startsWith("p"))) continue;
            String pos = t.pos();
            boolean predicate = t.word().length() > 1 && (pos.startsWith("v") || pos.startsWith("a") || pos.equals("i") || pos.endsWith("l"));
            boolean beforeVerb = pos.equals("d") && t.word().length() == 1 && i + 1 < ts.size() && ts.get(i + 1).end() <= to
                    && (ts.get(i + 1).pos().startsWith("v") || ts.get(i + 1).pos().startsWith("a")) && ts.get(i + 1).start() == t.end();
            if (predicate) out.add(new TermMatcher.Match(t.word(), t.start(), t.end()));
            else if (beforeVerb) out.add(new TermMatcher.Match(t.word() + ts.get(i + 1).word(), t.start(), ts.get(i + 1).end()));
        }
        return out;
    }

    /**
     * The group's predicate, after any adverbs, is a verb of saying (lexicon speech-verbs): a group that says or
     * reports something (有的老党员说……, 有的同志反映……) is a source, not a culprit.
     */
    private static boolean speaks(AnalyzedParagraph p, int at) {
        for (Token t : p.tokens()) {
            if (t.start() < at || t.pos().startsWith("d")) continue;
            return Lexicon.set("speech-verbs").contains(t.word());
        }
        return false;
    }

    private static boolean quoted(String text, int at) {
        int open = text.lastIndexOf('“', at), close = text.lastIndexOf('”', at);
        return open >= 0 && open > close;
    }

    /**
     * The clause at {@code at} goes on about the same subject: it opens with no noun or pronoun of its own,
     * or with a quality of the group (思想, 业务能力, 服务意识: nouns ending in lexicon attribute-words).
     */
    private static boolean continuesPredicate(AnalyzedParagraph p, int at) {
        Set<String> qualities = Lexicon.set("attribute-words");
        int nouns = 0;
        for (Token t : p.tokens()) {
            if (t.start() < at) continue;
            String pos = t.pos();
            boolean noun = pos.startsWith("n") || pos.equals("vn") || pos.startsWith("r") || QUANTIFIERS.contains(t.word());
            if (noun && qualities.contains(t.word())) return true;
            if (!noun || t.isPunctuation()) return nouns == 0;
            if (++nouns > 3) return false;
        }
        return false;
    }

    private static boolean afterVerb(AnalyzedParagraph p, int at) {
        Token prev = null;
        for (Token t : p.tokens()) {
            if (t.end() > at) break;
            prev = t;
        }
        return prev != null && prev.end() == at && prev.pos().startsWith("v");
    }

    static boolean isSubject(AnalyzedParagraph p, TermMatcher.Match m) {
        boolean quantified = QUANTIFIERS.stream().anyMatch(m.term()::startsWith);
        Set<String> alsoGroup = new java.util.HashSet<>(Lexicon.set("actor-words"));
        alsoGroup.addAll(Lexicon.set("attribute-words"));
        return Signals.isSubject(p, m, alsoGroup, quantified);
    }
}
