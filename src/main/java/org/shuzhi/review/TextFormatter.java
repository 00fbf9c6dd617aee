package org.shuzhi.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuzhi.document.Part;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.Profile;
import org.shuzhi.rules.Profiles;
import org.shuzhi.rules.RuleCatalog;
import org.shuzhi.rules.Span;

/**
 * {@code review --format text}: a reviewer's checklist. One summary line, the shares against the
 * profile's limits, the verdict's reasons, then the findings grouped by part with the quoted passage.
 */
public final class TextFormatter {
    private static final int QUOTE = 60;

    private TextFormatter() {}

    public static String format(Review r) {
        StringBuilder sb = new StringBuilder();
        ReviewMeta m = r.meta();
        Profile profile = profileOf(m.profile());
        sb.append(String.format(Locale.ROOT, "【%s】%s　%s　%s年度　%d字　%d处问题　建议：%s%n", r.file(),
                orDash(m.unit()), orDash(m.role()), m.year() == null ? "—" : m.year(), r.stats().chars(),
                r.findings().size(), r.verdict().outcome()));
        sb.append("评审要求：").append(profile == null ? m.profile() : profile.name() + "（" + profile.notice() + "）").append('\n');
        sb.append("篇幅：");
        List<String> shares = new ArrayList<>();
        for (Part p : List.of(Part.ACHIEVEMENT, Part.PROBLEM, Part.PLAN)) {
            shares.add(shareLine(p, r, profile));
        }
        sb.append(String.join("；", shares)).append('\n');
        if (!r.verdict().reasons().isEmpty()) {
            sb.append("理由：\n");
            for (String reason : r.verdict().reasons()) sb.append("  · ").append(reason).append('\n');
        }
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        groups.put("全文", new ArrayList<>());
        for (Part p : Part.values()) groups.put(p.chinese(), new ArrayList<>());
        for (Finding f : r.findings()) {
            String key = f.paragraph() == null ? "全文" : partOf(r, f.paragraph()).chinese();
            groups.get(key).add(f);
        }
        for (var g : groups.entrySet()) {
            if (g.getValue().isEmpty()) continue;
            sb.append("\n■ ").append(g.getKey()).append('\n');
            for (Finding f : g.getValue()) {
                String name = RuleCatalog.standard().contains(f.rule()) ? RuleCatalog.standard().get(f.rule()).name() : f.rule();
                sb.append(String.format(Locale.ROOT, "  □ [%s] %s%s：%s%n", f.severity().chinese(), name,
                        f.paragraph() == null ? "" : "（" + paragraphName(f.paragraph()) + "）", f.message()));
                if (f.paragraph() != null) sb.append("      “").append(quote(r.paragraphs().get(f.paragraph()).text(), f.span())).append("”\n");
            }
        }
        if (r.findings().isEmpty()) sb.append("\n未发现问题。\n");
        return sb.toString();
    }

    private static String shareLine(Part p, Review r, Profile profile) {
        double share = r.stats().share(p);
        int chars = (int) Math.round(share * r.stats().chars());
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s %.0f%%（约%d字）", p.chinese(), share * 100, chars));
        Profile.ShareLimit limit = profile == null ? null : profile.share(p);
        if (limit != null) {
            List<String> parts = new ArrayList<>();
            if (limit.max() != null) parts.add(String.format(Locale.ROOT, "≤%.0f%%", limit.max() * 100));
            if (limit.min() != null) parts.add(String.format(Locale.ROOT, "≥%.0f%%", limit.min() * 100));
            if (limit.maxChars() != null) parts.add("≤" + limit.maxChars() + "字");
            if (limit.minChars() != null) parts.add("≥" + limit.minChars() + "字");
            if (limit.aboutChars() != null) parts.add("约" + limit.aboutChars() + "字");
            boolean broken = (limit.max() != null && share > limit.max() + 1e-9) || (limit.min() != null && share < limit.min() - 1e-9)
                    || (limit.maxChars() != null && chars > limit.maxChars()) || (limit.minChars() != null && chars < limit.minChars());
            s.append(" 要求").append(String.join("、", parts)).append(broken ? " ✗" : " ✓");
        }
        return s.toString();
    }

    private static Part partOf(Review r, int paragraph) {
        ParagraphResult p = r.paragraphs().get(paragraph);
        return p.label() != Part.OTHER ? p.label() : p.section();
    }

    /** The passage the finding applies to, with a little context, shortened for the checklist. */
    static String quote(String text, Span span) {
        String t = text.strip();
        if (span == null || span.end() > text.length()) return abbreviate(t, QUOTE);
        int from = Math.max(0, span.start() - 10);
        int to = Math.min(text.length(), Math.max(span.end() + 20, from + 30));
        return (from > 0 ? "……" : "") + text.substring(from, to).strip() + (to < text.length() ? "……" : "");
    }

    /**
     * How a paragraph is named to a reader: counted from 1 ("第1段" is the title line), while the JSON
     * contract's {@code paragraph} and {@code index} stay 0-based.
     */
    public static String paragraphName(int index) {
        return "第" + (index + 1) + "段";
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "……";
    }

    private static Profile profileOf(String id) {
        try {
            return Profiles.resolve(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String orDash(String s) {
        return s == null ? "—" : s;
    }
}
