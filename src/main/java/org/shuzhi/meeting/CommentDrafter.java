package org.shuzhi.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shuzhi.review.ParagraphResult;
import org.shuzhi.review.Review;
import org.shuzhi.review.Verdict;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.RuleCatalog;
import org.shuzhi.rules.Severity;

/**
 * Drafts the 点评 of a report, 3–6 sentences in a leader's register: what was done well (its concrete
 * achievements, or plainly that it gives none), the real problems (problems raised in earlier years first,
 * then the most serious findings, then those running through most paragraphs), what must change and by
 * when. The wordings are data (resource meeting/comment-phrases.yaml); what fills them comes from the
 * findings' evidence and the report's own text, and a sentence is said only when what it states holds
 * (praise of figures only where the report gives figures; "没有时限" only where every plan so flagged lacks
 * one). A draft for the reviewer to edit, never a final comment.
 */
public final class CommentDrafter {
    /** Problems named at most. */
    static final int MAX_PROBLEMS = 4;
    /** Changes named at most in the closing sentence. */
    static final int MAX_CHANGES = 3;
    /** A quotation from the report is cut at this many characters. */
    static final int MAX_QUOTE = 24;

    /** Rules whose problem is one the report has told before or owed from before: they come first. */
    private static final Set<String> REPEATED = Set.of("REPEATED_PROBLEM", "COMMITMENT_NOT_ADDRESSED");
    /** A paragraph with one of these findings is not the writer's own achievement to praise. */
    private static final Set<String> NOT_OWN = Set.of("PLACEHOLDER_LEFT", "SELF_COPY", "COPIED_FROM_OTHER_REPORT");
    /** The draft's own observation, ranked with the findings: most of the report's figures are the business's. */
    static final String BUSINESS = "BUSINESS_FIGURES";
    /** At most this many sentences in a draft (001/004's 点评 is short). */
    static final int MAX_SENTENCES = 6;
    /** Rules that find fault with the problem part itself: with none of them, it may be praised. */
    private static final Set<String> PROBLEM_PART = Set.of("DISGUISED_ACHIEVEMENT", "BLAME_OTHERS", "OBJECTIVE_CAUSES_ONLY",
            "PROBLEM_SHARE_LOW", "REPEATED_PROBLEM", "NOT_A_DUTY_REPORT", "TEXT_INCOMPLETE", "STRUCTURE_MISSING_PART");

    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");
    /** "我" as the writer, not "我们" or "我局/我校…" (the unit). */
    private static final Pattern FIRST_PERSON = Pattern.compile("我(?![们局校院市区县所司厂处委省镇村])");
    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*(?:[(（][一二三四五六七八九十\\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[是、]|\\d{1,2}[.、．]|第[一二三四五六七八九十]{1,3}[，,、])\\s*");

    private final JsonNode phrases;

    private static final CommentDrafter STANDARD = new CommentDrafter(load());

    private CommentDrafter(JsonNode phrases) {
        this.phrases = phrases;
    }

    public static CommentDrafter standard() {
        return STANDARD;
    }

    /** The draft for a report as the meeting holds it (its name as overridden). */
    public String draft(MeetingReport report) {
        return new Draft(report).write();
    }

    /** One draft's state: the report, its findings by rule, the seed that picks the variants. */
    private final class Draft {
        private final MeetingReport report;
        private final Review review;
        private final Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        private final int seed;
        private final String name;

        Draft(MeetingReport report) {
            this.report = report;
            this.review = report.review();
            for (Finding f : review.findings()) {
                if (f.severity() == Severity.INFO) continue;
                byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
            }
            StringBuilder all = new StringBuilder();
            for (ParagraphResult p : review.paragraphs()) all.append(p.text());
            this.seed = all.toString().hashCode() & 0x7fffffff;
            this.name = report.name() != null ? report.name() + "同志" : phrases.get("nameless").asText();
            // of two repeated problems, the one being worked on is named last: the one with no plan first
            List<Finding> repeated = byRule.get("REPEATED_PROBLEM");
            if (repeated != null) repeated.sort(Comparator.comparingInt((Finding f) -> workedOn(f) ? 2 : f.paragraph() != null && flagged(f.paragraph(), "PROBLEM_WITHOUT_PLAN") ? 0 : 1));
        }

        /**
         * A repeated problem the report is working on: a plan with a deadline answers it, and an achievement
         * with figures says what was done about last year's problem (progressWords). Not "整改没有见到实效".
         */
        boolean workedOn(Finding f) {
            if (f.paragraph() == null) return false;
            boolean dated = report.facts().rectifications().stream()
                    .anyMatch(r -> r.problemParagraph() == f.paragraph() && r.answered() && !r.deadlines().isEmpty());
            if (!dated) return false;
            return report.facts().achievements().stream().filter(a -> digits(a) > 0 && a.paragraph() < review.paragraphs().size())
                    .anyMatch(a -> contains(review.paragraphs().get(a.paragraph()).text(), "progressWords") != null);
        }

        String write() {
            List<String> sentences = new ArrayList<>();
            if (byRule.containsKey("NOT_A_DUTY_REPORT")) {
                // not a duty report: its figures are no achievement of the secretary's, its other findings moot
                sentences.add(problem("NOT_A_DUTY_REPORT"));
                sentences.add(pick(phrases.get("notAReport"), 8, Map.of("name", name)));
                sentences.add(change(List.of("NOT_A_DUTY_REPORT")));
                return String.join("", sentences);
            }
            String strength = strength();
            sentences.add(strength);
            List<String> issues = new ArrayList<>(ranked());
            // "报告……没有用数据和具体事例" (or "……不多") has said what NO_DATA would say again
            if (concrete().isEmpty()) issues.remove("NO_DATA");
            String well = problemsWell();
            if (issues.isEmpty()) {
                if (well != null) sentences.add(well);
                sentences.add(pick(phrases.get("clean"), 1, Map.of()));
                sentences.add(pick(phrases.get("cleanChange"), 2, Map.of("name", name)));
                return String.join("", sentences);
            }
            if (well != null && issues.size() < MAX_PROBLEMS) sentences.add(well);
            List<String> told = new ArrayList<>();
            for (String rule : issues) {
                // the closing sentence of what must change takes the last place
                if (told.size() >= MAX_PROBLEMS || sentences.size() >= MAX_SENTENCES - 1) break;
                String s = problem(rule);
                if (s == null) continue;
                if (told.isEmpty()) s = pick(phrases.get("problemLeads"), 3, Map.of()) + s;
                told.add(rule);
                sentences.add(s);
            }
            sentences.add(change(told));
            return String.join("", sentences);
        }

        /** Repeated problems first, then errors before warnings, then the rule found in most paragraphs, then catalog order. */
        List<String> ranked() {
            List<String> codes = new ArrayList<>(byRule.keySet());
            boolean business = !business().isEmpty() && business().size() * 2 >= figured().size();
            List<String> order = new ArrayList<>();
            phrases.get("problems").fieldNames().forEachRemaining(order::add);
            codes.sort(Comparator.comparingInt((String c) -> REPEATED.contains(c) ? 0 : 1)
                    .thenComparingInt(c -> byRule.get(c).stream().map(Finding::severity).min(Comparator.naturalOrder()).orElseThrow().ordinal())
                    .thenComparingInt(c -> -paragraphs(c))
                    .thenComparingInt(c -> order.indexOf(c) < 0 ? Integer.MAX_VALUE : order.indexOf(c)));
            if (business) {
                int at = (int) codes.stream().filter(REPEATED::contains).count();
                codes.add(at, BUSINESS);
            }
            return codes;
        }

        private int paragraphs(String rule) {
            if (rule.equals(BUSINESS)) return business().size();
            return (int) byRule.get(rule).stream().map(Finding::paragraph).distinct().count();
        }

        /** Achievements with figures or names in the writer's own paragraphs (no placeholder, not copied). */
        List<Achievement> figured() {
            return report.facts().achievements().stream()
                    .filter(a -> a.clause() != null && NOT_OWN.stream().noneMatch(r -> flagged(a.paragraph(), r))).toList();
        }

        /** Of those, the ones whose quoted clause holds a business figure (营业收入, 产值…). */
        List<Achievement> business() {
            return figured().stream().filter(a -> businessWord(a.clause()) != null).toList();
        }

        private String businessWord(String clause) {
            for (JsonNode w : phrases.get("businessWords")) if (clause.contains(w.asText())) return w.asText();
            return null;
        }

        /** The achievements with figures or named examples, a template's placeholder aside, the richest first. */
        List<Achievement> concrete() {
            return figured().stream()
                    .filter(a -> businessWord(a.clause()) == null && digits(a) > 0 && action(a.clause()))
                    .sorted(Comparator.comparingInt((Achievement a) -> -digits(a)).thenComparingInt(a -> -(a.figures().size() + a.names().size())))
                    .toList();
        }

        /** Whether a clause says what was done (a word of actionWords), not only how things stand. */
        private boolean action(String clause) {
            for (JsonNode w : phrases.get("actionWords")) if (clause.contains(w.asText())) return true;
            return false;
        }

        /** Figures in digits, ages aside ("35岁以下" says who, not what was done). */
        private static int digits(Achievement a) {
            return (int) a.figures().stream().filter(f -> f.chars().anyMatch(Character::isDigit) && !f.endsWith("岁")).count();
        }

        String strength() {
            List<Achievement> concrete = concrete();
            if (concrete.isEmpty()) {
                // "找不到一个数据" only where there is none at all, copied, business or placeholder paragraphs included
                boolean any = report.facts().achievements().stream().anyMatch(a -> !a.figures().isEmpty());
                return pick(phrases.get("strengths").get(any ? "few" : "none"), 0, Map.of("name", name));
            }
            Achievement first = concrete.get(0);
            Map<String, String> slots = new LinkedHashMap<>();
            slots.put("name", name);
            slots.put("clause", inner(first.clause()));
            if (first.topic() != null && first.topic().length() <= MAX_QUOTE) slots.put("topic", "“" + inner(first.topic()) + "”");
            // the team's work is not credited to the secretary by name: a neutral wording instead
            if (!ownWork(first)) slots.put("neutral", "true");
            String s = pick(phrases.get("strengths").get("concrete"), 0, slots);
            // a second one only when it too gives more than one figure: "党员还是9名" is no achievement
            if (concrete.size() > 1 && digits(concrete.get(1)) >= 2) {
                String also = pick(phrases.get("strengths").get("also"), 4, Map.of("clause", inner(concrete.get(1).clause())));
                s = s.substring(0, s.length() - 1) + "；" + also + "。";
            }
            return s;
        }

        /** Whether an achievement may be credited to the secretary: its paragraph is not in the team's voice and the report speaks as "我". */
        private boolean ownWork(Achievement a) {
            if (flagged(a.paragraph(), "COLLECTIVE_VOICE")) return false;
            return review.paragraphs().stream().anyMatch(p -> FIRST_PERSON.matcher(p.text()).find());
        }

        /**
         * Whether the team's voice outweighs the secretary's own: no fewer paragraphs in it than paragraphs
         * that say "我". Only then is the report a team report ("不能以班子述职代替书记述职").
         */
        private boolean teamVoiceDominates() {
            long firstPerson = review.paragraphs().stream().filter(p -> FIRST_PERSON.matcher(p.text()).find()).count();
            return paragraphs("COLLECTIVE_VOICE") >= firstPerson;
        }

        private boolean flagged(int paragraph, String rule) {
            return byRule.getOrDefault(rule, List.of()).stream().anyMatch(f -> Integer.valueOf(paragraph).equals(f.paragraph()));
        }

        /** Praise of the problem part, only when no rule found fault with it and it states a problem. */
        String problemsWell() {
            if (byRule.keySet().stream().anyMatch(PROBLEM_PART::contains)) return null;
            List<Rectification> rows = report.facts().rectifications();
            if (rows.isEmpty()) return null;
            return pick(phrases.get("strengths").get("problemsWell"), 5, Map.of("problem", quote(rows.get(0).problem())));
        }

        /** The wording's key: the rule, or its variant for one case (_ONE) or for a copy of the same year (_SAME_YEAR). */
        String key(String rule, JsonNode table) {
            String key = rule;
            if (rule.equals("COPIED_FROM_OTHER_REPORT")) {
                long same = byRule.get(rule).stream().filter(CommentDrafter::sameYear).count();
                // copying is said only of earlier years' sources: of the same year, who copied whom is not known
                if (same == byRule.get(rule).size()) key += "_SAME_YEAR";
                else if (same > 0 && table.has(key + "_MIXED")) key += "_MIXED";
            }
            if (rule.equals("REPEATED_PROBLEM") && workedOn(byRule.get(rule).get(0)) && table.has(key + "_WORKED_ON")) key += "_WORKED_ON";
            if (rule.equals("COLLECTIVE_VOICE") && !teamVoiceDominates() && table.has(key + "_FEW")) key += "_FEW";
            if (rule.equals("COMMITMENT_NOT_ADDRESSED") && byRule.get(rule).size() == 1 && table.has(key + "_ONE")) key += "_ONE";
            return key;
        }

        String problem(String rule) {
            JsonNode variants = phrases.get("problems").get(key(rule, phrases.get("problems")));
            Map<String, String> slots = slots(rule);
            if (rule.equals("VAGUE_PLAN") && !slots.containsKey("lacks")) variants = phrases.get("problems").get("VAGUE_PLAN_MIXED");
            if (variants != null) {
                String s = pick(variants, 6 + rule.length(), slots);
                if (s != null) return s;
            }
            // a rule without wording of its own: its name, which is true of every finding it makes
            String ruleName = RuleCatalog.standard().contains(rule) ? RuleCatalog.standard().get(rule).name() : rule;
            int n = paragraphs(rule);
            return "存在“" + ruleName + "”的问题" + (byRule.get(rule).get(0).paragraph() == null ? "" : "（" + n + "处）") + "。";
        }

        String change(List<String> told) {
            List<String> changes = new ArrayList<>();
            for (String rule : told) {
                if (changes.size() >= MAX_CHANGES) break;
                JsonNode c = phrases.get("changes").get(key(rule, phrases.get("changes")));
                if (c == null) continue;
                String s = fill(c.asText(), slots(rule));
                if (s != null) changes.add(s);
            }
            String outcome = review.verdict().outcome();
            String when = phrases.get("when").get(outcome.equals(Verdict.RETURN) ? "return" : outcome.equals(Verdict.REVISE) ? "revise" : "pass").asText();
            if (changes.isEmpty()) return when + "。";
            return pick(phrases.get("changeLeads"), 7, Map.of("changes", String.join("，", changes), "when", when, "name", name));
        }

        /** What the wordings of a rule may say, read from its findings' evidence and the flagged paragraphs. */
        Map<String, String> slots(String rule) {
            Map<String, String> s = new LinkedHashMap<>();
            s.put("name", name);
            s.put("n", String.valueOf(paragraphs(rule)));
            if (rule.equals(BUSINESS)) {
                List<String> words = business().stream().map(a -> businessWord(a.clause())).distinct().limit(2).toList();
                s.put("business", String.join("”“", words));
                return s;
            }
            List<Finding> fs = byRule.get(rule);
            Finding first = fs.get(0);
            if (first.evidence().get(Finding.SUMMARY) instanceof String summary) s.put("summary", summary);
            switch (rule) {
                case "COLLECTIVE_VOICE" -> putQuoted(s, "actors", union(fs, "actors"), 2);
                case "SLOGAN_HEAVY" -> putQuoted(s, "phrases", union(fs, "phrases"), 2);
                case "PLACEHOLDER_LEFT" -> putQuoted(s, "placeholders", union(fs, "placeholders"), 2);
                case "BLAME_OTHERS" -> putQuoted(s, "blamed", union(fs, "blamed"), 2);
                case "OBJECTIVE_CAUSES_ONLY" -> putPlain(s, "objective", union(fs, "objective").stream().map(o -> quote(o.replaceFirst("^(主要是|一是|二是|三是|由于)", ""))).toList(), 3);
                case "VAGUE_PLAN" -> {
                    Set<String> common = null;
                    for (Finding f : fs) {
                        Set<String> lacks = new LinkedHashSet<>(strings(f.evidence().get("lacks")));
                        if (common == null) common = lacks;
                        else common.retainAll(lacks);
                    }
                    if (common != null && !common.isEmpty()) s.put("lacks", String.join("、", common));
                }
                case "PROBLEM_WITHOUT_PLAN" -> {
                    Set<String> topics = new LinkedHashSet<>();
                    for (Finding f : fs) {
                        if (f.evidence().get("topics") instanceof Map<?, ?> m && !m.isEmpty()) m.keySet().forEach(k -> topics.add(k.toString()));
                        else if (f.paragraph() != null) topics.add(quote(statement(f.paragraph())));
                    }
                    putQuoted(s, "topics", topics.stream().map(t -> t.replace("“", "").replace("”", "")).toList(), 2);
                }
                case "ACHIEVEMENT_SHARE_HIGH", "PROBLEM_SHARE_LOW" -> {
                    Object limit = first.evidence().getOrDefault("max", first.evidence().get("min"));
                    if (first.evidence().get("share") instanceof Number share) {
                        // 29.6 % against 30 %: "只有30%（要求不少于30%）" would read as no shortfall at all
                        boolean close = limit instanceof Number l && percent(l.doubleValue()).equals(percent(share.doubleValue()));
                        s.put("share", close ? String.format("%.1f%%", share.doubleValue() * 100) : percent(share.doubleValue()));
                    }
                    if (limit instanceof Number l) s.put("limit", percent(l.doubleValue()));
                    else {
                        Object chars = first.evidence().getOrDefault("maxChars", first.evidence().get("minChars"));
                        if (chars != null) s.put("limit", chars + "字");
                    }
                }
                case "REQUIRED_TOPIC_MISSING" -> {
                    if (first.evidence().get("topic") != null) s.put("topic", first.evidence().get("topic").toString());
                }
                case "REPEATED_PROBLEM" -> {
                    if (first.paragraph() != null) s.put("problem", quote(statement(first.paragraph())));
                    List<String> years = strings(first.evidence().get("years"));
                    if (years.isEmpty() && first.evidence().get("source") instanceof Map<?, ?> src && src.get("year") != null) years = List.of(src.get("year").toString());
                    if (!years.isEmpty()) s.put("years", String.join("、", years));
                }
                case "SELF_COPY" -> {
                    Set<String> years = new LinkedHashSet<>();
                    for (Finding f : fs) if (f.evidence().get("source") instanceof Map<?, ?> src && src.get("year") != null) years.add(src.get("year").toString());
                    if (!years.isEmpty()) s.put("years", String.join("、", years));
                }
                case "COPIED_FROM_OTHER_REPORT" -> {
                    // one name per unit (its key), so one school under two of its names is not read out as two
                    Map<String, String> names = new LinkedHashMap<>();
                    for (Finding f : fs) if (f.evidence().get("source") instanceof Map<?, ?> src && src.get("unit") != null) {
                        names.putIfAbsent(String.valueOf(src.get("unitKey") != null ? src.get("unitKey") : src.get("unit")), src.get("unit").toString());
                    }
                    List<Finding> earlier = fs.stream().filter(f -> !sameYear(f)).toList();
                    List<Finding> same = fs.stream().filter(CommentDrafter::sameYear).toList();
                    if (earlier.isEmpty() || same.isEmpty()) {
                        putSources(s, "source", fs, names);
                    } else {
                        putSources(s, "source", earlier, names);
                        putSources(s, "sameSource", same, names);
                        s.put("n", String.valueOf(earlier.stream().map(Finding::paragraph).distinct().count()));
                        s.put("sameN", String.valueOf(same.stream().map(Finding::paragraph).distinct().count()));
                        Set<String> years = new LinkedHashSet<>();
                        for (Finding f : earlier) if (f.evidence().get("source") instanceof Map<?, ?> src && src.get("year") != null) years.add(src.get("year").toString());
                        if (!years.isEmpty()) s.put("years", String.join("、", years));
                    }
                }
                case "COMMITMENT_NOT_ADDRESSED" -> {
                    if (first.evidence().get("source") instanceof Map<?, ?> src && src.get("text") != null) s.put("commitment", quote(strip(src.get("text").toString())));
                    s.put("n", String.valueOf(fs.size()));
                }
                default -> { }
            }
            return s;
        }

        /**
         * The problem a paragraph states: the first clause of its first sentence that names a shortfall
         * (shortfallWords), without numbering or a leading 但/还; else the sentence.
         */
        private String statement(int paragraph) {
            String text = withoutNumbering(review.paragraphs().get(paragraph).text().strip());
            for (String clause : text.split("[，；：。！？,;:]")) {
                if (contains(clause, "announcingWords") != null) continue;
                if (contains(clause, "shortfallWords") != null) {
                    return withoutNumbering(clause.strip()).replaceFirst("^(但是|但|然而|却|还|仍然|仍)", "").strip();
                }
            }
            return strip(text);
        }

        private String contains(String text, String list) {
            for (JsonNode w : phrases.get(list)) if (text.contains(w.asText())) return w.asText();
            return null;
        }

        /** One of the variants, chosen by the report's text; the first from there whose slots are all known. */
        String pick(JsonNode variants, int salt, Map<String, String> slots) {
            int size = variants.size();
            int start = Math.floorMod(seed + salt * 7919, size);
            for (int i = 0; i < size; i++) {
                JsonNode v = variants.get((start + i) % size);
                String wording = v.isObject() ? v.get("text").asText() : v.asText();
                if (v.isObject() && v.has("neutral") && slots.containsKey("neutral")) wording = v.get("neutral").asText();
                // a wording that says "throughout" (通篇) is for many paragraphs only
                if (v.isObject() && v.has("minN") && (slots.get("n") == null || Integer.parseInt(slots.get("n")) < v.get("minN").asInt())) continue;
                String s = fill(wording, slots);
                if (s != null) return s;
            }
            return null;
        }
    }

    private static boolean sameYear(Finding f) {
        return Boolean.TRUE.equals(f.evidence().get("sameYear"));
    }

    /** The source units of these findings, each once under the first name its key was seen with. */
    private static void putSources(Map<String, String> s, String slot, List<Finding> fs, Map<String, String> names) {
        Set<String> units = new LinkedHashSet<>();
        for (Finding f : fs) if (f.evidence().get("source") instanceof Map<?, ?> src && src.get("unit") != null) {
            units.add(names.get(String.valueOf(src.get("unitKey") != null ? src.get("unitKey") : src.get("unit"))));
        }
        if (!units.isEmpty()) s.put(slot, String.join("、", units.stream().limit(2).toList()));
    }

    /** The wording with its slots filled, or null when a slot is not known. */
    static String fill(String wording, Map<String, String> slots) {
        Matcher m = SLOT.matcher(wording);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = slots.get(m.group(1));
            if (v == null) return null;
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<String> union(List<Finding> fs, String key) {
        Set<String> out = new LinkedHashSet<>();
        for (Finding f : fs) out.addAll(strings(f.evidence().get(key)));
        return List.copyOf(out);
    }

    private static List<String> strings(Object o) {
        if (!(o instanceof Collection<?> c)) return List.of();
        return c.stream().map(String::valueOf).toList();
    }

    /** “A”“B”: the words as the report has them, each quoted (the wordings put no quotes around these slots). */
    private static void putQuoted(Map<String, String> s, String key, List<String> values, int max) {
        if (values.isEmpty()) return;
        String joined = String.join("”“", values.stream().limit(max).toList());
        s.put(key, joined);
    }

    private static void putPlain(Map<String, String> s, String key, List<String> values, int max) {
        if (!values.isEmpty()) s.put(key, String.join("、", values.stream().limit(max).toList()));
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** The text without the numbering it opens with (一是, （二）, 3.). */
    static String withoutNumbering(String text) {
        return NUMBERING.matcher(text).replaceFirst("");
    }

    /** A paragraph's first sentence (or clause when long), without numbering or end punctuation. */
    static String strip(String text) {
        String t = withoutNumbering(text.strip());
        int end = t.indexOf('。');
        if (end > 0) t = t.substring(0, end);
        return ReportFacts.trimEnd(t);
    }

    /** Quotation marks inside a quotation become single ones: “围绕‘党员示范课’开展创建”. */
    static String inner(String text) {
        return text.replace('“', '‘').replace('”', '’').replace('"', '\'');
    }

    /** A quotation short enough for a sentence: cut at a clause boundary when long. */
    static String quote(String text) {
        String t = inner(ReportFacts.trimEnd(text));
        if (t.length() <= MAX_QUOTE) return t;
        int comma = t.indexOf('，');
        if (comma >= 6 && comma <= MAX_QUOTE) return t.substring(0, comma);
        return t.substring(0, MAX_QUOTE) + "……";
    }

    private static JsonNode load() {
        try (InputStream in = CommentDrafter.class.getResourceAsStream("/meeting/comment-phrases.yaml")) {
            if (in == null) throw new IllegalStateException("missing resource /meeting/comment-phrases.yaml");
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
