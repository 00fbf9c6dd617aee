package org.shuzhi.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Annotation rules for what a mention does in its clause, and what each clause is about:
 * <ul>
 * <li>{@code object-of-preposition}: after 对/把/给/将/向/为/与… (把班子和干部队伍建设……): OBJECT;
 * <li>{@code object-of-verb}: after a verb (推动支部工作, 带领支部, 发展党员): OBJECT;
 * <li>{@code coordinated}: after 和/与/及 and a mention, what that mention is (把班子和干部……: OBJECT);
 * <li>{@code embedded}: after 的 or another particle (我所在的支部): EMBEDDED;
 * <li>{@code noun-modifier}: before a noun of its own phrase (支部工作, 部分支部活动): MODIFIER;
 * <li>{@code temporal-clause}: the subject of a time clause followed by a subject of its own: EMBEDDED;
 * <li>{@code clause-subject}: only modifiers between the clause's start and it: SUBJECT;
 * <li>{@code speaker}: a subject whose predicate is a verb of saying (有的老党员说): SOURCE;
 * <li>{@code subject-continues}: a clause with no subject of its own goes on about the one before it in the
 *     same sentence, unless it opens on people as an object (……，对他们的联系服务不够);
 * <li>{@code size-statement}: a clause whose subject has (共有, 下设, 现有, 成立于) a number of something is a fact.
 * </ul>
 */
final class Functions {
    private Functions() {}

    /** Words after which a noun is an object or in a modifier, whatever their tag. */
    private static final Set<String> OBJECT_MARKERS = Set.of("对", "把", "给", "为", "向", "让", "使", "帮助", "引导",
            "带领", "组织", "教育", "督促", "关心", "联系", "对于", "针对", "与", "和", "同", "跟", "要求", "将");
    /** Predicates of size or make-up: a clause "支部共有党员61名" states a fact, it tells of no act. */
    private static final Set<String> SIZE_VERBS = Set.of("有", "共有", "现有", "拥有", "下设", "设有", "设", "下辖", "辖",
            "管辖", "包括", "含", "成立于", "建于", "组建于", "由", "共计", "计有");
    /** 成立于2008年, 组建于: when the organisation was founded, a fact; 成立了志愿服务队 is an act. */
    private static final Set<String> FOUNDED = Set.of("成立", "组建", "建立", "始建");

    static void annotate(Draft d) {
        for (Draft.MentionDraft m : d.mentions) function(d, m);
        for (Draft.ClauseDraft c : d.clauses) {
            for (Draft.MentionDraft m : d.mentions) {
                if (c.start <= m.start(d) && m.start(d) < c.end && (m.function == Role.SUBJECT || m.function == Role.SOURCE)) {
                    c.subject = m;
                    break;
                }
            }
        }
        continuation(d);
        for (Draft.ClauseDraft c : d.clauses) c.fact = isSizeStatement(d, c);
    }

    private static void function(Draft d, Draft.MentionDraft m) {
        List<Token> ts = d.tokens;
        Draft.ClauseDraft c = d.clauseOf(m.start(d));
        if (c == null) return;
        for (int i = m.from - 1; i >= 0 && ts.get(i).start() >= c.start; i--) {
            Token t = ts.get(i);
            if (CLOSE_BRACKETS.contains(t.word())) { // 村(居)班子: what the brackets hold is an aside
                while (i > 0 && ts.get(i - 1).start() >= c.start && !OPEN_BRACKETS.contains(ts.get(i - 1).word())) i--;
                i--;
                continue;
            }
            if (t.word().equals("、") || d.immune(t) || QUOTES.contains(t.word())) continue; // 高龄、失能党员, “双报到”党员
            if (t.isPunctuation() || t.pos().equals("vshi")) break;
            if (t.pos().equals("cc") || COORDINATORS.contains(t.word())) {
                // 班子和干部, 支部和全体党员: a second item does what the first does
                Draft.MentionDraft first = i > 0 ? d.mentionAt(i - 1) : null;
                if (first != null) {
                    if (first.to != i || first.function == null) continue;
                    m.function(first.function, "coordinated");
                    return;
                }
            }
            Draft.MentionDraft before = d.mentionAt(i);
            if (before != null && before.function == Role.MODIFIER && before.to == m.from) continue; // 支部|党员
            if (OBJECT_MARKERS.contains(t.word()) && !(t.word().equals("将") && !disposal(ts, i))) {
                m.function(Role.OBJECT, t.pos().startsWith("p") ? "object-of-preposition" : "object-of-verb");
                return;
            }
            String pos = t.pos();
            if (pos.startsWith("p")) {
                m.function(Role.OBJECT, "object-of-preposition");
                return;
            }
            if (pos.startsWith("u")) {
                m.function(Role.EMBEDDED, "embedded");
                return;
            }
            if (pos.startsWith("v") && !pos.equals("vi") && !pos.equals("vn")) {
                m.function(Role.OBJECT, "object-of-verb");
                return;
            }
            // 发展党员, 培训党员: a verbal noun right before people takes them as its object
            if (pos.equals("vn") && i == m.from - 1 && t.end() == m.start(d) && !Lexicon.set("attributive-verbs").contains(t.word())) {
                m.function(Role.OBJECT, "object-of-verb");
                return;
            }
        }
        if (m.to < ts.size() && modifies(d, m)) {
            m.function(Role.MODIFIER, "noun-modifier");
            return;
        }
        if (temporal(d, m, c)) {
            m.function(Role.EMBEDDED, "temporal-clause");
            return;
        }
        m.function(Role.SUBJECT, "clause-subject");
        // 支部提出……, 我们表示……: an organisation's words are its acts; only others are a source
        if (m.kinds.contains(Role.GROUP) && !m.kinds.contains(Role.COLLECTIVE) && speaks(d, m, c)) m.function(Role.SOURCE, "speaker");
    }

    /** Time words the tagger calls nouns: they say when the subject acts. */
    private static final Set<String> TIMES = Set.of("全年", "今年", "去年", "当年", "年内", "近年来", "近年", "第一时间", "每月", "每年",
            "每季度", "每周", "平时", "日常", "同时", "期间");
    private static final Set<String> QUOTES = Set.of("“", "”", "‘", "’", "\"", "〝", "〞", "《", "》", "「", "」");
    private static final Set<String> OPEN_BRACKETS = Set.of("(", "（", "[");
    private static final Set<String> CLOSE_BRACKETS = Set.of(")", "）", "]");
    private static final Set<String> COORDINATORS = Set.of("和", "与", "及", "以及", "同");

    /**
     * The mention qualifies the noun right after it (支部工作, 部分支部活动, 支部党员), unless that noun belongs
     * with it (我们支部, 班子成员能力, 党员干部) or it names some of the people, whose following noun is what is
     * said of them (部分党员年纪偏大: the topic, then its comment; 党员队伍 is one noun). A verbal noun, or a verb
     * the tagger calls a noun (组织), that takes an object of its own is the predicate (支部指导学校团委, 支部组织
     * 党员), not a noun.
     */
    private static boolean modifies(Draft d, Draft.MentionDraft m) {
        List<Token> ts = d.tokens;
        Token next = ts.get(m.to);
        if (next.start() != ts.get(m.to - 1).end()) return false;
        if (!next.pos().startsWith("n") && !next.pos().equals("vn")) return false;
        if (TIMES.contains(next.word())) return false; // 支部全年开展, 支部第一时间发出倡议: when, not whose
        if (alsoGroup(m).contains(next.word())) return false;
        if (m.kinds.contains(Role.GROUP) && isPerson(next)) return false; // 党员教师, not 党员服务队
        // 部分党员年纪偏大, 有的老党员身体不好: some of the people, then what is said of them
        if (quantified(d, m) && isPerson(ts.get(m.to - 1))) return false;
        if ((next.pos().equals("vn") || Mentions.TAKES_PEOPLE.contains(next.word())) && m.to + 1 < ts.size()) {
            Token object = ts.get(m.to + 1);
            if (Mentions.isPeople(object) || object.pos().equals("nz") || d.mentionAt(m.to + 1) != null) return false;
        }
        return true;
    }

    private static boolean quantified(Draft d, Draft.MentionDraft m) {
        return Mentions.QUANTIFIERS.contains(d.tokens.get(m.from).word());
    }

    /** A word for persons, not for an organisation: 党员, 同志, 网格员, 负责人. */
    private static boolean isPerson(Token t) {
        String w = t.word(), pos = t.pos();
        if (pos.equals("nis") || Lexicon.set("subjects-collective").contains(w)) return false;
        return pos.equals("nnt") || pos.equals("nnd") || pos.startsWith("nr")
                || PERSON_ENDS.stream().anyMatch(w::endsWith);
    }

    private static final List<String> PERSON_ENDS = List.of("员", "人", "者", "同志", "干部", "群众", "职工", "骨干", "师", "生", "长", "书记");

    private static final Set<String> AFTER = Set.of("后", "以后", "之后", "时", "期间");

    /**
     * {@code temporal-clause}: the mention is the subject of a time clause, and a subject of its own follows
     * (驾驶员党员调动后组织关系转接不够及时: what is said is of the transfer). When the clause goes on about them
     * (在职党员到社区报到后参加活动少, ……报到后作用发挥不明显) they remain its subject.
     */
    private static boolean temporal(Draft d, Draft.MentionDraft m, Draft.ClauseDraft c) {
        boolean verb = false;
        List<Token> ts = d.tokens;
        for (int i = m.to; i < ts.size() && i < m.to + 6 && ts.get(i).start() < c.end; i++) {
            Token t = ts.get(i);
            if (t.isPunctuation()) return false;
            if (t.pos().startsWith("v")) verb = true;
            else if (verb && AFTER.contains(t.word()) && t.pos().startsWith("f")) {
                if (i + 1 >= ts.size() || ts.get(i + 1).start() >= c.end) return false;
                Token next = ts.get(i + 1);
                return (next.pos().startsWith("n") || next.pos().equals("vn")) && !Lexicon.set("attribute-words").contains(next.word());
            }
        }
        return false;
    }

    /** 将 as 把 (将在职支部建在系部), not as "will" (我们将组织……): a noun or the group follows it. */
    private static boolean disposal(List<Token> ts, int i) {
        if (ts.get(i).pos().startsWith("p")) return true;
        if (i + 1 >= ts.size()) return false;
        Token next = ts.get(i + 1);
        return next.pos().startsWith("n") || next.pos().equals("vn") || Lexicon.set("attributive-verbs").contains(next.word());
    }

    /** Nouns that may follow a mention and leave it the subject: 我们支部, 班子成员能力, 党员干部. */
    private static Set<String> alsoGroup(Draft.MentionDraft m) {
        return m.kinds.contains(Role.GROUP) ? AlsoGroup.PEOPLE : AlsoGroup.TEAM;
    }

    /** Loaded on first use, once. */
    private static final class AlsoGroup {
        static final Set<String> TEAM = Lexicon.set("subjects-collective");
        static final Set<String> PEOPLE;

        static {
            Set<String> out = new HashSet<>(TEAM);
            out.addAll(Lexicon.set("actor-words"));
            out.addAll(Lexicon.set("attribute-words"));
            out.addAll(Lexicon.set("conduct-words"));
            PEOPLE = Set.copyOf(out);
        }
    }

    /** The mention's predicate, after any adverbs, is a verb of saying (lexicon speech-verbs). */
    private static boolean speaks(Draft d, Draft.MentionDraft m, Draft.ClauseDraft c) {
        for (int i = m.to; i < d.tokens.size() && d.tokens.get(i).start() < c.end; i++) {
            Token t = d.tokens.get(i);
            if (t.pos().startsWith("d")) continue;
            return Lexicon.set("speech-verbs").contains(t.word());
        }
        return false;
    }

    private static final Set<String> PEOPLE_PRONOUNS = Set.of("他们", "她们", "其", "他", "她", "大家");

    /** {@code subject-continues}: clauses without a subject of their own go on about the one before them. */
    private static void continuation(Draft d) {
        for (int k = 1; k < d.clauses.size(); k++) {
            Draft.ClauseDraft c = d.clauses.get(k), prev = d.clauses.get(k - 1);
            if (c.subject != null || prev.sentenceEnd || prev.subject == null) continue;
            if (!continues(d, c)) continue;
            c.subject = prev.subject;
            c.inherited = true;
        }
    }

    /**
     * The clause opens with no noun or pronoun of its own, or with a quality of the group (思想, 业务能力:
     * lexicon attribute-words); not with people as the object of a preposition (对他们的联系服务不够).
     */
    private static boolean continues(Draft d, Draft.ClauseDraft c) {
        Set<String> qualities = Lexicon.set("attribute-words");
        int nouns = 0;
        boolean opening = true;
        for (int i = 0; i < d.tokens.size(); i++) {
            Token t = d.tokens.get(i);
            if (t.start() < c.start) continue;
            if (t.start() >= c.end) break;
            String pos = t.pos();
            if (opening && (pos.startsWith("d") || pos.startsWith("c"))) continue; // 但, 还, 也: not the subject
            if (opening && pos.startsWith("p")) {
                // 对他们的联系服务不够, 对党员的教育不严: the people are the object; someone else is at fault
                for (int j = i + 1; j < d.tokens.size() && d.tokens.get(j).start() < c.end; j++) {
                    Token o = d.tokens.get(j);
                    if (PEOPLE_PRONOUNS.contains(o.word()) || d.mentionAt(j) != null) return false;
                    if (o.pos().startsWith("v") && !o.pos().equals("vn")) break;
                }
                return true;
            }
            if (opening && (t.word().equals("己") || t.word().equals("自己") || t.word().equals("自身"))) return true; // 与己无关
            opening = false;
            boolean noun = pos.startsWith("n") || pos.equals("vn") || pos.startsWith("r") || Mentions.QUANTIFIERS.contains(t.word());
            if (noun && qualities.contains(t.word())) return true;
            if (!noun || t.isPunctuation()) return nouns == 0;
            if (++nouns > 3) return false;
        }
        return nouns == 0;
    }

    /**
     * {@code size-statement}: the clause's predicate, after its subject (a mention, or nouns: 支部委员会) or none,
     * is one of size or make-up (共有, 下设, 由……组成) with a number in the clause: "支部共有党员61名, 下设3个党小组"
     * states a fact, it tells of no act.
     */
    private static boolean isSizeStatement(Draft d, Draft.ClauseDraft c) {
        boolean size = false, number = false;
        for (int i = 0; i < d.tokens.size(); i++) {
            Token t = d.tokens.get(i);
            if (t.start() < c.start || d.immune(t)) continue;
            if (t.start() >= c.end) break;
            if (!size) {
                String pos = t.pos();
                boolean subject = d.mentionAt(i) != null || pos.startsWith("n") || pos.startsWith("r") || pos.startsWith("t");
                if (subject || pos.startsWith("d") || t.word().equals("现") || t.word().equals("目前")) continue;
                boolean founded = FOUNDED.contains(t.word()) && i + 1 < d.tokens.size() && d.tokens.get(i + 1).word().equals("于");
                if (!SIZE_VERBS.contains(t.word()) && !founded) return false;
                size = true;
            } else if (t.isNumeral()) {
                number = true;
            }
        }
        return size && number;
    }
}
