package org.shuzhi.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;

/**
 * ACHIEVEMENT_SHARE_HIGH and PROBLEM_SHARE_LOW: a part's characters against the profile's limit, as a
 * fraction of the report or as a character count (counted as DOMAIN.md says, by the paragraphs' labels).
 */
public final class ShareRule implements Rule {
    private final String code;
    private final Part part;
    private final boolean upper;

    private ShareRule(String code, Part part, boolean upper) {
        this.code = code;
        this.part = part;
        this.upper = upper;
    }

    public static ShareRule achievementHigh() {
        return new ShareRule("ACHIEVEMENT_SHARE_HIGH", Part.ACHIEVEMENT, true);
    }

    public static ShareRule problemLow() {
        return new ShareRule("PROBLEM_SHARE_LOW", Part.PROBLEM, false);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        Profile.ShareLimit limit = ctx.profile().share(part);
        int total = ctx.report().chars();
        if (limit == null || total == 0) return List.of();
        int chars = 0;
        for (AnalyzedParagraph p : ctx.paragraphs()) if (ctx.part(p) == part) chars += p.chars();
        // the share the review's stats carry: compared and shown as the summary shows it, so the two never disagree
        double share = Shares.round(chars / (double) total);
        Double fraction = upper ? limit.max() : limit.min();
        Integer count = upper ? limit.maxChars() : limit.minChars();
        boolean breaksFraction = fraction != null && (upper ? share > fraction + 1e-9 : share < fraction - 1e-9);
        boolean breaksCount = count != null && (upper ? chars > count : chars < count);
        if (!breaksFraction && !breaksCount) return List.of();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("part", part.id());
        evidence.put("share", share);
        evidence.put("chars", chars);
        evidence.put("total", total);
        if (fraction != null) evidence.put(upper ? "max" : "min", Shares.round(fraction));
        if (count != null) evidence.put(upper ? "maxChars" : "minChars", count);
        String found = String.format(Locale.ROOT, "“%s”部分%d字，占全文%s", part.chinese(), chars, Shares.percent(share));
        evidence.put(Finding.SUMMARY, breaksFraction
                ? String.format(Locale.ROOT, "%s部分占%s，要求%s%s", part.chinese(), Shares.percent(share), upper ? "不超过" : "不少于", Shares.percent(fraction))
                : String.format(Locale.ROOT, "%s部分%d字，要求%s%d字", part.chinese(), chars, upper ? "不超过" : "不少于", count));
        String requirement = breaksFraction
                ? String.format(Locale.ROOT, "该部分%s全文的%s", upper ? "不超过" : "不少于", Shares.percent(fraction))
                : String.format(Locale.ROOT, "该部分%s%d字", upper ? "限" : "不少于", count) + (upper ? "以内" : "");
        return List.of(info().finding(null, found, requirement, ctx.profile(), evidence));
    }
}
