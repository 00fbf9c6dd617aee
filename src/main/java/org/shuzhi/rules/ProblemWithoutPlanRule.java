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
 * PROBLEM_WITHOUT_PLAN: a problem paragraph that no plan paragraph answers ("针对存在的问题逐项作出整改承诺").
 * A plan answers a problem when it takes up what the problem is about, by meaning rather than by one shared
 * word ({@link #evidence}): the plan names the problem it answers (针对……的问题), or the two share enough
 * of a topic (lexicon problem-topics: 理论学习, 发展党员, 老年党员 …) and of the problem's rarer content
 * words; a shortfall of the secretary's own (我对党建工作思考不够, 精力投入不足) is answered by a plan the
 * secretary commits to in person (我每季度……, 由我牵头……). Cause analyses, lead-ins that announce the
 * problems, and praise among the problems (DISGUISED_ACHIEVEMENT) need no plan of their own. A rectification
 * table's row is a plan answering its own problem ({@link TableRows}).
 */
public final class ProblemWithoutPlanRule implements Rule {
    /** A shared word counts when it is this rare in the report: log((n + 1) / paragraphs holding it). */
    static final double MIN_IDF = 1.5;
    /** A word the plan at the problem's place shares counts when it is this rare (员工 in a report on a company, not 社区 in one on a community). */
    static final double MIN_IDF_IN_PLACE = 1.0;
    /** Evidence a plan must give to answer a problem: two units (see {@link #evidence}). */
    static final int ANSWERS = 2;

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
        List<Finding> out = new ArrayList<>();
        for (Matched m : match(ctx)) {
            if (m.plan() != null) continue;
            Problem problem = m.problem();
            Answer closest = m.closest();
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("plans", m.plans());
            evidence.put("topics", problem.topics());
            evidence.put("keywords", problem.words().stream().limit(8).toList());
            evidence.put("closestPlanShares", closest == null ? List.of() : closest.shared());
            String about = problem.topics().isEmpty() ? String.join("、", problem.words().stream().limit(4).toList())
                    : String.join("、", problem.topics().keySet());
            out.add(info().finding(problem.paragraph().index(), null, m.plans() == 0
                    ? "报告没有下一步打算，这个问题没有整改措施"
                    : "下一步打算中没有针对这个问题（" + about + "）的整改措施", evidence));
        }
        return out;
    }

    /**
     * A problem the report states and the plan that answers it, as this rule pairs them: what a
     * rectification list (整改清单) puts side by side. {@code statement} is where the problem is stated
     * (its first sentence after the numbering, see {@link #lead}), in the paragraph's original text;
     * {@code plan} is null when no plan answers it (the rule's finding); {@code deadlines} and {@code owners}
     * are those the plan names ({@link PlanTerms}), or for a row of the report's own rectification table,
     * its 时限 and 责任人 cells.
     */
    public record Pairing(AnalyzedParagraph problem, String statement, AnalyzedParagraph plan, List<String> deadlines, List<String> owners) {}

    /**
     * Each problem that needs a plan, in the report's order, with the plan that answers it (or none): the
     * same pairing the rule's findings rest on, and the problems of the report's rectification tables with
     * their rows' measures.
     */
    public static List<Pairing> pairings(RuleContext ctx) {
        List<Pairing> out = new ArrayList<>();
        for (Matched m : match(ctx)) {
            AnalyzedParagraph p = m.problem().paragraph();
            int[] lead = lead(p);
            AnalyzedParagraph plan = m.plan();
            int len = plan == null ? 0 : plan.normalized().length();
            out.add(new Pairing(p, p.text().substring(lead[0], lead[1]).strip(), plan,
                    plan == null ? List.of() : PlanTerms.deadlines(plan, 0, len), plan == null ? List.of() : PlanTerms.owners(plan)));
        }
        for (AnalyzedParagraph p : ctx.content(Part.PROBLEM)) {
            if (!TableRows.answered(ctx, p)) continue;
            AnalyzedParagraph measure = TableRows.cells(ctx, p, org.shuzhi.document.TableColumn.MEASURE).get(0);
            out.add(new Pairing(p, p.text().strip(), measure, TableRows.deadlines(ctx, p), TableRows.owners(ctx, p)));
        }
        out.sort(java.util.Comparator.comparingInt(x -> x.problem().index()));
        return out;
    }

    /** A problem, the plan answering it (or null), the closest plan's evidence and how many plans there are. */
    private record Matched(Problem problem, AnalyzedParagraph plan, Answer closest, int plans) {}

    private static List<Matched> match(RuleContext ctx) {
        List<AnalyzedParagraph> planParagraphs = ctx.content(Part.PLAN);
        List<Plan> plans = new ArrayList<>();
        for (AnalyzedParagraph p : planParagraphs) plans.add(Plan.of(p));
        addTableRows(ctx, planParagraphs, plans);
        Map<String, Integer> df = documentFrequencies(ctx);
        int n = (int) ctx.paragraphs().stream().filter(ctx::isContent).count();
        Set<Integer> praise = new java.util.HashSet<>();
        for (Finding f : new DisguisedAchievementRule().check(ctx)) praise.add(f.paragraph());
        List<AnalyzedParagraph> problems = ctx.content(Part.PROBLEM).stream()
                .filter(p -> !TableRows.answered(ctx, p) && !isCauseAnalysis(p) && !announcesList(p) && !praise.contains(p.index()) && !keywords(p).isEmpty()
                        && !doubtful(ctx, p)).toList();
        List<Matched> out = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            AnalyzedParagraph p = problems.get(i);
            Problem problem = Problem.of(p);
            int best = 0;
            Answer closest = null;
            Plan bestPlan = null;
            for (Plan plan : plans) {
                Answer a = evidence(problem, plan, df, n);
                if (closest == null || a.units() > closest.units()) {
                    closest = a;
                    bestPlan = plan;
                }
                best = Math.max(best, a.units());
            }
            if (best >= ANSWERS) {
                out.add(new Matched(problem, bestPlan.paragraph(), closest, plans.size()));
                continue;
            }
            // writers who number plans against problems keep the order; the plan there then often names only
            // part of the problem (非党员员工 → 面向全体员工的党课): one shared word, or the topic taken up, is enough
            int counterpart = counterpart(i, problems, planParagraphs);
            if (counterpart >= 0) {
                Answer inPlace = evidence(problem, plans.get(counterpart), df, n, MIN_IDF_IN_PLACE);
                if (inPlace.words() >= 1 || inPlace.topic()) {
                    out.add(new Matched(problem, plans.get(counterpart).paragraph(), inPlace, plans.size()));
                    continue;
                }
            }
            out.add(new Matched(problem, null, closest, plans.size()));
        }
        return out;
    }

    /** Below this the classifier's label needs checking (README, "How paragraphs are labelled"). */
    static final double SURE = 0.8;

    /**
     * A paragraph under the achievements' heading that the classifier calls a problem without being sure
     * ("我抓青年教师入党。……今年发展预备党员2名" at 0.55): no finding rests on a label its heading contradicts.
     */
    static boolean doubtful(RuleContext ctx, AnalyzedParagraph p) {
        return p.section() == Part.ACHIEVEMENT && ctx.label(p).confidence() < SURE;
    }

    /** What a problem is about: its lead's topics and words, its words overall, whether it is the secretary's own conduct. */
    record Problem(AnalyzedParagraph paragraph, Map<String, List<String>> topics, Set<String> leadWords, Set<String> words, boolean own,
                   String lead) {
        static Problem of(AnalyzedParagraph p) {
            int[] lead = ProblemWithoutPlanRule.lead(p);
            Map<String, List<String>> topics = leadTopics(p);
            boolean firstPerson = Signals.firstPerson(p).stream().anyMatch(m -> m.start() >= lead[0] && m.end() <= lead[1]);
            // the secretary's own conduct in party building as such: only the secretary's own topics (书记投入,
            // 督促落实), or 我 with party building itself as the object and no topic ("我对党建工作研究不深"); a
            // shortfall of the secretary's about something in particular (我对青年员工的思想动态关心不够) needs a plan on it
            boolean general = topics.isEmpty() && PARTY_BUILDING.matcher(p.normalized().substring(lead[0], lead[1])).find();
            boolean own = (!topics.isEmpty() && OWN_TOPICS.containsAll(topics.keySet())) || (firstPerson && general);
            return new Problem(p, topics, keywords(p, lead[0], lead[1]), keywords(p), own, p.normalized().substring(lead[0], lead[1]));
        }
    }

    private static final java.util.regex.Pattern PARTY_BUILDING = java.util.regex.Pattern.compile("党建|党务");

    /** Topics that are the secretary's own conduct: a plan the secretary commits to in person answers them. */
    private static final Set<String> OWN_TOPICS = Set.of("书记投入", "督促落实");

    /** What a plan offers: its own words (outside stock formulations), its topics, whether the secretary commits in person, what it says it answers. */
    record Plan(AnalyzedParagraph paragraph, Set<String> words, Map<String, List<String>> topics, boolean personal, List<String> answers) {
        static Plan of(AnalyzedParagraph p) {
            return new Plan(p, ownKeywords(p), ProblemTopics.standard().of(p), !Signals.firstPerson(p).isEmpty(), answered(p));
        }
    }

    /**
     * The evidence a plan gives that it answers a problem, in units, and the words they share; {@code words}
     * counts the shared content words, {@code topic} whether they share a topic at all.
     */
    record Answer(int units, int words, boolean topic, List<String> shared) {}

    /**
     * Units of evidence that the plan answers the problem: naming the problem (针对……的问题, sharing two of its
     * lead's words or four characters running) gives two; a topic both name gives two, one when it is a broad
     * topic (党员教育管理) or the plan names it only loosely (学习, 群众, 青年教师: lexicon problem-topics marks
     * both ~); each of the problem's rarer content words the plan shares gives one; a shortfall of the
     * secretary's own met by a plan the secretary commits to in person gives two.
     */
    static Answer evidence(Problem problem, Plan plan, Map<String, Integer> df, int n) {
        return evidence(problem, plan, df, n, MIN_IDF);
    }

    /** @param minIdf how rare a shared word must be to count */
    static Answer evidence(Problem problem, Plan plan, Map<String, Integer> df, int n, double minIdf) {
        List<String> shared = new ArrayList<>();
        int units = 0;
        for (String ref : plan.answers()) {
            if (names(ref, problem)) {
                units += 2;
                shared.add("针对" + ref);
                break;
            }
        }
        int topic = 0;
        ProblemTopics topics = ProblemTopics.standard();
        for (var e : problem.topics().entrySet()) {
            List<String> words = plan.topics().get(e.getKey());
            if (words == null) continue;
            // the plan takes the topic up when it names it by a word of its own, not only loosely (学习, 群众),
            // and the topic is not one of the broad ones (党员教育管理)
            boolean firm = !topics.broad(e.getKey()) && words.stream().anyMatch(w -> !topics.loose(w));
            topic = Math.max(topic, firm ? 2 : 1);
            shared.add(e.getKey());
        }
        units += topic;
        int words = 0;
        for (String w : problem.words()) {
            if (!plan.words().contains(w)) continue;
            // rare in the report, or found in no other paragraph than these two
            int d = df.getOrDefault(w, 1);
            if (d > 2 && Math.log((n + 1.0) / d) < minIdf) continue;
            words++;
            shared.add(w);
        }
        units += words;
        if (problem.own() && plan.personal()) {
            units += 2;
            shared.add("本人承诺");
        }
        return new Answer(units, words, topic > 0, shared);
    }

    private static final java.util.regex.Pattern ANSWERS_PROBLEM = java.util.regex.Pattern.compile("针对([^，。；,;]{2,40}?)(的)?(问题|短板|不足|情况)");

    /** What the plan says it answers: the words between 针对 and 问题 ("针对流动党员管理薄弱的问题"). */
    static List<String> answered(AnalyzedParagraph p) {
        List<String> out = new ArrayList<>();
        var m = ANSWERS_PROBLEM.matcher(p.normalized());
        while (m.find()) {
            String ref = m.group(1);
            // "针对上述问题" names none of them
            if (!ref.matches("(上述|以上|这些|存在的|查摆的|前面).{0,4}")) out.add(ref);
        }
        return out;
    }

    /** Whether the words a plan says it answers name this problem: two of its lead's words, or four characters running. */
    private static boolean names(String ref, Problem problem) {
        int words = 0;
        for (String w : problem.leadWords()) if (ref.contains(w)) words++;
        if (words >= 2) return true;
        for (int i = 0; i + 4 <= ref.length(); i++) if (problem.lead().contains(ref.substring(i, i + 4))) return true;
        return false;
    }

    /**
     * A rectification table's measures as plans, however short, each answering its row's problem too: a
     * problem told in the text is answered by a row about the same topic or words. A measure already among
     * the plan paragraphs gains its row's problem; the others are added after them (so that
     * {@link #counterpart} still indexes the plan paragraphs).
     */
    static void addTableRows(RuleContext ctx, List<AnalyzedParagraph> planParagraphs, List<Plan> plans) {
        for (AnalyzedParagraph measure : TableRows.measures(ctx)) {
            int at = planParagraphs.indexOf(measure);
            Plan plan = at < 0 ? Plan.of(measure) : plans.get(at);
            Set<String> words = new LinkedHashSet<>(plan.words());
            Map<String, List<String>> topics = new LinkedHashMap<>(plan.topics());
            for (AnalyzedParagraph problem : TableRows.problems(ctx, measure)) {
                words.addAll(keywords(problem));
                ProblemTopics.standard().of(problem).forEach(topics::putIfAbsent);
            }
            Plan row = new Plan(measure, words, topics, plan.personal(), plan.answers());
            if (at < 0) plans.add(row);
            else plans.set(at, row);
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
        for (Token t : words(p, 0, p.normalized().length())) {
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
        for (Token t : words(p, from, to)) if (isKeyword(t)) out.add(t.word());
        return out;
    }

    /** Single characters that make no word with their neighbours: particles, prepositions, numerals, pronouns. */
    private static final java.util.regex.Pattern FUNCTION_POS = java.util.regex.Pattern.compile("[upcwyeomqr].*|vshi|vyou");

    /**
     * The paragraph's words within [from, to), a run of single-character tokens taken as one word: the
     * segmenter splits names it does not know into characters (医共体 as 医 / 共 / 体), which then match
     * nothing. A run is a noun for the keywords.
     */
    static List<Token> words(AnalyzedParagraph p, int from, int to) {
        List<Token> out = new ArrayList<>();
        List<Token> ts = p.tokens().stream().filter(t -> t.start() >= from && t.end() <= to).toList();
        for (int i = 0; i < ts.size(); i++) {
            int j = i;
            while (j < ts.size() && single(ts.get(j)) && (j == i || ts.get(j).start() == ts.get(j - 1).end())) j++;
            if (j - i >= 2) {
                String w = p.normalized().substring(ts.get(i).start(), ts.get(j - 1).end());
                out.add(new Token(w, "n", ts.get(i).start()));
                i = j - 1;
            } else {
                out.add(ts.get(i));
            }
        }
        return out;
    }

    private static boolean single(Token t) {
        return t.word().length() == 1 && !FUNCTION_POS.matcher(t.pos()).matches() && Character.isIdeographic(t.word().charAt(0));
    }

    /** A noun, verb or adjective of two characters or more that is not a generic word of the register. */
    private static boolean isKeyword(Token t) {
        String pos = t.pos();
        if (t.word().length() < 2 || Lexicon.set("generic-words").contains(t.word())) return false;
        return pos.startsWith("n") || pos.startsWith("v") || pos.startsWith("a");
    }
}
