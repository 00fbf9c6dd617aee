package org.shuzhi.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years as titles, bylines and closing dates write them: 2023年度, "2018抓基层…" (no 年), 二〇二三年度,
 * 2024年1月10日, 二〇二四年一月十日. Lines arrive normalised (half-width digits, simplified characters).
 */
final class ReportYears {
    /** A year of four Chinese digits before 年: 二〇二三年, 二零二三年度 (〇 is also typed as ○, O or 0). */
    private static final Pattern CHINESE_YEAR = Pattern.compile("([〇○零OΟ0一二三四五六七八九]{4})(?=\\s*年)");
    private static final Pattern CHINESE_MONTH = Pattern.compile("(?<=年)\\s*(十[一二]|[一二三四五六七八九十元])\\s*(?=月)");
    /**
     * A year in a title: four digits not inside a longer number, followed by 年, a word ("2018抓基层…"),
     * a bracket or the end, but not by a measure word ("1998字", "2000余人").
     */
    private static final Pattern TITLE_YEAR = Pattern.compile(
            "(?<![0-9.])((?:19|20)\\d{2})(?![0-9.%])\\s*(?=年|$|[（(）)\\-—~～至]|[\\p{IsHan}&&[^字人名个次元万户亩米余多件项条]])");
    /** An explicit report year on a line of its own or in a byline: （2021年度）. */
    private static final Pattern YEAR_OF_REPORT = Pattern.compile("((?:19|20)\\d{2})\\s*年度");
    private static final Pattern DATE = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月");
    /** A date in figures, as a closing line may write it: 2024.1.10, 2024-01-10, 2024/1/10. */
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})[.\\-/](\\d{1,2})[.\\-/]\\d{1,2}(?![0-9])");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})\\s*年");
    private static final String DIGITS = "〇一二三四五六七八九";
    /**
     * Duty reports are written and heard from December to March (述职评议 follows the year's end): a closing
     * date from January to March means the year before; from April to December, the same year.
     */
    static final int LAST_MONTH_OF_REVIEW = 3;
    /** A line this short may be a date line (落款); longer lines are body text that cites dates. */
    private static final int DATE_LINE = 24;

    private ReportYears() {}

    /** The line with a Chinese-numeral year and month written in digits: 二〇二四年一月 → 2024年1月. */
    static String arabic(String line) {
        if (line.indexOf('年') < 0) return line;
        Matcher m = CHINESE_YEAR.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            StringBuilder y = new StringBuilder();
            for (char c : m.group(1).toCharArray()) {
                int d = DIGITS.indexOf(c);
                y.append(d >= 0 ? (char) ('0' + d) : '0');
            }
            m.appendReplacement(sb, y.toString());
        }
        m.appendTail(sb);
        Matcher month = CHINESE_MONTH.matcher(sb);
        StringBuilder out = new StringBuilder();
        while (month.find()) month.appendReplacement(out, String.valueOf(chineseNumber(month.group(1))));
        month.appendTail(out);
        return out.toString();
    }

    private static int chineseNumber(String s) {
        if (s.equals("元")) return 1; // 元月: January
        if (s.startsWith("十")) return 10 + (s.length() > 1 ? DIGITS.indexOf(s.charAt(1)) : 0);
        return DIGITS.indexOf(s.charAt(0));
    }

    /** The year a title names, or null: 2023年度, 2023年, 2018抓基层…. */
    static Integer ofTitle(String title) {
        Matcher m = TITLE_YEAR.matcher(title);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** A byline or a line such as （2021年度）: an explicit 年度, else a date; null when there is none. */
    static Integer ofByline(String line) {
        Matcher m = YEAR_OF_REPORT.matcher(line);
        if (m.find()) return Integer.valueOf(m.group(1));
        return ofDate(line);
    }

    /** The year a dated line (落款) implies, or null: 2024年1月10日 → 2023, 2023年12月28日 → 2023. */
    static Integer ofDate(String line) {
        return ofDate(line, false);
    }

    /** As {@link #ofDate(String)}, and a date in figures too (2024.1.10): only a closing line is read so. */
    static Integer ofClosingDate(String line) {
        return ofDate(line, true);
    }

    private static Integer ofDate(String line, boolean figures) {
        if (line.length() > DATE_LINE) return null;
        Matcher d = DATE.matcher(line);
        if (!d.find() && !(figures && (d = NUMERIC_DATE.matcher(line)).find())) return null;
        int year = Integer.parseInt(d.group(1)), month = Integer.parseInt(d.group(2));
        if (month < 1 || month > 12) return null;
        return month <= LAST_MONTH_OF_REVIEW ? year - 1 : year;
    }

    /** The year the body cites most; plans cite next year's deadlines, so on a tie the earlier year wins. */
    static Integer mostCited(List<String> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String t : lines) {
            Matcher m = ANY_YEAR.matcher(t);
            while (m.find()) counts.merge(Integer.valueOf(m.group(1)), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(Map.Entry.<Integer, Integer>comparingByKey().reversed()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
