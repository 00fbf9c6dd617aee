package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;

/**
 * TEXT_INCOMPLETE: the text is cut off. Its last paragraph of text (after any date, signature or page
 * number) stops mid-sentence — on 、 ， ： or an opening bracket, on an ellipsis, or as a clause without
 * its end — or is a numbered heading with nothing after it; or the text stops inside the achievements, with
 * nothing of the problems and the plans after them and no closing line. A report that simply has no
 * headings, or leaves one part out and still ends ("以上述职，请予评议。"), is not cut: that is
 * STRUCTURE_MISSING_PART's. A text that ends with a table (a rectification list) ends there.
 */
public final class TextIncompleteRule implements Rule {
    /** Marks a sentence cannot end on: a list or clause goes on, a bracket or quotation is open. */
    private static final String OPEN_ENDS = "，、：,:（(“‘《〈【[—-";
    private static final Pattern ELLIPSIS = Pattern.compile("(……|…|\\.{3,}|。。。)$");
    /** A date line (2023年12月20日, 二〇二三年十二月, 2023.12.20) or a page number (- 3 -, 第3页). */
    private static final Pattern DATE_OR_PAGE = Pattern.compile(
            "^[\\s\\d〇○零一二三四五六七八九十OＯ年月日号.\\-/—]*$|^[-—\\s]*\\d{1,3}[-—\\s]*$|^第\\s*\\d+\\s*页.*$");
    /** A signature or byline: 述职人：张三, 城东小学党支部书记 张三. */
    private static final Pattern SIGNATURE = Pattern.compile("^(述职人|报告人|汇报人|署名|单位|姓名)[:：].*$");
    /** A short line without clause punctuation: a name, a unit, a slogan line, not a sentence cut short. */
    private static final int MAX_END_MATTER_CHARS = 25;
    /** A clause without its end is a cut only when it is long enough to be one. */
    private static final int MIN_CLAUSE_CHARS = 12;
    /** The share of content paragraphs ending with a full stop that makes that the writer's convention. */
    private static final double STOPS_SHARE = 0.8;

    @Override
    public String code() {
        return "TEXT_INCOMPLETE";
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        List<AnalyzedParagraph> ps = ctx.paragraphs();
        AnalyzedParagraph last = null;
        for (int i = ps.size() - 1; i >= 0; i--) {
            AnalyzedParagraph p = ps.get(i);
            if (p.paragraph().inTable() || RuleContext.isClosing(p)) return List.of();
            if (isEndMatter(p)) continue;
            last = p;
            break;
        }
        if (last == null) return List.of();
        String cut = cutEnding(last, endsSentences(ctx, last));
        List<Part> missing = List.of();
        if (cut == null) {
            missing = missingAfterAchievements(ctx, last);
            if (missing.isEmpty()) return List.of();
        }
        String text = last.text().strip();
        String tail = text.length() > 20 ? "……" + text.substring(text.length() - 20) : text;
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("lastParagraph", last.index());
        evidence.put("ending", tail);
        String found;
        if (cut != null) {
            evidence.put("cut", cut);
            found = "全文止于第" + (last.index() + 1) + "段“" + tail + "”，" + cut + "，文本不完整";
            evidence.put(Finding.SUMMARY, "文本止于第" + (last.index() + 1) + "段，" + cut);
        } else {
            List<String> names = missing.stream().map(Part::chinese).toList();
            evidence.put("missing", missing.stream().map(Part::id).toList());
            found = "全文止于“履职情况”部分第" + (last.index() + 1) + "段，其后没有“" + String.join("”“", names)
                    + "”部分，也没有结束语，文本不完整";
            evidence.put(Finding.SUMMARY, "止于履职情况，缺“" + String.join("”“", names) + "”");
        }
        return List.of(info().finding(null, null, found, evidence));
    }

    /**
     * What shows the text is cut at this paragraph, in words, or null when it ends as a text can. A line
     * that merely lacks its full stop is a cut only where the writer ends sentences ({@code stops}): some
     * reports end every item without one.
     */
    static String cutEnding(AnalyzedParagraph p, boolean stops) {
        String t = p.normalized().strip();
        if (t.isEmpty()) return null;
        if (titleLine(p)) return "最后一行是标题，其后没有内容";
        if (ELLIPSIS.matcher(t).find()) return "以省略号结束";
        char end = t.charAt(t.length() - 1);
        if (OPEN_ENDS.indexOf(end) >= 0) return "句子停在“" + end + "”处";
        if (p.endsSentence() || "!?！？”’」』)）".indexOf(end) >= 0) return null;
        if (!stops) return null;
        // a clause without its end: a sentence was going on ("一是加强理论学习，组织党员")
        boolean clause = t.indexOf('，') >= 0 || t.indexOf(',') >= 0 || t.indexOf('。') >= 0;
        if (clause && Signals.contentChars(p) >= MIN_CLAUSE_CHARS) return "句子没有写完";
        // a numbered item without its end ("一是加强理论学习")
        return numbered(p) ? "句子没有写完" : null;
    }

    /**
     * Most paragraphs of content before the last end with a full stop (or a colon that leads into a list):
     * the writer's own convention. Titles, headings and table cells are no sentences and do not count.
     */
    private static boolean endsSentences(RuleContext ctx, AnalyzedParagraph last) {
        int content = 0, ended = 0;
        for (AnalyzedParagraph p : ctx.paragraphs()) {
            if (p.index() >= last.index() || p.paragraph().inTable() || ctx.part(p) == Part.OTHER
                    || Signals.contentChars(p) < MIN_CLAUSE_CHARS) continue;
            content++;
            if (p.endsSentence() || p.normalized().strip().endsWith(":")) ended++;
        }
        return content > 0 && ended >= STOPS_SHARE * content;
    }

    /**
     * A bare heading: a part's heading, or a short numbered line with no clause in it ("三、下一步工作打算",
     * "（二）加强阵地建设"); not a numbered item of content that lacks its full stop.
     */
    private static boolean titleLine(AnalyzedParagraph p) {
        if (!numbered(p) || !p.isHeadingOnly()) return false;
        String t = p.normalized().strip();
        return p.heading().part() != null || (p.chars() <= MAX_END_MATTER_CHARS && t.indexOf(',') < 0);
    }

    /** A numbered line (一、 （一） 1. 一是) or a part heading: it promises what follows. */
    private static boolean numbered(AnalyzedParagraph p) {
        return p.heading() != null && p.heading().level() >= 1;
    }

    /** A date, a page number, a signature or another short line that is no sentence. */
    private static boolean isEndMatter(AnalyzedParagraph p) {
        String t = p.normalized().strip();
        if (DATE_OR_PAGE.matcher(t).matches() || SIGNATURE.matcher(t).matches()) return true;
        if (numbered(p)) return false;
        return p.chars() <= MAX_END_MATTER_CHARS && t.chars().noneMatch(c -> "，。；、,;…".indexOf(c) >= 0);
    }

    /**
     * The parts missing when the text stops inside the achievements: the last paragraph is an achievement,
     * and neither a problem nor a plan comes anywhere (no heading, no paragraph), where the profile asks
     * for both. Empty otherwise.
     */
    private static List<Part> missingAfterAchievements(RuleContext ctx, AnalyzedParagraph last) {
        if (ctx.part(last) != Part.ACHIEVEMENT || last.section() == Part.PROBLEM || last.section() == Part.PLAN) return List.of();
        List<Part> missing = new ArrayList<>();
        for (Part part : List.of(Part.PROBLEM, Part.PLAN)) {
            boolean present = ctx.paragraphs().stream().anyMatch(p -> p.section() == part || (ctx.part(p) == part && ctx.isContent(p)));
            if (!present) missing.add(part);
        }
        boolean required = ctx.profile().parts().isEmpty()
                || (ctx.profile().parts().containsKey(Part.PROBLEM) && ctx.profile().parts().containsKey(Part.PLAN));
        return missing.size() == 2 && required ? missing : List.of();
    }
}
