package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.Role;
import org.shuzhi.nlp.Token;

/**
 * What the rules read from the segmentation of a paragraph: whether the secretary speaks (from the role
 * annotation, {@link org.shuzhi.nlp.Roles}), figures (a numeral with a measure word, a percentage), named people and places, deadlines.
 */
public final class Signals {
    private static final Pattern DIGITS = Pattern.compile(".*\\d.*");
    private static final Pattern CHINESE_NUMERAL = Pattern.compile("[零两一二三四五六七八九十百千万亿半]+(余|多)?");
    /** Measure words after 一 that count something; 一批/一系列/一些 say nothing measurable. */
    private static final Set<String> COUNTING = Set.of("次", "名", "项", "个", "场", "期", "篇", "件", "位", "人", "户",
            "家", "所", "条", "套", "本", "台", "支", "批次", "轮", "堂", "节", "课", "万元", "元", "小时", "天");
    /** Time units: a number with these is a date ("9月", "2023年"), not a figure. */
    private static final Set<String> DATE_UNITS = Set.of("年", "月", "日", "号", "月份", "月底", "月初", "时", "点");
    private static final Pattern DATE_WORD = Pattern.compile("(\\d{1,2}|[一二三四五六七八九十]{1,2})(月|月底|月份|月中旬|月上旬|月下旬)");
    /** 十九届, 二十大: numbered sessions, not figures. */
    private static final Set<String> ORDINAL_UNITS = Set.of("届", "大");
    private static final Set<String> NAME_POS = Set.of("nr", "nrf", "nr1", "nr2", "ns", "nsf", "nt", "ntc", "ntu", "nto", "nth");

    private Signals() {}

    /**
     * The secretary as actor: 我 or 本人 as a word of its own (not 我们, 我校, nor the 我 of 我支部, nor a 我 in
     * quotes such as “我为群众办实事”), as the role annotation marks SELF; reflexives (自己) are left out.
     */
    public static List<TermMatcher.Match> firstPerson(AnalyzedParagraph p) {
        return p.roles().of(Role.SELF).stream().filter(a -> !REFLEXIVES.contains(a.text()))
                .map(a -> new TermMatcher.Match(a.text(), a.start(), a.end())).toList();
    }

    private static final Set<String> REFLEXIVES = Set.of("自己", "自身");

    /** Figures: a numeral with a measure word (12次, 两名, 20万元) or a percentage; not dates, not 一是, not 第二. */
    public static List<String> figures(AnalyzedParagraph p) {
        return figures(p, 0, p.normalized().length());
    }

    /** Figures within [from, to) of the paragraph. */
    public static List<String> figures(AnalyzedParagraph p, int from, int to) {
        List<Token> ts = p.tokens();
        List<String> out = new ArrayList<>();
        // 八项规定, 两个责任, 建党100周年: numbers inside a stock formulation or a standard system's name
        List<TermMatcher.Match> fixed = new ArrayList<>(TermMatcher.of("stock-phrases").find(p));
        fixed.addAll(TermMatcher.of("institutions").find(p));
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (!t.isNumeral() || t.start() < from || t.end() > to) continue;
            if (fixed.stream().anyMatch(m -> m.start() <= t.start() && t.end() <= m.end())) continue;
            String w = t.word();
            boolean digits = DIGITS.matcher(w).matches();
            if (!digits && !CHINESE_NUMERAL.matcher(w).matches()) continue;
            if (i > 0 && ts.get(i - 1).word().endsWith("第")) continue;
            if (w.startsWith("第")) continue;
            Token next = i + 1 < ts.size() ? ts.get(i + 1) : null;
            if (next == null || next.start() != t.end()) {
                if (digits && w.matches(".*\\d+(\\.\\d+)?[%‰].*")) out.add(w);
                continue;
            }
            String n = next.word();
            if (n.equals("%") || n.equals("‰") || n.equals("倍")) {
                out.add(w + n);
            } else if (next.pos().startsWith("q") || n.equals("万元") || n.equals("元") || n.equals("人")) {
                if (DATE_UNITS.contains(n)) continue;
                // 一次, 一项: "作为一项重要工作", "受到了一次洗礼" count nothing
                if (!digits && w.equals("一")) continue;
                if (ORDINAL_UNITS.contains(n)) continue;
                // 每月一次 is a routine, not a result
                if (!digits && w.equals("一") && i > 0 && ts.get(i - 1).word().startsWith("每")) continue;
                out.add(w + n);
            } else if (digits && w.length() > 1 && !w.matches("(19|20)\\d\\d")) {
                out.add(w); // a bare multi-digit number (编号, 分数) still is a figure
            }
        }
        return out;
    }

    /**
     * Concrete examples the segmenter names: people (a name that starts with a surname of lexicon
     * surnames: HanLP also tags slogans such as 学铸魂 as names), places and organisations of three
     * characters or more.
     */
    public static List<String> names(AnalyzedParagraph p) {
        List<String> out = new ArrayList<>();
        List<TermMatcher.Match> stock = TermMatcher.of("stock-phrases").find(p);
        List<Token> ts = p.tokens();
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (!NAME_POS.contains(t.pos()) || STOCK_NAMES.contains(t.word())) continue;
            if (stock.stream().anyMatch(m -> m.start() <= t.start() && t.end() <= m.end())) continue;
            boolean person = t.pos().startsWith("nr");
            // two-character "names" are mostly mis-tagged words (全园, 向好) unless a title follows (王磊同志)
            boolean titled = i + 1 < ts.size() && (ts.get(i + 1).word().equals("同志") || ts.get(i + 1).pos().equals("nnt"));
            if (t.word().length() < 3 && !(person && titled)) continue;
            if (person && !isPersonName(t.word())) continue;
            out.add(t.word());
        }
        return out;
    }

    /**
     * A person's name: starts with a surname (lexicon surnames) and does not begin with a common word
     * of the dictionary (安全和, 学铸魂 are words the tagger took for names; 王磊, 赵慧 are names).
     */
    static boolean isPersonName(String name) {
        if (name.length() < 2 || name.length() > 4) return false;
        Set<String> surnames = Lexicon.set("surnames");
        if (!surnames.contains(name.substring(0, 1)) && !(name.length() > 2 && surnames.contains(name.substring(0, 2)))) return false;
        return !org.shuzhi.nlp.CoreWords.isCommonWordNotName(name.substring(0, 2));
    }

    /** Names every report cites; they are no example of the writer's own work. */
    private static final Set<String> STOCK_NAMES = Set.of("习近平", "中国", "党中央", "中共中央", "国务院", "中央", "毛泽东", "邓小平", "中国共产党");

    /** Deadlines and schedules: a month or date (3月底, 6月), 年内, 每季度 and the like. */
    public static List<String> deadlines(AnalyzedParagraph p) {
        return deadlines(p, 0, p.normalized().length());
    }

    /** Deadlines within [from, to) of the paragraph. */
    public static List<String> deadlines(AnalyzedParagraph p, int from, int to) {
        List<String> out = new ArrayList<>(TermMatcher.terms(TermMatcher.of("deadlines").find(p, from, to)));
        var m = DATE_WORD.matcher(p.normalized()).region(from, to);
        while (m.find()) out.add(m.group());
        for (Token t : p.tokens()) {
            if (t.start() >= from && t.end() <= to && t.pos().equals("t") && DIGITS.matcher(t.word()).matches()) out.add(t.word());
        }
        return out.stream().distinct().toList();
    }

    /** Who is responsible in a plan: 我, 由我牵头, a named person with 负责. */
    public static List<String> owners(AnalyzedParagraph p) {
        List<String> out = new ArrayList<>(TermMatcher.terms(TermMatcher.of("owners").find(p)));
        for (Token t : p.tokens()) if (t.pos().startsWith("nr") && t.word().length() >= 2) out.add(t.word());
        return out.stream().distinct().toList();
    }

    /** Characters of content: the paragraph after any heading, without white space. */
    public static int contentChars(AnalyzedParagraph p) {
        return org.shuzhi.nlp.TextNormalizer.countChars(p.normalized().substring(bodyStart(p)));
    }

    /**
     * Where what the paragraph says begins: after its heading or lead phrase. A numbered item that is one
     * whole sentence ("一是进一步加强理论学习。") is parsed as a bare heading, yet it is content: its
     * body starts after the numbering.
     */
    public static int bodyStart(AnalyzedParagraph p) {
        String text = p.normalized();
        if (p.heading() == null) return 0;
        if (!p.isHeadingOnly()) return Math.min(p.heading().contentStart(), text.length());
        if (!p.endsSentence()) return text.length();
        int at = p.heading().title().isEmpty() ? -1 : text.indexOf(p.heading().title());
        return at < 0 ? 0 : at;
    }

    /** Where the paragraph's words begin after its numbering (一、 （一） 一是), lead phrase included. */
    public static int afterNumbering(AnalyzedParagraph p) {
        if (p.heading() == null) return 0;
        int at = p.heading().title().isEmpty() ? -1 : p.normalized().indexOf(p.heading().title());
        return at < 0 ? Math.min(p.heading().contentStart(), p.normalized().length()) : at;
    }
}
