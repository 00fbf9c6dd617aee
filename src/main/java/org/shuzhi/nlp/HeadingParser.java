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
        // a figure makes a short line a statement that lost its full stop ("全年发展党员3名"), not a heading
        if (t.length() <= 20 && !t.matches(".*[,，].*[,，].*") && !t.matches(".*\\d.*")) {
            return new Heading(0, trimEnd(t), null, textLength);
        }
        return null;
    }

    /** Words of a byline or salutation: a short line naming the unit, the writer or the audience is no slogan. */
    private static final Pattern BYLINE = Pattern.compile("党支部|党总支|党委|党组|委员会|汇报人|述职人|报告人|姓名|单位|同志们|领导"
            + "|[〇○零一二三四五六七八九十]{2,}年"); // a date line in Chinese numerals: 二〇二三年十二月
    /** A byline ends with the writer's name after a space: "城东小学 王丽华". */
    private static final Pattern NAME_AFTER_SPACE = Pattern.compile(".*\\s\\p{IsHan}{2,3}$");
    private static final Pattern SLOGAN_SHAPE = Pattern.compile(".*[,，、“”\"'‘’「」『』].*");

    /**
     * True when an unnumbered line that {@link #parse} reads as a level-0 heading is a slogan or topical
     * heading ("共学共建，让支部“强”起来", "党建品牌建设") rather than a byline, a name or a salutation, the
     * other short lines without a sentence end at the top of a report. {@code line} is normalised text.
     */
    public static boolean isSlogan(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.endsWith(":") || t.endsWith("：")) return false;
        if (BYLINE.matcher(t).find() || NAME_AFTER_SPACE.matcher(t).matches()) return false;
        // four characters make a topic ("组织建设"); a name alone has two or three
        return SLOGAN_SHAPE.matcher(t).matches() || t.replaceAll("\\s+", "").length() >= 4;
    }

    private static boolean isHeadingOnly(String rest) {
        String body = trimEnd(rest);
        return body.length() <= 40 && !SENTENCE_END.matcher(body).find();
    }

    private static String trimEnd(String s) {
        return s.replaceAll("[。:：;；\\s]+$", "");
    }

    /** The part a heading's wording names (the wordings are data: {@link PartHeadings}), or null. */
    public static Part partOf(String heading) {
        return PartHeadings.partOf(heading);
    }
}
