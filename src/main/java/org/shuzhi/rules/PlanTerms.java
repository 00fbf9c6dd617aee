package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.Token;

/**
 * What makes a plan checkable ("把软任务转化为硬指标"): a deadline or schedule (年底前, 3月底前, 2024年6月前,
 * 第一季度, 下半年, 寒假前, 三个月内, 每季度), a measurable target (覆盖率达到100%, 发展党员2名, 每月一次, 不少于
 * 4次, 实现……全覆盖) and an owner (由我牵头, 组织委员负责, a named person). A year alone ("2024年，我将继续……")
 * is the plan's year, no deadline.
 */
public final class PlanTerms {
    /** A month, a month and day, with or without the year: 6月, 3月底, 7月1日, 2024年6月. */
    private static final Pattern MONTH = Pattern.compile(
            "(?<![每个\\d])(\\d{1,2}|十[一二]|[一二三四五六七八九十])月(份|初|中旬|上旬|下旬|底|末)?((\\d{1,2}|[一二三四五六七八九十]{1,3})[日号])?(前|底前|以前|之前)?");
    /** A quarter: 第一季度, 二季度, 一季度末. */
    private static final Pattern QUARTER = Pattern.compile("第?[一二三四1-4]季度(末|前|内)?");
    /** A period to finish within: 三个月内, 半年内, 两周内, 30天内. */
    private static final Pattern WITHIN = Pattern.compile("(\\d{1,3}|[一二两三四五六七八九十半]{1,3})个?(月|年|周|星期|天|日|季度|学期)(内|之内)");
    /** A point in the year the work ends before: 春节前, 寒假前, 汛期前, 开学前, 七一前. */
    private static final Pattern BEFORE = Pattern.compile(
            "(春节|元旦|清明|五一|端午|七一|八一|国庆|中秋|重阳|寒假|暑假|开学|期中|期末|汛期|防火期|农忙|秋收|春耕|换届|年中)[”\"]?(前|之前|以前)");
    /** A frequency: 每月一次, 每季度开展两次, 每学期至少1次. */
    private static final Pattern FREQUENCY = Pattern.compile(
            "每(个)?(周|月|季度|季|学期|半年|年|两周|两个月|两月)[^，。；,;]{0,12}?(\\d{1,3}|[一两二三四五六七八九十]{1,3})(次|场|期|回|课|篇|人次|节)");
    /** A target in words: 不少于4次, 达到95%以上, 实现……全覆盖, 做到应学尽学. */
    private static final Pattern TARGET_WORDS = Pattern.compile("(不少于|不低于|至少|达到|超过|控制在)[^，。；,;\\d]{0,8}?(\\d+(\\.\\d+)?%?|[一两二三四五六七八九十百]+)|全覆盖|清零|零投诉|零发生|销号");
    /** Who does it besides the lexicon owners: 组织委员, 支委, 党小组长 named as responsible. */
    private static final Pattern ROLES = Pattern.compile("(组织委员|宣传委员|纪检委员|青年委员|支部委员|支委|党小组长|网格长|书记)[^，。；,;]{0,6}?(负责|牵头|落实|主抓)");

    private PlanTerms() {}

    /** Deadlines and schedules within [from, to): lexicon deadlines, months and dates, quarters, periods, points before. */
    public static List<String> deadlines(AnalyzedParagraph p, int from, int to) {
        List<String> out = new ArrayList<>(TermMatcher.terms(TermMatcher.of("deadlines").find(p, from, to)));
        String text = p.normalized();
        for (Pattern pattern : List.of(MONTH, QUARTER, WITHIN, BEFORE)) {
            Matcher m = pattern.matcher(text).region(from, to);
            while (m.find()) {
                // 一月一专题: a month word inside a slogan is no date
                if (pattern == MONTH && m.end() < text.length() && "一二三四五六七八九十".indexOf(text.charAt(m.end())) >= 0) continue;
                out.add(m.group());
            }
        }
        return out.stream().distinct().toList();
    }

    /** Measurable targets within [from, to): figures, frequencies, targets in words. */
    public static List<String> targets(AnalyzedParagraph p, int from, int to) {
        List<String> out = new ArrayList<>(Signals.figures(p, from, to));
        String text = p.normalized();
        for (Pattern pattern : List.of(FREQUENCY, TARGET_WORDS)) {
            Matcher m = pattern.matcher(text).region(from, to);
            while (m.find()) out.add(m.group());
        }
        return out.stream().distinct().toList();
    }

    /** Who is responsible in the plan: lexicon owners (我, 由我牵头, 负责), a person's name, a member by office. */
    public static List<String> owners(AnalyzedParagraph p) {
        List<String> out = new ArrayList<>(TermMatcher.terms(TermMatcher.of("owners").find(p)));
        for (Token t : p.tokens()) if (t.pos().startsWith("nr") && Signals.isPersonName(t.word())) out.add(t.word());
        Matcher m = ROLES.matcher(p.normalized());
        while (m.find()) out.add(m.group());
        return out.stream().distinct().toList();
    }
}
