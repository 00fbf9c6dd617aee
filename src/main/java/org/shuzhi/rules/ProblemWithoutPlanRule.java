package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.Token;

/**
 * PROBLEM_WITHOUT_PLAN: a problem paragraph that no plan paragraph answers. A plan answers a problem
 * when both are about the same topic (lexicon problem-topics: 理论学习, 发展党员, 组织生活 ...); a problem
 * naming no known topic is answered by a plan sharing its rarer content words (nouns, verbs, adjectives
 * of two characters or more, not the generic words of lexicon generic-words). A rectification table's row
 * is a plan answering its own problem ({@link TableRows}).
 */
public final class ProblemWithoutPlanRule implements Rule {
    static final double MIN_SCORE = Double.parseDouble(System.getProperty("shuzhi.pwp", "1.5"));

    @Override
    public String code() {
        return "PROBLEM_WITHOUT_PLAN";
    }

    /** A problem is answered by the report's plans: a paragraph alone has none. */
    @Override
    public boolean needsWholeReport() {
        return true;
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        List<AnalyzedParagraph> planParagraphs = ctx.content(Part.PLAN);
        List<Set<String>> plans = new ArrayList<>();
        List<Map<String, List<String>>> planTopics = new ArrayList<>();
        for (AnalyzedParagraph p : planParagraphs) {
            plans.add(ownKeywords(p));
            planTopics.add(ProblemTopics.standard().of(p));
        }
        addTableRows(ctx, planParagraphs, plans, planTopics);
        Map<String, Integer> df = documentFrequencies(ctx);
        List<AnalyzedParagraph> problems = ctx.content(Part.PROBLEM).stream()
                .filter(p -> !TableRows.answered(ctx, p) && !isCauseAnalysis(p) && !announcesList(p) && !keywords(p).isEmpty()).toList();
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            AnalyzedParagraph p = problems.get(i);
            Map<String, List<String>> topics = leadTopics(p);
            Set<String> words = keywords(p);
            // answered when a plan takes up the problem's topic, or shares its rarer words
            if (planTopics.stream().anyMatch(t -> t.keySet().stream().anyMatch(topics::containsKey))) continue;
            int counterpart = counterpart(i, problems, planParagraphs);
            if (counterpart >= 0 && answersInOrder(p, words, plans.get(counterpart), planTopics.get(counterpart))) continue;
            List<String> shared = closestShared(words, plans, df, ctx);
            if (shared == null) continue;
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("plans", plans.size());
            evidence.put("topics", topics);
            evidence.put("keywords", words.stream().limit(8).toList());
            evidence.put("closestPlanShares", shared);
            String about = topics.isEmpty() ? String.join("、", words.stream().limit(4).toList()) : String.join("、", topics.keySet());
            out.add(info().finding(p.index(), null, plans.isEmpty()
                    ? "报告没有下一步打算，这个问题没有整改措施"
                    : "下一步打算中没有针对这个问题（" + about + "）的整改措施", evidence));
        }
        return out;
    }

    /**
     * A rectification table's measures as plans, however short, each answering its row's problem too: a
     * problem told in the text is answered by a row about the same topic or words. A measure already among
     * the plan paragraphs gains its row's problem; the others are added after them (so that
     * {@link #counterpart} still indexes the plan paragraphs).
     */
    static void addTableRows(RuleContext ctx, List<AnalyzedParagraph> planParagraphs, List<Set<String>> plans,
                             List<Map<String, List<String>>> planTopics) {
        for (AnalyzedParagraph measure : TableRows.measures(ctx)) {
            int at = planParagraphs.indexOf(measure);
            Set<String> words = new LinkedHashSet<>(at < 0 ? ownKeywords(measure) : plans.get(at));
            Map<String, List<String>> topics = new LinkedHashMap<>(at < 0 ? ProblemTopics.standard().of(measure) : planTopics.get(at));
            for (AnalyzedParagraph problem : TableRows.problems(ctx, measure)) {
                words.addAll(keywords(problem));
                ProblemTopics.standard().of(problem).forEach(topics::putIfAbsent);
            }
            if (at < 0) {
                plans.add(words);
                planTopics.add(topics);
            } else {
                plans.set(at, words);
                planTopics.set(at, topics);
            }
        }
    }

    /**
     * The plan that stands against the i-th problem in a numbered or one-for-one list: the only plan with
     * the problem's number ("三是……" against "3.……"), else, with as many plans as problems, the plan at
     * the same place; -1 when there is none.
     */
    static int counterpart(int i, List<AnalyzedParagraph> problems, List<AnalyzedParagraph> plans) {
        Integer number = ordinal(problems.get(i));
        if (number != null) {
            List<Integer> same = new ArrayList<>();
            for (int k = 0; k < plans.size(); k++) if (number.equals(ordinal(plans.get(k)))) same.add(k);
            if (same.size() == 1) return same.get(0);
        }
        return problems.size() >= 2 && problems.size() == plans.size() ? i : -1;
    }

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile(
            "^\\s*(?:[(（]([一二三四五六七八九十\\d]{1,3})[)）]|第?([一二三四五六七八九十]{1,3}|\\d{1,2})(?:是|、|\\.|,|，|条|项))");
    private static final String NUMERALS = "一二三四五六七八九十";

    /** The number a paragraph opens with (一是, 3., （二）, 第三，), or null. */
    static Integer ordinal(AnalyzedParagraph p) {
        var m = ORDINAL.matcher(p.normalized());
        if (!m.find()) return null;
        String n = m.group(1) != null ? m.group(1) : m.group(2);
        if (n.chars().allMatch(Character::isDigit)) return Integer.valueOf(n);
        if (n.length() == 1) return NUMERALS.indexOf(n) + 1;
        if (n.startsWith("十")) return 10 + NUMERALS.indexOf(n.charAt(1)) + 1;
        return null;
    }

    /**
     * The plan standing at the problem's place in a one-for-one list answers it when it takes up any of
     * its topics or any of its content words: writers who number plans against problems keep the order,
     * and the plan then often names only part of the problem (非党员员工 → 面向全体员工的党课).
     */
    static boolean answersInOrder(AnalyzedParagraph problem, Set<String> words, Set<String> plan, Map<String, List<String>> planTopics) {
        if (ProblemTopics.standard().of(problem).keySet().stream().anyMatch(planTopics::containsKey)) return true;
        return words.stream().anyMatch(plan::contains);
    }

    /**
     * What the problem is about: the topics its first sentence names ("三是发展党员质量把关不够严。"), or
     * the whole paragraph's when the first sentence names none. Topics named only in passing later
     * (缺席组织生活) are details, not the problem.
     */
    static Map<String, List<String>> leadTopics(AnalyzedParagraph p) {
        int[] lead = lead(p);
        Map<String, List<String>> topics = ProblemTopics.standard().of(p, lead[0], lead[1]);
        return topics.isEmpty() ? ProblemTopics.standard().of(p) : topics;
    }

    /**
     * Where the problem is stated: its first sentence after the numbering ("三是发展党员质量把关不够严。")
     * when more follows, else the whole paragraph. What follows are details and examples.
     */
    static int[] lead(AnalyzedParagraph p) {
        int from = Signals.afterNumbering(p);
        int to = p.normalized().length();
        for (var s : p.sentences()) {
            if (s.end() <= from) continue;
            // a lead long enough to say something, not "说到不足，主要有三条。"
            if (s.end() < to && keywords(p, Math.max(from, s.start()), s.end()).size() >= 2) return new int[] {Math.max(from, s.start()), s.end()};
            break;
        }
        return new int[] {from, to};
    }

    /** In how many content paragraphs each keyword stands: a word running through the report says little. */
    static Map<String, Integer> documentFrequencies(RuleContext ctx) {
        Map<String, Integer> df = new java.util.HashMap<>();
        for (AnalyzedParagraph p : ctx.paragraphs()) {
            if (!ctx.isContent(p)) continue;
            for (String w : keywords(p)) df.merge(w, 1, Integer::sum);
        }
        return df;
    }

    /** For a problem naming no known topic: the words the closest plan shares, or null if a plan answers it. */
    static List<String> closestShared(Set<String> words, List<Set<String>> plans, Map<String, Integer> df, RuleContext ctx) {

        int n = (int) ctx.paragraphs().stream().filter(ctx::isContent).count();
        double best = 0;
        List<String> bestShared = List.of();
        for (Set<String> plan : plans) {
            double score = 0;
            List<String> shared = new ArrayList<>();
            for (String w : words) {
                if (!plan.contains(w)) continue;
                score += Math.log((n + 1.0) / df.getOrDefault(w, 1));
                shared.add(w);
            }
            if (score > best) {
                best = score;
                bestShared = shared;
            }
        }
        // one shared word is chance (覆盖, 培养); two, or one rare word, answer the problem
        return (best >= MIN_SCORE && bestShared.size() >= 2) || best >= 2 * MIN_SCORE ? null : bestShared;
    }

    private static final java.util.regex.Pattern LIST_LEAD = java.util.regex.Pattern.compile(
            ".*(有|以下|如下|表现在)[^,，。;；]{0,6}([一二三四五六七八九十两几]|\\d)(条|个方面|方面|点|个问题|项)[。:：]?$");
    /** A lead-in is short: "说到不足，我自己看主要有三条。" */
    private static final int MAX_LEAD_CHARS = 40;

    /** A lead-in that announces the problems to come ("主要有三条。", "表现在以下几个方面：") names none itself. */
    static boolean announcesList(AnalyzedParagraph p) {
        String body = p.normalized().strip();
        return body.endsWith(":") || (Signals.contentChars(p) <= MAX_LEAD_CHARS && LIST_LEAD.matcher(body).matches());
    }

    /**
     * A paragraph that explains causes rather than naming a problem needs no plan of its own: it opens
     * with a cause marker (原因, 究其原因) or sums up the problems above (以上问题). A paragraph that opens
     * with circumstances and says what they prevent ("人员少……活动难以按计划开展") is a problem stated with
     * its excuse, and is paired like any other.
     */
    static boolean isCauseAnalysis(AnalyzedParagraph p) {
        int start = Signals.afterNumbering(p);
        String body = p.normalized().substring(start).strip();
        int opening = Math.min(15, body.length());
        for (TermMatcher.Match m : TermMatcher.of("cause-markers").find(p)) {
            if (m.start() - start < opening && !m.term().equals("由于") && !m.term().equals("主要是")) return true;
        }
        return body.matches("^(以上|上述|这些|产生)[^,，。]{0,8}问题.*") || body.contains("说到底");
    }

    /**
     * A plan's content words outside its stock formulations: "推动党建和业务深度融合" promises nothing
     * about a problem of 业务能力, and "为…贡献…力量" answers nothing.
     */
    static Set<String> ownKeywords(AnalyzedParagraph p) {
        List<TermMatcher.Match> stock = new ArrayList<>(TermMatcher.of("stock-phrases").find(p));
        stock.addAll(StockStructures.standard().find(p, 0, p.normalized().length()));
        Set<String> out = new LinkedHashSet<>();
        for (Token t : p.tokens()) {
            if (stock.stream().anyMatch(m -> m.start() <= t.start() && t.end() <= m.end())) continue;
            if (isKeyword(t)) out.add(t.word());
        }
        return out;
    }

    static Set<String> keywords(AnalyzedParagraph p) {
        return keywords(p, 0, p.normalized().length());
    }

    /** Content words within [from, to). */
    static Set<String> keywords(AnalyzedParagraph p, int from, int to) {
        Set<String> out = new LinkedHashSet<>();
        for (Token t : p.tokens()) {
            if (t.start() >= from && t.end() <= to && isKeyword(t)) out.add(t.word());
        }
        return out;
    }

    /** A noun, verb or adjective of two characters or more that is not a generic word of the register. */
    private static boolean isKeyword(Token t) {
        String pos = t.pos();
        if (t.word().length() < 2 || Lexicon.set("generic-words").contains(t.word())) return false;
        return pos.startsWith("n") || pos.startsWith("v") || pos.startsWith("a");
    }
}
