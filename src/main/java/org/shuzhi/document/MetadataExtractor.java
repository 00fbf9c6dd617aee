package org.shuzhi.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads unit, year and role from a report's opening lines (title, byline) and, for the year, its dates.
 * Best effort by design: the user can always override with --unit/--year/--role.
 */
public final class MetadataExtractor {
    private static final int HEAD_LINES = 5;
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年度?");
    private static final Pattern DATE = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*\\d{1,2}\\s*日)?");
    private static final Pattern ANY_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    /** Role words that say more than the unit's name does; otherwise the role follows from the unit. */
    private static final Pattern EXPLICIT_ROLE = Pattern.compile("二级党组织书记|在职党支部书记|党组书记|党工委书记");
    /** "城东小学党支部书记 王丽华", "汇报人：锦绣社区党委书记 李强" — the unit is what stands before 书记. */
    private static final Pattern BYLINE = Pattern.compile(
            "(?:^|[：:\\s（(])([\\p{IsHan}A-Za-z0-9（）()·]{2,40}?)(?:专职副|副)?书记");
    /** "桃源村党支部 何建平", "中共市财政局机关委员会": a byline that names the unit without the role. */
    private static final Pattern UNIT_LINE = Pattern.compile(
            "^(?:中共)?([\\p{IsHan}A-Za-z0-9（）()·]{2,40}?(?:党委|党工委|党总支部|党总支|总支部委员会|支部委员会|委员会|党支部|支部|党组))(?:[\\s　]+[\\p{IsHan}·]{2,5})?$");
    /** A unit word alone says nothing of which unit: "2023年度社区党委书记述职报告". */
    private static final Pattern GENERIC = Pattern.compile(
            "^(?:本|我|各|基层)?(?:社区|村|学校|机关|医院|公司|企业|学院)?(?:党委|党总支|党支部|党组织|党组|支部|总支|委员会|党工委)?$");
    private static final Pattern UNIT_ONLY = Pattern.compile(
            "^(?:述职单位|单位|汇报单位)[：:]\\s*(\\S{2,40})$");
    private static final Pattern TITLE_NOISE = Pattern.compile(
            "^(?:(?:19|20)\\d{2}年度?|关于|中共)|(?:(?:19|20)\\d{2}年度?)?(?:抓基层党建|基层党建|党建|述职).*$");

    private MetadataExtractor() {}

    public static ReportMeta extract(Report report) {
        return extract(report.paragraphs().stream().map(Paragraph::text).toList());
    }

    /**
     * @param lines the report's paragraphs; the analysis passes its normalised copies, so that traditional
     *              characters and full-width digits (城東小學黨支部書記, ２０２３年度) are read as well
     */
    public static ReportMeta extract(List<String> lines) {
        List<String> head = lines.subList(0, Math.min(HEAD_LINES, lines.size()));
        String unit = null, role = null;
        for (String p : head) {
            String line = p.replace(" ", " ").trim();
            Matcher u = UNIT_ONLY.matcher(line);
            if (u.find() && unit == null) unit = clean(u.group(1));
            Matcher m = BYLINE.matcher(line);
            if (m.find()) {
                String candidate = clean(m.group(1));
                if (role == null || unit == null && candidate != null) role = role(line, candidate);
                if (unit == null && candidate != null) unit = candidate;
                if (unit != null) break;
            }
            Matcher l = UNIT_LINE.matcher(line);
            if (unit == null && l.find()) {
                unit = clean(l.group(1));
                if (unit != null) role = role("", unit);
            }
        }
        return new ReportMeta(unit, year(lines), role);
    }

    private static String clean(String unit) {
        if (unit == null) return null;
        String u = unit.replaceAll("^(汇报人|述职人|报告人|姓名|我是|本人是|我作为|本人作为|作为)", "").replaceAll("(二级党组织|在职)$", "")
                .replace("在职党支部", "党支部");
        u = TITLE_NOISE.matcher(u).replaceAll("");
        u = u.replaceAll("(?:19|20)\\d{2}年度?", "");
        u = u.replaceAll("^中共", "").replace('(', '（').replace(')', '）'); // as unit names are written
        return u.length() >= 2 && !GENERIC.matcher(u).matches() ? u : null;
    }

    private static String role(String line, String unit) {
        Matcher explicit = EXPLICIT_ROLE.matcher(line);
        if (explicit.find()) return explicit.group();
        String u = unit == null ? "" : unit;
        if (u.contains("总支")) return "党总支书记";
        if (u.endsWith("党组")) return "党组书记";
        if (u.contains("支部")) return "党支部书记";
        if (u.endsWith("党委") || u.endsWith("委员会") || u.endsWith("党工委")) return "党委书记";
        return "党支部书记";
    }

    /** The title's year; else a closing date early in the next year; else the most cited year. */
    static Integer year(List<String> ps) {
        for (int i = 0; i < Math.min(3, ps.size()); i++) {
            String t = ps.get(i);
            if (t.contains("述职") || t.contains("报告") || t.contains("年度")) {
                Matcher m = TITLE_YEAR.matcher(t);
                if (m.find()) return Integer.valueOf(m.group(1));
            }
        }
        for (String t : ps) {
            if (t.length() > 24) continue;
            Matcher d = DATE.matcher(t);
            if (d.find() && d.group(2) != null) {
                int y = Integer.parseInt(d.group(1));
                return Integer.parseInt(d.group(2)) <= 3 ? y - 1 : y;
            }
        }
        // plans cite next year's deadlines, so on a tie the earlier year is the report's
        Map<Integer, Integer> counts = new HashMap<>();
        for (String t : ps) {
            Matcher m = ANY_YEAR.matcher(t);
            while (m.find()) counts.merge(Integer.valueOf(m.group(1)), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(Map.Entry.<Integer, Integer>comparingByKey().reversed()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
