package org.shuzhi.nlp;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shuzhi.document.Part;

/**
 * Recognises headings in every numbering style seen in real reports (一、 （一） 1. （1） ① 一是 第一，
 * 第一部分) and unnumbered ones, and which part their wording names. Works on normalised text (full-width
 * brackets and digits already folded).
 */
public final class HeadingParser {
    private record Numbering(Pattern pattern, int level) {}

    private static final String CN = "[一二三四五六七八九十]{1,3}";
    private static final List<Numbering> NUMBERINGS = List.of(
            new Numbering(Pattern.compile("^第" + CN + "部分[、,.:：\\s]*"), 1),
            // "一、2020年工作开展情况": a figure may follow 、 but not "一.5"
            new Numbering(Pattern.compile("^" + CN + "(?:、|[.:](?!\\d))\\s*"), 1),
            new Numbering(Pattern.compile("^\\(" + CN + "\\)[、.\\s]*"), 2),
            new Numbering(Pattern.compile("^【(?=[^】]{1,30}】)"), 2),
            new Numbering(Pattern.compile("^\\d{1,2}(?:[.、](?!\\d)|\\s)\\s*"), 3),
            new Numbering(Pattern.compile("^第" + CN + "(?=[,、:：])[,、:：]\\s*"), 3),
            new Numbering(Pattern.compile("^\\(\\d{1,2}\\)[、.\\s]*"), 4),
            new Numbering(Pattern.compile("^[\\u2460-\\u2473]\\s*"), 4),
            new Numbering(Pattern.compile("^(?:其" + CN + "|" + CN + "是|首先|其次|再次|最后)(?=[,:：，、]|[\\p{IsHan}])[,:：，、]?"), 5));

    /** Lead phrase of an inline heading: up to the first 。 or ：, within the first 40 characters. */
    private static final Pattern LEAD = Pattern.compile("^[^。:!?;]{2,40}?[。:!?;]");
    private static final Pattern SENTENCE_END = Pattern.compile("[。!?;]");

    private static final Pattern RECTIFICATION = Pattern.compile("(上年度|上一年度|上年|去年|往年|以往|承诺).{0,8}(整改|落实|回应|兑现)|整改(落实)?情况|承诺事项(落实|完成)?情况|问题整改");
    private static final Pattern BASIC = Pattern.compile("^(基本情况|支部基本情况|党组织基本情况|概况)");
    // the colloquial wordings of village and branch reports too: 做了什么 / 问题在哪 / 明年怎么干
    private static final Pattern PROBLEM = Pattern.compile("问题|不足|短板|差距|原因|查摆|薄弱|欠缺|弱项|没做好|做得不够|不到位");
    private static final Pattern PLAN = Pattern.compile("下一步|打算|思路|努力方向|今后|措施|计划|举措|目标|展望|方向|改进|怎么干|怎么办|怎么改|怎么做|明年|来年|新的一年");
    private static final Pattern ACHIEVEMENT = Pattern.compile("履职|情况|做法|成效|成绩|亮点|述责任|工作开展|主要工作|特色|经验|成果|工作回顾|抓党建|[做干抓]了(?:什么|哪些|些什么)");

    private HeadingParser() {}

    /** The heading at the start of {@code text}, or null when the paragraph is plain content. */
    public static Heading parse(String text) {
        String t = text.strip();
        int offset = text.indexOf(t.isEmpty() ? text : t.substring(0, 1));
        for (Numbering n : NUMBERINGS) {
            Matcher m = n.pattern().matcher(t);
            if (!m.find()) continue;
            String rest = t.substring(m.end());
            if (rest.isEmpty()) return null;
            return numbered(n.level(), rest, offset + m.end(), text.length());
        }
        return unnumbered(t, text.length());
    }

    private static Heading numbered(int level, String rest, int restStart, int textLength) {
        // "一是进一步加强理论学习。" and "1.由我牵头修订制度。" are items of content, never bare headings
        boolean sentence = level >= 3 && rest.matches(".*[。!?;]$");
        if (!sentence && level < 5 && isHeadingOnly(rest)) {
            return new Heading(level, trimEnd(rest), partOf(rest), textLength);
        }
        Matcher lead = LEAD.matcher(rest);
        if (lead.find() && lead.end() < rest.strip().length()) {
            String title = rest.substring(0, lead.end() - 1);
            return new Heading(level, title, level <= 2 ? partOf(title) : null, restStart + lead.end());
        }
        return new Heading(level, "", null, restStart);
    }

    private static Heading unnumbered(String t, int textLength) {
        // an unnumbered line that ends a sentence is content, however short ("我牵头整改问题5项。")
        if (t.length() > 24 || !isHeadingOnly(t) || t.matches(".*[。!?;.]$")) return null;
        if (t.contains("述职") || t.contains("报告") || t.contains("书记") || t.matches(".*\\d{4}年.*")) return null;
        Part part = partOf(t);
        // a short line with no sentence end is a heading: a part heading if its wording names a part,
        // else a slogan heading ("让堡垒'强'起来")
        if (part != null) return new Heading(1, trimEnd(t), part, textLength);
        if (t.length() <= 20 && !t.matches(".*[,，].*[,，].*")) return new Heading(0, trimEnd(t), null, textLength);
        return null;
    }

    private static boolean isHeadingOnly(String rest) {
        String body = trimEnd(rest);
        return body.length() <= 40 && !SENTENCE_END.matcher(body).find();
    }

    private static String trimEnd(String s) {
        return s.replaceAll("[。:：;；\\s]+$", "");
    }

    /** The part a heading's wording names; rectification of last year counts as achievements. */
    public static Part partOf(String heading) {
        // headings are often spaced out for looks ("存 在 问 题"), or carry invisible characters (normalised to spaces)
        String title = heading.replaceAll("\\s+", "");
        if (RECTIFICATION.matcher(title).find()) return Part.ACHIEVEMENT;
        if (BASIC.matcher(title).find()) return Part.OTHER;
        int problem = firstIndex(PROBLEM, title), plan = firstIndex(PLAN, title);
        if (problem >= 0 && (plan < 0 || problem <= plan)) return Part.PROBLEM;
        if (plan >= 0) return Part.PLAN;
        if (ACHIEVEMENT.matcher(title).find()) return Part.ACHIEVEMENT;
        return null;
    }

    private static int firstIndex(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.start() : -1;
    }
}
