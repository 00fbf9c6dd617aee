package org.shuzhi.document;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Party organisations as titles and bylines name them, and the secretary's role each implies. A unit is a
 * proper name followed by an organisation word (城东小学 + 党支部); what does not read so — a bracket
 * left open ("居）"), an organisation word alone (本支部, 第三党支部, 村（居）党组织), a sentence — is no
 * unit, so that the unit is null rather than a fragment.
 */
final class UnitNames {
    /** An organisation word a unit name ends with, and the role of its secretary (null: it does not say). */
    record Level(String word, String role) {}

    /** Longest first, so that 党总支部委员会 is not read as 委员会. */
    static final List<Level> LEVELS = List.of(
            new Level("党总支部委员会", "党总支书记"), new Level("总支部委员会", "党总支书记"),
            new Level("党支部委员会", "党支部书记"), new Level("支部委员会", "党支部书记"),
            new Level("党工作委员会", "党工委书记"), new Level("机关委员会", "机关党委书记"),
            new Level("二级党组织", "二级党组织书记"), new Level("机关党委", "机关党委书记"),
            new Level("党总支部", "党总支书记"), new Level("党总支", "党总支书记"),
            new Level("总支部", "党总支书记"), new Level("总支", "党总支书记"),
            new Level("党支部", "党支部书记"), new Level("支部", "党支部书记"),
            new Level("党工委", "党工委书记"), new Level("党组织", null), new Level("党组", "党组书记"),
            new Level("党委员会", "党委书记"), new Level("党委", "党委书记"), new Level("委员会", "党委书记"));

    private static final Pattern CHARS = Pattern.compile("[\\p{IsHan}A-Za-z0-9（）·\\-]+");
    /**
     * A name that says only what kind of body it is (本支部, 村（居）, 第三, 机关第一, 卫生院): it names no unit of
     * its own, and in a byline it is a fragment of the title's unit.
     */
    private static final Pattern GENERIC = Pattern.compile("(?:本|我|我们|各|各级|基层|全|所属|下属|在|于|对|村|社区|村（居）|村居|居|"
            + "学校|机关|医院|卫生院|中学|小学|幼儿园|公司|企业|集团|学院|大学|单位|街道|镇|乡|乡镇|县|市|区|省|局|"
            + "在职|退休|离退休|教工|教师|学生|本科生|研究生|联合|临时|流动|"
            + "第?[一二三四五六七八九十\\d]+)+");
    /** Words of a title or a sentence: what stands before 书记 in "2023年度抓基层党建工作述职报告" is no unit. */
    private static final Pattern NOISE = Pattern.compile("述职|报告|汇报|抓|党建|工作|年度|书记|同志|我|本人|关于|全体|各位|领导|履行|责任");
    /** Residents' and villagers' committees are no party organisations. */
    private static final Pattern NOT_PARTY = Pattern.compile("(?:居民|村民|管理|工会|妇女|共青团|团)委员会$");
    /** A college or department of a university (华溪理工大学机械工程学院): its committee is a 二级党组织. */
    private static final Pattern FACULTY = Pattern.compile("(?:大学|学院).+(?:学院|系)$");
    /** A college that is an institution of its own (南川职业技术学院, 江州师范学院), not a university's faculty. */
    private static final Pattern INSTITUTION = Pattern.compile("职业|技术|师范|专科");
    private static final Pattern PREFIX = Pattern.compile("^(?:中国共产党|中共)");
    private static final int MAX = 40;

    private UnitNames() {}

    /** The organisation word {@code text} ends with, or null. */
    static Level levelOf(String text) {
        for (Level l : LEVELS) if (text.endsWith(l.word())) return l;
        return null;
    }

    /** The unit's name without its organisation word: 城东小学 of 城东小学党支部. */
    static String name(String unit) {
        Level level = levelOf(unit);
        return level == null ? unit : unit.substring(0, unit.length() - level.word().length());
    }

    /**
     * The unit {@code candidate} names, cleaned (中共 dropped, brackets full-width), or null if it is no
     * unit (see the class comment).
     */
    static String unit(String candidate) {
        if (candidate == null) return null;
        String u = PREFIX.matcher(candidate.replaceAll("\\s+", "").replace('(', '（').replace(')', '）')).replaceFirst("");
        if (u.length() > MAX || !CHARS.matcher(u).matches() || !balanced(u)) return null;
        Level level = levelOf(u);
        if (level == null || NOT_PARTY.matcher(u).find()) return null;
        String name = u.substring(0, u.length() - level.word().length());
        if (name.length() < 2 || GENERIC.matcher(name).matches() || NOISE.matcher(name).find()) return null;
        return u;
    }

    /** The role of a unit's secretary by its organisation word; null when the unit does not say. */
    static String roleOf(String unit) {
        return roleOf(unit, false);
    }

    /**
     * The role of a unit's secretary by its organisation word, a faculty's committee within a university
     * being a 二级党组织 (as the institute notice of 2023 counts it): the name says so (华溪理工大学机械工程学院),
     * or {@code underUniversity} (the text names the university's committee above it) and the name ends in
     * 学院 or 系 without being an institution of its own (南川职业技术学院); null when the unit does not say.
     */
    static String roleOf(String unit, boolean underUniversity) {
        if (unit == null) return null;
        Level level = levelOf(unit);
        if (level == null || level.role() == null) return null;
        String name = name(unit);
        boolean faculty = FACULTY.matcher(name).find()
                || underUniversity && (name.endsWith("学院") || name.endsWith("系")) && !INSTITUTION.matcher(name).find();
        return level.role().equals("党委书记") && faculty ? "二级党组织书记" : level.role();
    }

    /** Brackets closed in order: "城投（集团）有限公司" yes, "居）党支部" and "（居委会" no. */
    static boolean balanced(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '（') depth++;
            else if (c == '）' && --depth < 0) return false;
        }
        return depth == 0;
    }

    /**
     * The end of {@code text} from where a unit name may start: after the last separator (space, colon,
     * comma, 、) and after any bracket left open or closed without an opening one.
     */
    static String tail(String text) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || "：:，,、；;|/>»—".indexOf(c) >= 0) start = i + 1;
        }
        String t = text.substring(start).replace('(', '（').replace(')', '）');
        // walk back: a closing bracket without its opening one ends the name's possible start
        int depth = 0;
        for (int i = t.length() - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (c == '）') depth++;
            else if (c == '（' && --depth < 0) return t.substring(i + 1);
        }
        int open = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '（') open++;
            else if (c == '）' && --open < 0) return tail(t.substring(i + 1));
        }
        return t;
    }
}
