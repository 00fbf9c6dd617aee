package org.shuzhi.review;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shuzhi.archive.UnitKey;
import org.shuzhi.nlp.TextNormalizer;

/**
 * How the metadata a review reads is compared with a held-out set's annotation (docs/rules-evaluation.md
 * says the same). A field annotated "-" (the text does not give it) matches only null.
 */
public final class MetaMatch {
    /**
     * The kind of institution a unit's name ends in, its head: 北关中学 and 临江区北关中学 share 中学, while 第三
     * (a fragment of 区公安分局机关第三党支部) has none. Longer words first, so that 分局 is not read as 局.
     */
    private static final Pattern HEAD = Pattern.compile("卫生院|幼儿园|中学|小学|学校|大学|学院|医院|法院|检察院|中心|公司|集团|"
            + "分公司|分局|支行|银行|协会|委员会|研究所|研究院|街道|社区|村|镇|乡|厂|局|所|院|站|馆|庭|社|系|部|处|科|队|库|场|店|园|办|室");

    private MetaMatch() {}

    /**
     * Units match when they are one unit by the archive's key ({@link UnitKey}: 中共 and spaces dropped, full and
     * half width and traditional characters folded, the organisation word made canonical, so 中共城东小学支部委员会
     * is 城东小学党支部), or when their keys have the same organisation level, one name contains or abbreviates
     * the other ({@link UnitKey#sameUnit}), and both names end in the same kind of institution (see HEAD; a
     * short form is the same kind: 作物研究所 / 省农科院作物所).
     */
    public static boolean sameUnit(String gold, String product) {
        if (gold == null || product == null) return gold == null && product == null;
        String a = UnitKey.of(gold), b = UnitKey.of(product);
        if (Objects.equals(a, b)) return true;
        if (a == null || b == null) return false;
        String level = UnitKey.level(a);
        if (level == null || !level.equals(UnitKey.level(b))) return false;
        String x = a.substring(0, a.length() - level.length()), y = b.substring(0, b.length() - level.length());
        boolean related = x.contains(y) || y.contains(x) || UnitKey.sameUnit(a, b);
        String hx = head(x), hy = head(y);
        // 研究所 and 所 are one kind: the short form ends the long one
        return related && hx != null && hy != null && (hx.endsWith(hy) || hy.endsWith(hx));
    }

    /** The last institution word of a unit's name, or null. */
    static String head(String name) {
        Matcher m = HEAD.matcher(name);
        String last = null;
        while (m.find()) last = m.group();
        return last;
    }

    /**
     * Roles match as profiles match them: equal, or one is the other with a qualifier in front (在职党支部书记 and
     * 党支部书记, 机关党委书记 and 党委书记); 二级党组织书记 and 党委书记 are different roles.
     */
    public static boolean sameRole(String gold, String product) {
        if (gold == null || product == null) return gold == null && product == null;
        String a = fold(gold), b = fold(product);
        return a.equals(b) || a.endsWith(b) || b.endsWith(a);
    }

    /** Names match as written, spaces, width and traditional characters aside (张XX is 张XX, not 张某). */
    public static boolean sameName(String gold, String product) {
        if (gold == null || product == null) return gold == null && product == null;
        return fold(gold).equals(fold(product));
    }

    public static boolean sameYear(Integer gold, Integer product) {
        return Objects.equals(gold, product);
    }

    private static String fold(String s) {
        return TextNormalizer.normalize(s).replaceAll("\\s+", "");
    }
}
