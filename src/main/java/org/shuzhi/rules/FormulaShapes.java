package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.Token;

/**
 * Formulas recognised by their shape rather than by a list, so SLOGAN_HEAVY reaches formulas no lexicon
 * holds:
 * <ul>
 * <li>a chain of short parallel items — two or more clauses of 3–5 characters, equally long, joined by
 * 、 or ，, that share a word at the same place, not a noun (以学正心、以查纠偏、以改促治; 疫情要防住、经济要稳住), or all
 * open with a verb, adjective, adverb or preposition (喜迎二十大、奋进新征程; 知敬畏、存戒惧、守底线). A list
 * of things (主题党日、专题讲座; 专题学习、专题党课) is no chain; three or more items of up to 8 characters that end
 * in the same word make one too (思想认识到位、宣传发动到位、整治落实到位);</li>
 * <li>an idiom as HanLP's dictionary tags it (成语 {@code i}, 习用语 {@code l}, {@code vl}, {@code al} …) of
 * four characters or more: 比翼齐飞, 锲而不舍, 义不容辞;</li>
 * <li>a verb–object slogan that makes up a whole clause: a verb, 新 or 新的, a noun (奋进新征程, 建功新时代).</li>
 * </ul>
 * The rule counts a word inside such a shape as stock only where it would otherwise be the writer's own:
 * the shapes never turn the register's generic words (加强, 学习, 效果) into formulas.
 */
final class FormulaShapes {
    /** Items of a parallel chain: shorter is a word list (党性、作风), longer a clause of content. */
    static final int MIN_ITEM = 3;
    static final int MAX_ITEM = 5;
    /** Items ending in the same word (…到位、…到位) may be longer. */
    static final int MAX_SUFFIX_ITEM = 8;
    /** An idiom shorter than this (一对一, 面对面) is a plain phrase. */
    static final int MIN_IDIOM = 4;
    /** A verb–object slogan is a short clause: 奋进新征程, 展现新的作为. */
    static final int MAX_SLOGAN_CLAUSE = 7;

    private static final String CLAUSE_ENDS = "、，,；;。：:！？!?“”\"‘’《》（）()";
    private static final String CHAIN_JOINS = "、，,";

    private FormulaShapes() {}

    /** The shapes found within the paragraph after {@code from}. */
    static List<TermMatcher.Match> find(AnalyzedParagraph p, int from) {
        List<TermMatcher.Match> out = new ArrayList<>(chains(p, from));
        out.addAll(idioms(p, from));
        out.addAll(newSlogans(p, from));
        return out;
    }

    /** A clause: [start, end) of the text between punctuation, and the mark that ends it. */
    private record Clause(int start, int end, char mark) {
        int length() {
            return end - start;
        }
    }

    private static List<Clause> clauses(String text, int from) {
        List<Clause> out = new ArrayList<>();
        int start = from;
        for (int i = from; i <= text.length(); i++) {
            if (i < text.length() && CLAUSE_ENDS.indexOf(text.charAt(i)) < 0) continue;
            if (i > start) out.add(new Clause(start, i, i < text.length() ? text.charAt(i) : '。'));
            start = i + 1;
        }
        return out;
    }

    static List<TermMatcher.Match> chains(AnalyzedParagraph p, int from) {
        String text = p.normalized();
        List<Clause> cs = clauses(text, from);
        List<TermMatcher.Match> out = new ArrayList<>();
        for (int i = 0; i < cs.size(); i++) {
            int len = cs.get(i).length();
            if (len < MIN_ITEM || len > MAX_SUFFIX_ITEM) continue;
            int j = i;
            while (j + 1 < cs.size() && joined(cs.get(j), cs.get(j + 1)) && cs.get(j + 1).length() == len) j++;
            List<Clause> items = new ArrayList<>(cs.subList(i, j + 1));
            // "坚持以学正心、以查纠偏", "以昂扬姿态奋进新征程、建功新时代": the first item may close a longer
            // clause that leads into the chain, when it shares a word with the next item at the same place, or
            // is parallel to it and only a subject or adverbial stands before it ("实现党建与业务工作同频共振、
            // 互促共进" is one goal, the object of 实现, not a chain of slogans)
            if (i > 0 && joined(cs.get(i - 1), cs.get(i)) && cs.get(i - 1).length() > len) {
                Clause lead = cs.get(i - 1);
                Clause tail = new Clause(lead.end() - len, lead.end(), lead.mark());
                List<Clause> with = new ArrayList<>(items);
                with.add(0, tail);
                if (tokenAt(p, tail.start()) != null && (sharesWord(p, with) || (parallel(p, with) && noVerbBefore(p, lead.start(), tail.start())))) items = with;
            }
            // longer items are a chain only when they end alike: 思想认识到位、宣传发动到位、整治落实到位
            boolean fits = len <= MAX_ITEM ? parallel(p, items) : items.size() > 2 && sharesLastWord(p, items);
            if (items.size() > 1 && fits && items.stream().noneMatch(c -> hasFigure(text, c))) {
                for (Clause c : items) out.add(new TermMatcher.Match(text.substring(c.start(), c.end()), c.start(), c.end()));
            }
            i = j;
        }
        return out;
    }

    private static boolean joined(Clause a, Clause b) {
        return a.end() + 1 == b.start() && CHAIN_JOINS.indexOf(a.mark()) >= 0;
    }

    /**
     * Parallel: a word shared at the same place, or every item opens with a predicate word that is a single
     * character — the register's compression (知敬畏、存戒惧; 强担当、亮身份) — or, with two-character verbs, one
     * item is a verb–object slogan with 新 (喜迎二十大、奋进新征程). Two-character verbs with their objects are how
     * particular work is listed (清扫街巷、修剪绿篱、粉刷围墙), not formulas.
     */
    private static boolean parallel(AnalyzedParagraph p, List<Clause> items) {
        if (items.size() < 2) return false;
        if (sharesWord(p, items)) return true;
        boolean monosyllabic = true;
        for (Clause c : items) {
            Token t = tokenAt(p, c.start());
            if (t == null || !opensPredicate(t)) return false;
            monosyllabic &= t.word().length() == 1;
        }
        return monosyllabic || items.stream().anyMatch(c -> isNewSlogan(p, c));
    }

    private static boolean isNewSlogan(AnalyzedParagraph p, Clause c) {
        return newSlogans(p, c.start()).stream().anyMatch(m -> m.start() == c.start() && m.end() == c.end());
    }

    /** Only a subject or an adverbial before the tail (党员们, 以昂扬姿态): the tail is the clause's predicate, not an object of 实现. */
    private static boolean noVerbBefore(AnalyzedParagraph p, int from, int to) {
        return p.tokens().stream().noneMatch(t -> t.start() >= from && t.end() <= to && t.pos().startsWith("v"));
    }

    private static List<Token> tokensIn(AnalyzedParagraph p, Clause c) {
        return p.tokens().stream().filter(t -> t.start() >= c.start() && t.end() <= c.end()).toList();
    }

    /** A verb (not a verbal noun), adjective, adverb or preposition: the item says what to do or how. */
    private static boolean opensPredicate(Token t) {
        String pos = t.pos();
        return (pos.startsWith("v") && !pos.equals("vn")) || pos.startsWith("a") || pos.startsWith("d") || pos.startsWith("p");
    }

    /** The items all end in the same word, not a noun: 到位, 起来, 下去. */
    private static boolean sharesLastWord(AnalyzedParagraph p, List<Clause> items) {
        Token last = null;
        for (Clause c : items) {
            Token t = tokenEndingAt(p, c.end());
            if (t == null || isThing(t) || (last != null && !last.word().equals(t.word()))) return false;
            last = t;
        }
        return true;
    }

    /**
     * A shared word at the same place, not a noun: 以学正心、以查纠偏 and 疫情要防住、经济要稳住 are formulas, while
     * 专题学习、专题党课 lists things.
     */
    private static boolean sharesWord(AnalyzedParagraph p, List<Clause> items) {
        Clause first = items.get(0);
        for (int k = 0; k < first.length(); k++) {
            Token t0 = tokenAt(p, first.start() + k);
            if (t0 == null || isThing(t0)) continue;
            boolean all = true;
            for (Clause c : items) {
                Token t = tokenAt(p, c.start() + k);
                if (t == null || !t.word().equals(t0.word())) {
                    all = false;
                    break;
                }
            }
            if (all) return true;
        }
        return false;
    }

    private static boolean hasFigure(String text, Clause c) {
        return text.substring(c.start(), c.end()).chars().anyMatch(Character::isDigit);
    }

    static List<TermMatcher.Match> idioms(AnalyzedParagraph p, int from) {
        List<TermMatcher.Match> out = new ArrayList<>();
        for (Token t : p.tokens()) {
            if (t.start() < from || t.word().length() < MIN_IDIOM) continue;
            String pos = t.pos();
            if (pos.equals("i") || pos.endsWith("l")) out.add(new TermMatcher.Match(t.word(), t.start(), t.end()));
        }
        return out;
    }

    /**
     * A verb, 新 or 新的, and a noun that close their clause: the whole clause (建新功), or after the clause's
     * own words when the verb has two characters (以昂扬姿态奋进新征程).
     */
    static List<TermMatcher.Match> newSlogans(AnalyzedParagraph p, int from) {
        String text = p.normalized();
        List<TermMatcher.Match> out = new ArrayList<>();
        for (Clause c : clauses(text, from)) {
            List<Token> ts = tokensIn(p, c);
            int n = ts.size();
            if (n < 3 || ts.get(n - 1).end() != c.end()) continue;
            Token verb = ts.get(n - 3), adj = ts.get(n - 2), noun = ts.get(n - 1);
            boolean shape = verb.pos().startsWith("v") && !verb.pos().equals("vn")
                    && (adj.word().equals("新") || adj.word().equals("新的")) && noun.pos().startsWith("n")
                    && noun.end() - verb.start() <= MAX_SLOGAN_CLAUSE;
            boolean whole = verb.start() == c.start();
            if (shape && (whole || verb.word().length() == 2)) {
                out.add(new TermMatcher.Match(text.substring(verb.start(), noun.end()), verb.start(), noun.end()));
            }
        }
        return out;
    }

    /** A common noun or a noun modifier (专题, 党员): items sharing one list things, they are no formula. */
    private static boolean isThing(Token t) {
        String pos = t.pos();
        return pos.equals("n") || pos.equals("nnt") || pos.equals("nis") || pos.equals("ng") || pos.equals("b");
    }

    private static Token tokenEndingAt(AnalyzedParagraph p, int at) {
        for (Token t : p.tokens()) if (t.end() == at) return t;
        return null;
    }

    private static Token tokenAt(AnalyzedParagraph p, int at) {
        for (Token t : p.tokens()) {
            if (t.start() == at) return t;
            if (t.start() > at) break;
        }
        return null;
    }
}
