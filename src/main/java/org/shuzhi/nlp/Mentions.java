package org.shuzhi.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Annotation rules for who is named: the secretary (SELF), the team or organisation (COLLECTIVE), other
 * people or subordinate units (GROUP). A mention is a run of whole tokens (我 is not inside 我们 or 我校),
 * never inside quotes.
 */
final class Mentions {
    private Mentions() {}

    /** Words that make the noun group after them some of the members: other people, never the whole team. */
    static final Set<String> QUANTIFIERS = Set.of("部分", "个别", "少数", "有的", "一些", "有些", "极少数", "不少",
            "一部分", "少部分", "多数", "大多数", "大部分", "很多", "许多");
    /** After a possessive 我 (我局, 我镇, 我所): one's own unit, spoken of as a whole. */
    private static final Set<String> UNITS = Set.of("校", "院", "局", "所", "园", "站", "厂", "馆", "科", "部", "社", "村",
            "镇", "乡", "处", "室", "委", "队", "组", "司", "行", "段", "店", "场", "庭", "中心", "单位", "公司", "社区", "支部", "党委");
    /** Parts of speech of the words that make up a name (社区党委, 退休教师支部, 驾驶员党员). */
    private static final Set<String> NAME_POS = Set.of("n", "s", "nis", "ns", "nsf", "nt", "nto", "ntu", "ntc", "nth", "nz", "nnt",
            "nnd", "ng", "j", "nit", "nic");

    /** Words the tagger may call nouns that take people as their object (支部组织党员, 加强党员教育): never part of a name. */
    static final Set<String> TAKES_PEOPLE = Set.of("组织", "教育", "带领", "引导", "联系", "帮助", "督促", "关心", "管理", "服务",
            "号召", "动员", "发动", "培训", "培养", "指导");

    static void annotate(Draft d) {
        quantifiedGroups(d);
        boolean[] possessive = possessives(d);
        collectives(d, possessive);
        possessiveUnits(d, possessive);
        wholeUnits(d);
        self(d, possessive);
        groups(d);
        d.mentions.sort(java.util.Comparator.comparingInt(m -> m.from));
    }

    /**
     * {@code quantified-group}: a quantifier and the noun group after it (部分党员, 个别台区经理党员, 一些老党员,
     * 有些村民小组长和老党员, 部分小区物业公司): some of the members or subordinate units, ending in a word for
     * people or their organisation (not 部分网格 or 部分支部活动, which end in a thing).
     */
    private static void quantifiedGroups(Draft d) {
        List<Token> ts = d.tokens;
        for (int i = 0; i + 1 < ts.size(); i++) {
            if (!QUANTIFIERS.contains(ts.get(i).word()) || d.immune(ts.get(i))) continue;
            int j = groupEnd(d, i + 1);
            if (j == i + 1) continue;
            // 村民小组长和老党员: a second group joined by 和/与/及/、 belongs to the same mention
            while (j + 1 < ts.size() && Set.of("和", "与", "及", "、").contains(ts.get(j).word())) {
                int k = groupEnd(d, j + 1);
                if (k == j + 1) break;
                j = k;
            }
            Draft.MentionDraft m = new Draft.MentionDraft(i, j);
            m.kind(Role.GROUP, "quantified-group");
            d.mentions.add(m);
            i = j - 1;
        }
    }

    /** The end of a noun group of people starting at token {@code from}, or {@code from} when there is none. */
    private static int groupEnd(Draft d, int from) {
        List<Token> ts = d.tokens;
        int j = from;
        // nouns, and short adjectives or measure words that qualify the next noun (一些老党员, 部分年轻同志)
        while (j < ts.size() && j - from < 6 && !d.immune(ts.get(j)) && (isNoun(ts.get(j))
                || ((isModifier(ts.get(j)) || ts.get(j).pos().equals("q") || Lexicon.set("attributive-verbs").contains(ts.get(j).word()))
                    && j + 1 < ts.size()
                    && isNoun(ts.get(j + 1)) && ts.get(j + 1).start() == ts.get(j).end()))) j++;
        while (j > from && !isPeople(ts.get(j - 1))) j--; // 部分青年党员|理想信念: the group ends at its people
        return j;
    }

    /** 我 before a one-character word (我局, 我镇, 我党, 我国): "our", not the secretary. */
    private static boolean[] possessives(Draft d) {
        List<Token> ts = d.tokens;
        boolean[] out = new boolean[ts.size()];
        for (int i = 0; i + 1 < ts.size(); i++) {
            Token t = ts.get(i), next = ts.get(i + 1);
            if (!t.word().equals("我") || next.start() != t.end() || next.isPunctuation()) continue;
            if (UNITS.contains(next.word()) || (next.word().length() == 1 && next.pos().startsWith("n"))) out[i] = true;
        }
        return out;
    }

    /**
     * {@code collective-lexicon} (lexicon subjects-collective), widened by {@code organisation-name} over the
     * words of the name before it (社区党委, 院党委, 我镇党委) and {@code attributive-verb} over a verb that opens
     * the clause and qualifies people (退休教师支部).
     */
    private static void collectives(Draft d, boolean[] possessive) {
        for (int[] r : matches(d, "subjects-collective")) {
            if (d.immune(r[0], r[1]) || inMention(d, r[0], r[1])) continue;
            int from = r[0];
            String rule = "collective-lexicon";
            Draft.ClauseDraft c = d.clauseOf(d.tokens.get(from).start());
            while (from > 0 && adjacent(d, from - 1) && inClause(d, c, from - 1) && !inMention(d, from - 1, from)
                    && (NAME_POS.contains(d.tokens.get(from - 1).pos()) || possessive[from - 1])
                    && !QUANTIFIERS.contains(d.tokens.get(from - 1).word()) && !TAKES_PEOPLE.contains(d.tokens.get(from - 1).word())) {
                from--;
                rule = "organisation-name";
                if (possessive[from]) break;
            }
            if (from > 0 && from < r[0] && attributive(d, c, from - 1) && isPeople(d.tokens.get(from))) {
                from--;
                rule = "attributive-verb";
            }
            // 我校党总支: two names in a row are one
            Draft.MentionDraft before = d.mentions.isEmpty() ? null : d.mentions.get(d.mentions.size() - 1);
            if (before != null && before.to == from && before.kinds.contains(Role.COLLECTIVE) && adjacent(d, from - 1)) {
                before.to = r[1];
                before.rules.put(Role.COLLECTIVE, "organisation-name");
                continue;
            }
            Draft.MentionDraft m = new Draft.MentionDraft(from, r[1]);
            m.kind(Role.COLLECTIVE, rule);
            d.mentions.add(m);
        }
    }

    private static final Set<String> PLACES = Set.of("国", "党", "省", "市", "县", "区", "军");

    /** {@code possessive-unit}: 我局, 我镇, 我所 that no lexicon entry covers: one's unit as a whole. */
    private static void possessiveUnits(Draft d, boolean[] possessive) {
        for (int i = 0; i + 1 < d.tokens.size(); i++) {
            if (!possessive[i] || inMention(d, i, i + 2) || d.immune(d.tokens.get(i))) continue;
            if (PLACES.contains(d.tokens.get(i + 1).word())) continue;
            Draft.MentionDraft m = new Draft.MentionDraft(i, i + 2);
            m.kind(Role.COLLECTIVE, "possessive-unit");
            d.mentions.add(m);
        }
    }

    /** {@code whole-unit}: a unit with 上下 before its predicate (分公司上下踔厉奋发, 全镇上下): everyone at once. */
    private static void wholeUnits(Draft d) {
        List<Token> ts = d.tokens;
        for (int i = 0; i + 2 < ts.size(); i++) {
            Token t = ts.get(i), next = ts.get(i + 1), after = ts.get(i + 2);
            if (!next.word().equals("上下") || !adjacent(d, i) || !t.pos().startsWith("n") || d.immune(t) || inMention(d, i, i + 2)) continue;
            if (isNoun(after) || after.isPunctuation()) continue;
            Draft.MentionDraft m = new Draft.MentionDraft(i, i + 2);
            m.kind(Role.COLLECTIVE, "whole-unit");
            d.mentions.add(m);
        }
    }

    /** {@code first-person}: 我, 本人, 书记本人 as words of their own, not the 我 of 我局, not quoted. */
    private static void self(Draft d, boolean[] possessive) {
        for (int[] r : matches(d, "subjects-first-person")) {
            if (d.immune(r[0], r[1]) || inMention(d, r[0], r[1]) || (r[1] - r[0] == 1 && possessive[r[0]])) continue;
            Draft.MentionDraft m = new Draft.MentionDraft(r[0], r[1]);
            m.kind(Role.SELF, "first-person");
            d.mentions.add(m);
        }
    }

    /**
     * {@code group-lexicon} (lexicon blame: 党员, 班子成员, 支委, 有人, 物业公司), widened by {@code group-name}
     * over the nouns that name them (驾驶员党员, 青年教师党员). A team word both lexicons hold (支委) is both.
     */
    private static void groups(Draft d) {
        for (int[] r : matches(d, "blame")) {
            if (d.immune(r[0], r[1])) continue;
            Draft.MentionDraft team = null;
            boolean inside = false;
            for (Draft.MentionDraft m : d.mentions) {
                if (m.from >= r[1] || r[0] >= m.to) continue;
                if (m.kinds.contains(Role.COLLECTIVE)) team = m;
                else inside = true;
            }
            if (inside) continue; // within a quantified group, or the 我 of 书记本人
            if (team != null) { // 支委, 全体党员, 支部委员, 班子成员: the team's own people, both the team and a group
                team.from = Math.min(team.from, r[0]);
                team.to = Math.max(team.to, r[1]);
                team.kind(Role.GROUP, "group-lexicon");
                continue;
            }
            int from = r[0];
            String rule = "group-lexicon";
            Draft.ClauseDraft c = d.clauseOf(d.tokens.get(from).start());
            while (from > 0 && adjacent(d, from - 1) && inClause(d, c, from - 1) && NAME_POS.contains(d.tokens.get(from - 1).pos())
                    && !QUANTIFIERS.contains(d.tokens.get(from - 1).word()) && !inMention(d, from - 1, from)
                    && !TAKES_PEOPLE.contains(d.tokens.get(from - 1).word())) {
                from--;
                rule = "group-name";
            }
            if (from > 0 && attributive(d, c, from - 1) && !inMention(d, from - 1, from)) {
                from--;
                rule = "attributive-verb";
            }
            Draft.MentionDraft m = new Draft.MentionDraft(from, r[1]);
            m.kind(Role.GROUP, rule);
            d.mentions.add(m);
        }
    }

    /** Token {@code i} ends where token i + 1 starts (no space, no punctuation between). */
    private static boolean adjacent(Draft d, int i) {
        return i + 1 < d.tokens.size() && d.tokens.get(i).end() == d.tokens.get(i + 1).start() && !d.tokens.get(i).isPunctuation();
    }

    private static boolean inClause(Draft d, Draft.ClauseDraft c, int i) {
        return c != null && d.tokens.get(i).start() >= c.start;
    }

    /**
     * Token {@code i} is a verb that names a state of the people after it (lexicon attributive-verbs: 退休教师支部,
     * 在职党员), at the start of its clause or after a quantifier's group: not a verb taking them as object.
     */
    private static boolean attributive(Draft d, Draft.ClauseDraft c, int i) {
        return adjacent(d, i) && inClause(d, c, i) && Lexicon.set("attributive-verbs").contains(d.tokens.get(i).word())
                && (opensClause(d, c, i) || !d.tokens.get(i - 1).pos().startsWith("v") && !d.tokens.get(i - 1).pos().startsWith("p"));
    }

    /** Token {@code i} is the first of its clause. */
    private static boolean opensClause(Draft d, Draft.ClauseDraft c, int i) {
        if (c == null || d.tokens.get(i).start() < c.start) return false;
        return i == 0 || d.tokens.get(i - 1).start() < c.start;
    }

    private static boolean inMention(Draft d, int from, int to) {
        return d.mentions.stream().anyMatch(m -> m.from < to && from < m.to);
    }

    static boolean isNoun(Token t) {
        return t.pos().startsWith("n");
    }

    /** An adjective or distinguishing word of one character or two (老, 年轻, 青年): part of a group's name. */
    static boolean isModifier(Token t) {
        return (t.pos().equals("a") || t.pos().equals("b")) && t.word().length() <= 2;
    }

    /** A word for people or their organisation (党员, 负责人, 支部, 物业公司), not a thing (网格, 活动). */
    static boolean isPeople(Token t) {
        String w = t.word(), pos = t.pos();
        return pos.equals("nnt") || pos.equals("nnd") || pos.startsWith("nr") || pos.equals("nis")
                || Lexicon.set("blame").contains(w) || Lexicon.set("subjects-collective").contains(w)
                || Lexicon.set("actor-words").contains(w) || Lexicon.entries("people-heads").stream().anyMatch(w::endsWith);
    }

    /** Runs of whole tokens that spell an entry of lexicon {@code name}; the longest at each place, none overlapping. */
    static List<int[]> matches(Draft d, String name) {
        Set<String> terms = Lexicon.set(name);
        int maxLength = Lexicon.longest(name);
        String firsts = Lexicon.firstCharacters(name);
        List<int[]> out = new ArrayList<>();
        List<Token> ts = d.tokens;
        for (int i = 0; i < ts.size(); i++) {
            if (firsts.indexOf(d.text.charAt(ts.get(i).start())) < 0) continue;
            int best = -1;
            for (int j = i; j < ts.size() && j < i + 8; j++) {
                int end = ts.get(j).end();
                if (end - ts.get(i).start() > maxLength) break;
                if (terms.contains(d.text.substring(ts.get(i).start(), end))) best = j + 1;
            }
            if (best < 0) continue;
            out.add(new int[] {i, best});
            i = best - 1;
        }
        return out;
    }
}
