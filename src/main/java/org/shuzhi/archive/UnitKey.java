package org.shuzhi.archive;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.shuzhi.nlp.TextNormalizer;

/**
 * The canonical name of a party organization, so that one unit's reports line up across years however the
 * byline spells it. The rule (docs/archive.md):
 * <ol>
 *   <li>normalise (full-width to half-width, traditional to simplified) and drop spaces, brackets and ·;</li>
 *   <li>drop a leading 中共 / 中国共产党;</li>
 *   <li>find the organization level at the end — 党总支(部委员会) / 总支(部) → 党总支, 党支部(委员会) /
 *       支部(委员会) → 党支部, 党工委, 党组, 党委 / 委员会 → 党委 — and strip it;</li>
 *   <li>the key is what remains plus the canonical level: 城东小学党支部, 城东小学支部 and
 *       中共城东小学支部委员会 are all {@code 城东小学党支部}.</li>
 * </ol>
 * A name with no level word keeps its cleaned form as the key.
 *
 * <p>Abbreviations ({@link #sameUnit}): two keys of the same level also name one unit when the shorter
 * name, at least three characters, is a subsequence of the longer (市律协 / 市律师协会, 县人民医院内科 /
 * 松岭县人民医院内科, 恒达机械公司 / 恒达机械制造有限公司), a leading 校 or 院 standing for the parent
 * institution (校图书馆 / 江州理工大学图书馆), also once institution words take their short forms (研究所 → 所,
 * 研究院 → 院, 科学院 → 科院: 作物研究所 / 省农科院作物所). The archive applies it only when exactly one unit it
 * holds matches, so an ambiguous short name never merges two units.
 */
public final class UnitKey {
    private record Level(Pattern suffix, String canonical) {}

    private static final List<Level> LEVELS = List.of(
            new Level(Pattern.compile("(?:中共)?(?:党)?总支(?:部)?(?:委员会)?$"), "党总支"),
            new Level(Pattern.compile("(?:党)?支部(?:委员会)?$"), "党支部"),
            new Level(Pattern.compile("党工作委员会$|党工委$"), "党工委"),
            new Level(Pattern.compile("党组$"), "党组"),
            new Level(Pattern.compile("党委员会$|党委$|委员会$"), "党委"));
    private static final Pattern NOISE = Pattern.compile("[\\s()（）\\[\\]【】“”\"'·•]");
    private static final Pattern PARENT = Pattern.compile("^[校院]");
    private static final int MIN_ABBREVIATION = 3;
    private static final Pattern PREFIX = Pattern.compile("^(?:中国共产党|中共)");
    /** The standard short forms of institution words: 作物研究所 is written 作物所, 农业科学院 农科院. */
    private static final List<String[]> SHORT_FORMS = List.of(
            new String[] {"研究所", "所"}, new String[] {"研究院", "院"}, new String[] {"研究中心", "中心"},
            new String[] {"科学院", "科院"}, new String[] {"委员会", "委"});

    private UnitKey() {}

    /** The key of a unit name; null for a null or blank name. */
    public static String of(String unit) {
        if (unit == null || unit.isBlank()) return null;
        String u = NOISE.matcher(TextNormalizer.normalize(unit.strip())).replaceAll("").toLowerCase(Locale.ROOT);
        u = PREFIX.matcher(u).replaceFirst("");
        for (Level level : LEVELS) {
            var m = level.suffix().matcher(u);
            if (m.find() && m.start() > 0) return u.substring(0, m.start()) + level.canonical();
        }
        return u.isEmpty() ? null : u;
    }

    /** True if two keys name one unit by the abbreviation rule (see the class comment). */
    public static boolean sameUnit(String a, String b) {
        if (a == null || b == null) return false;
        if (a.equals(b)) return true;
        String level = level(a);
        if (level == null || !level.equals(level(b))) return false;
        String x = a.substring(0, a.length() - level.length()), y = b.substring(0, b.length() - level.length());
        return abbreviates(x, y) || abbreviates(shortForm(x), shortForm(y));
    }

    /** One name is the other's abbreviation: a subsequence of it, or so once a leading 校/院 is dropped. */
    private static boolean abbreviates(String x, String y) {
        String shorter = x.length() <= y.length() ? x : y, longer = shorter == x ? y : x;
        if (shorter.length() >= longer.length()) return false;
        if (isSubsequence(shorter, longer) && shorter.length() >= MIN_ABBREVIATION) return true;
        String stripped = PARENT.matcher(shorter).replaceFirst("");
        return stripped.length() < shorter.length() && stripped.length() >= MIN_ABBREVIATION && isSubsequence(stripped, longer);
    }

    /** The name with institution words in their short forms (作物研究所 → 作物所). */
    static String shortForm(String name) {
        for (String[] f : SHORT_FORMS) name = name.replace(f[0], f[1]);
        return name;
    }

    /** Words between a unit's own name and its level: 市教育局机关党委, 园区联合党支部. */
    private static final Pattern ORGAN_WORDS = Pattern.compile("(?:机关|联合)$");

    /**
     * The unit's own name in a key, as people say it: without the party organisation's level and the words
     * before it (城东小学党支部 → 城东小学, 市教育局机关党委 → 市教育局, 园区联合党支部 → 园区); a key without a
     * level is its own name. So 城东小学 finds the reports filed as 城东小学党支部 or 中共城东小学总支委员会.
     */
    public static String ownName(String key) {
        if (key == null) return null;
        String level = level(key);
        String name = level == null ? key : key.substring(0, key.length() - level.length());
        String own = ORGAN_WORDS.matcher(name).replaceFirst("");
        return own.isEmpty() ? name : own;
    }

    /** The canonical level a key ends with (党支部, 党委, ...), or null. */
    public static String level(String key) {
        for (Level l : LEVELS) if (key.endsWith(l.canonical())) return l.canonical();
        return null;
    }

    private static boolean isSubsequence(String shorter, String longer) {
        int j = 0;
        for (int i = 0; i < longer.length() && j < shorter.length(); i++) if (longer.charAt(i) == shorter.charAt(j)) j++;
        return j == shorter.length();
    }
}
