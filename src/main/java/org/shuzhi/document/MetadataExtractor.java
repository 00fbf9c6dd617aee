package org.shuzhi.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads unit, year, role and the secretary's name from a report's title, byline and closing lines (落款).
 * Best effort by design, and null where the text does not say: the user can always override unit, year and
 * role (--unit/--year/--role).
 * <ul>
 *   <li>title: the first line of the head that names a duty report (述职), page debris skipped (篇1, 资源描述,
 *       "……述职报告（精选6篇）"); a byline: another short line of the head; the head ends at the first
 *       numbered heading or long paragraph;</li>
 *   <li>role: the title's own words win ("2021年度党委书记抓基层党建工作述职报告" is 党委书记 whatever the
 *       byline says), then the byline's, then what the unit's organisation word implies; a faculty's
 *       committee within a university is 二级党组织书记;</li>
 *   <li>unit: the title's, or the byline's where the title has none or the byline's is the fuller name of
 *       the same organisation; never a fragment (see {@link UnitNames});</li>
 *   <li>year: the title's (2023年度, "2018抓…", 二〇二三年), else an explicit 年度 or a date in the byline, else
 *       the closing date (January to March: the year before, see {@link ReportYears#ofDate}), else the
 *       year the text cites most;</li>
 *   <li>name: after a label (述职人：), after the role in a byline, in the title after 书记, a line of its
 *       own in the head, "我叫…" in an opening paragraph, a line of its own among the closing lines.</li>
 * </ul>
 */
public final class MetadataExtractor {
    private static final int HEAD_LINES = 12;
    private static final int TAIL_LINES = 12;
    private static final int OPENING_LINES = 8;
    /** Titles and bylines are short; a longer line is body text. */
    private static final int TITLE_MAX = 80;
    private static final int BYLINE_MAX = 40;
    private static final int BODY_MIN = 60;
    private static final Pattern TITLE = Pattern.compile("述职|述责|履职报告|抓党建工作报告|抓基层党建工作报告");
    /** Lines of a web page around a report: what a page says about itself, never the report's own words. */
    private static final Pattern DEBRIS = Pattern.compile("^[\\[【(（]?(?:资源描述|导语|来源|时间|日期|发布|发表|作者|浏览|点击|阅读|编辑|责编|供稿|通讯员|"
            + "审核|当前位置|您的位置|首页|上一篇|下一篇|相关|推荐|标签|关键词|分享|下载|收藏|举报|字号|打印|文章|本文)"
            + "|^篇\\s*[一二三四五六七八九十\\d]+$|篇\\s*[一二三四五六七八九十\\d]+$|精选|范文|\\d+\\s*篇|合集|大全|模板|仅展示|>|》》");
    /** "篇一：XX村党支部书记述职报告": the page numbers the reports it shows; what follows is the report's title. */
    private static final Pattern PIECE = Pattern.compile("^篇\\s*[一二三四五六七八九十\\d]+\\s*[：:、.．\\s]\\s*");
    private static final Pattern HEADING = Pattern.compile("^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分)");
    /** A year as titles write it, removed before the unit is read: 2023年度, （2021年度）, 2018 (before a word). */
    private static final Pattern YEAR_WORDS = Pattern.compile(
            "[（(]?(?<![0-9])(?:19|20)\\d{2}(?![0-9])\\s*(?:年度|年)?(?:第[一二三四]季度|上半年|下半年)?[）)]?");
    private static final Pattern LEADING = Pattern.compile(
            "^(?:述职人|汇报人|报告人|述职者|姓名|署名|单位|我是|本人是|本人|我作为|作为|现任|担任|关于|——|—|-)+[:：]?");
    /** Where a title's unit ends when no 书记 follows it: "锦江社区党委2023年度抓基层党建工作述职报告". */
    private static final Pattern TITLE_REST = Pattern.compile("抓|述职|述责|履职|履行|基层党建|党建|工作|的|个人|专项|年度");
    /** A name right after 书记 in a title: "XX镇党委书记张三2022年度抓基层党建工作述职报告". */
    private static final Pattern TITLE_NAME = Pattern.compile(
            "书记\\s*([\\p{IsHan}]{2,4}?|[\\p{IsHan}]?(?:X{1,3}|x{1,3}|×{1,3}|\\*{1,3}))"
                    + "(?=\\s*(?:(?:19|20)\\d{2}|抓|履|述职|述责|关于|在|的|个人|工作|[（(，,、：:\\s])|$)");
    /**
     * A title about a duty report that is none: a speech or comment at the meeting, a news item, a notice. It
     * names the meeting's units and roles, not a writer's: only its year is read.
     */
    private static final Pattern NOT_A_REPORT_TITLE = Pattern.compile("讲话|点评|发言|致辞|主持词|评议会|述职会|会议|召开|举行|通知|方案|报道");
    /** A label in a cell of its own, its value in the next cell (a table at the head of a .docx): 单位 | 红旗村党支部. */
    private static final Pattern LABEL_ALONE = Pattern.compile("^(?:述职单位|单位|所在单位|姓名|述职人|汇报人|报告人|职务)\\s*[:：]?$");
    private static final Pattern UNIT_LABEL = Pattern.compile("(?:述职单位|汇报单位|所在单位|单位)\\s*[:：]\\s*(\\S{2,40})");
    /** "我是恒达机械公司党支部书记刘海峰，…": an opening sentence that says what a byline would. */
    private static final Pattern INTRODUCTION = Pattern.compile(
            "(?:^|[，,。；;])\\s*(?:我是|本人是|我现任|本人现任|现任)([^，,。；;]{2,40}?书记[^，,。；;]{0,5})");
    private static final Pattern UNIVERSITY = Pattern.compile("学校党委|校党委|大学党委");

    private MetadataExtractor() {}

    public static ReportMeta extract(Report report) {
        return extract(report.paragraphs().stream().map(Paragraph::text).toList());
    }

    /** What one title, byline or closing line says; any part may be null. */
    private record Reading(String unit, String role, String name) {
        static final Reading NONE = new Reading(null, null, null);
    }

    /**
     * @param lines the report's paragraphs; the analysis passes its normalised copies, so that traditional
     *              characters and full-width digits (城東小學黨支部書記, ２０２３年度) are read as well
     */
    public static ReportMeta extract(List<String> lines) {
        List<String> ls = new ArrayList<>(lines.size());
        for (String l : lines) {
            String line = PIECE.matcher(l.replace('\u00A0', ' ').replace('\u3000', ' ').strip()).replaceFirst("");
            ls.add(ReportYears.arabic(line));
        }
        for (int i = 0; i + 1 < ls.size(); i++) {
            if (LABEL_ALONE.matcher(ls.get(i)).matches()) {
                ls.set(i, ls.get(i).replaceAll("[:：]$", "") + "：" + ls.get(i + 1));
                ls.set(i + 1, "");
            }
        }
        int headEnd = headEnd(ls);
        List<String> head = new ArrayList<>();
        for (String l : ls.subList(0, headEnd)) if (!l.isEmpty() && !DEBRIS.matcher(l).find()) head.add(l);
        List<String> tail = tail(ls, headEnd);
        String title = null;
        List<String> bylines = new ArrayList<>();
        for (String l : head) {
            if (title == null && l.length() <= TITLE_MAX && TITLE.matcher(l).find()) title = l;
            else if (l.length() <= BYLINE_MAX) bylines.add(l);
        }
        Reading t = title == null || NOT_A_REPORT_TITLE.matcher(title).find() ? Reading.NONE : read(title, true);
        Reading b = Reading.NONE, c = Reading.NONE;
        String labelledUnit = null, labelledName = null, aloneName = null;
        for (String l : bylines) {
            b = merge(b, read(l, false));
            if (labelledUnit == null) labelledUnit = labelledUnit(l);
            if (labelledName == null) labelledName = PersonNames.labelled(l);
            if (aloneName == null) aloneName = first(PersonNames.alone(l), PersonNames.leading(l));
        }
        Reading o = introduction(ls);
        String closingName = null;
        for (String l : tail) {
            c = merge(c, read(l, false));
            if (labelledUnit == null) labelledUnit = labelledUnit(l);
            if (labelledName == null) labelledName = PersonNames.labelled(l);
            if (closingName == null) closingName = first(PersonNames.alone(l), PersonNames.leading(l));
        }
        String unit = labelledUnit != null ? labelledUnit : fuller(t.unit(), b.unit());
        if (unit == null) unit = first(o.unit(), c.unit());
        boolean university = ls.stream().anyMatch(l -> UNIVERSITY.matcher(l).find());
        String role = first(t.role(), b.role(), o.role(), c.role(), UnitNames.roleOf(unit, university));
        // a faculty's committee: the words say 党委书记, the notices count it a 二级党组织
        if ("党委书记".equals(role) && "二级党组织书记".equals(UnitNames.roleOf(unit, university))) role = "二级党组织书记";
        String name = first(labelledName, b.name(), t.name(), aloneName, o.name(), introduced(ls), c.name(), closingName);
        return new ReportMeta(unit, year(ls, title, bylines, tail), role, name);
    }

    /**
     * Where the head (title and byline lines) ends: at the first heading or paragraph of body text, page
     * debris above the title skipped.
     */
    private static int headEnd(List<String> ls) {
        int i = 0;
        for (; i < Math.min(HEAD_LINES, ls.size()); i++) {
            String l = ls.get(i);
            if (l.isEmpty() || DEBRIS.matcher(l).find()) continue;
            if (l.length() > BODY_MIN || HEADING.matcher(l).find()) break;
        }
        return i;
    }

    /** The closing lines (落款): short lines at the end, page debris skipped, up to the body's last paragraph. */
    private static List<String> tail(List<String> ls, int headSize) {
        List<String> out = new ArrayList<>();
        for (int i = ls.size() - 1; i >= Math.max(headSize, ls.size() - TAIL_LINES); i--) {
            String l = ls.get(i);
            if (l.isEmpty() || DEBRIS.matcher(l).find()) continue;
            if (l.length() > BYLINE_MAX) break;
            out.add(0, l);
        }
        return out;
    }

    /** Unit, role and name of one line; {@code title}: the line is the report's title. */
    private static Reading read(String line, boolean title) {
        String text = YEAR_WORDS.matcher(line).replaceAll("").replace("（）", "").replace("()", "");
        int at = text.indexOf("书记");
        while (at >= 0) {
            String before = text.substring(0, at);
            boolean deputy = before.endsWith("副");
            before = before.replaceAll("(?:专职)?副$", "");
            String candidate = LEADING.matcher(UnitNames.tail(before)).replaceFirst("");
            UnitNames.Level level = UnitNames.levelOf(candidate);
            if (level != null) {
                String role = level.role() == null ? null
                        : candidate.endsWith("在职党支部") ? "在职党支部书记" : level.role();
                if (role != null && deputy) role = role.replace("书记", "副书记");
                String unit = UnitNames.unit(candidate);
                String rest = text.substring(at + 2);
                String name = title ? titleName(line) : PersonNames.firstName(rest);
                return new Reading(unit, role, name);
            }
            if (!title && candidate.isEmpty()) {
                // "书记 张三" alone, or a role after the unit: "桃源村党支部 书记 何建平"
                Reading r = unitLine(before);
                return new Reading(r.unit(), UnitNames.roleOf(r.unit()), PersonNames.firstName(text.substring(at + 2)));
            }
            at = text.indexOf("书记", at + 2);
        }
        if (title) {
            Matcher m = TITLE_REST.matcher(text);
            String before = m.find() ? text.substring(0, m.start()) : text;
            return new Reading(UnitNames.unit(LEADING.matcher(UnitNames.tail(before)).replaceFirst("")), null, null);
        }
        return unitLine(text);
    }

    /** "桃源村党支部 何建平", "中共市财政局机关委员会": a byline that names the unit, perhaps a name after it. */
    private static Reading unitLine(String text) {
        String[] parts = text.strip().split("\\s+", 2);
        String unit = UnitNames.unit(LEADING.matcher(parts[0]).replaceFirst(""));
        if (unit == null) return Reading.NONE;
        String name = parts.length > 1 ? PersonNames.alone(parts[1]) : null;
        if (parts.length > 1 && name == null) return Reading.NONE; // a sentence that starts with a unit's name
        return new Reading(unit, null, name);
    }

    private static String titleName(String title) {
        Matcher m = TITLE_NAME.matcher(title);
        while (m.find()) if (PersonNames.isName(m.group(1))) return m.group(1);
        return null;
    }

    private static String labelledUnit(String line) {
        Matcher m = UNIT_LABEL.matcher(line);
        return m.find() ? UnitNames.unit(m.group(1)) : null;
    }

    /** The first opening sentence that introduces the writer by unit and role ("我是……党支部书记刘海峰"). */
    private static Reading introduction(List<String> ls) {
        for (int i = 0; i < Math.min(OPENING_LINES, ls.size()); i++) {
            Matcher m = INTRODUCTION.matcher(ls.get(i));
            if (m.find()) return read(m.group(1), false);
        }
        return Reading.NONE;
    }

    private static String introduced(List<String> ls) {
        for (int i = 0; i < Math.min(OPENING_LINES, ls.size()); i++) {
            String n = PersonNames.introduced(ls.get(i));
            if (n != null) return n;
        }
        return null;
    }

    /** The byline's unit where it is the fuller name of the title's (第三党支部 / 区公安分局机关第三党支部). */
    private static String fuller(String title, String byline) {
        if (title == null) return byline;
        if (byline == null) return title;
        String name = UnitNames.name(title), other = UnitNames.name(byline);
        boolean sameRole = Objects.equals(UnitNames.roleOf(title), UnitNames.roleOf(byline));
        return sameRole && other.length() > name.length() && other.contains(name) ? byline : title;
    }

    private static Reading merge(Reading a, Reading b) {
        return new Reading(first(a.unit(), b.unit()), first(a.role(), b.role()), first(a.name(), b.name()));
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) if (v != null) return v;
        return null;
    }

    /** See the class comment: title, byline, closing date, then the year cited most. */
    private static Integer year(List<String> ls, String title, List<String> bylines, List<String> tail) {
        Integer y = title == null ? null : ReportYears.ofTitle(title);
        for (int i = 0; y == null && i < bylines.size(); i++) y = ReportYears.ofByline(bylines.get(i));
        for (int i = tail.size() - 1; y == null && i >= 0; i--) y = ReportYears.ofClosingDate(tail.get(i));
        for (int i = 0; y == null && i < ls.size(); i++) if (!DEBRIS.matcher(ls.get(i)).find()) y = ReportYears.ofDate(ls.get(i));
        return y != null ? y : ReportYears.mostCited(ls);
    }
}
