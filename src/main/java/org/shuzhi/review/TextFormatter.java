package org.shuzhi.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.shuzhi.document.Part;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.Profile;
import org.shuzhi.rules.RuleCatalog;
import org.shuzhi.rules.RuleInfo;
import org.shuzhi.rules.Severity;
import org.shuzhi.rules.Shares;
import org.shuzhi.rules.Span;

/**
 * {@code review --format text}: a reviewer's checklist. One summary line, the shares against the
 * profile's limits, the verdict's reasons, then the findings grouped by part and by paragraph: each
 * paragraph quoted once, each finding as one box to tick with what was found (the archive's with the
 * passage it matches), and at the end each rule's requirement and notice once. Web-page debris left out
 * of the review is listed under the reasons.
 */
public final class TextFormatter {
    private static final int QUOTE = 60;
    private static final int SOURCE_QUOTE = 40;
    private static final int DEBRIS_QUOTE = 20;
    /** A span covering this much of its paragraph is the paragraph: no second quote. */
    private static final double MOST = 0.8;

    private TextFormatter() {}

    /** {@code profile}: the one the review applied (a user's own file too), for its name and limits. */
    public static String format(Review r, Profile profile) {
        return format(r, profile, null);
    }

    /**
     * @param archiveLine whether the cross-report checks ran ({@link ArchiveCoverage}), shown under the
     *                    profile; null to leave it out
     */
    public static String format(Review r, Profile profile, String archiveLine) {
        StringBuilder sb = new StringBuilder();
        ReviewMeta m = r.meta();
        sb.append(String.format(Locale.ROOT, "【%s】%s　%s　%s%s年度　%d字　%s　建议：%s%n", r.file(),
                orDash(m.unit()), orDash(m.role()), m.name() == null ? "" : m.name() + "　",
                m.year() == null ? "—" : m.year(), r.stats().chars(), counts(r.findings()), r.verdict().outcome()));
        for (String missing : unread(m)) sb.append(missing).append('\n');
        sb.append("评审要求：").append(profile == null ? m.profile() : profile.name() + "（" + profile.notice() + "）").append('\n');
        if (archiveLine != null) sb.append(archiveLine).append('\n');
        List<String> shares = new ArrayList<>();
        for (Part p : List.of(Part.ACHIEVEMENT, Part.PROBLEM, Part.PLAN)) shares.add(shareLine(p, r, profile));
        // a text that is no duty report has no parts to measure against a notice
        boolean report = r.findings().stream().noneMatch(f -> RuleCatalog.standard().supersedesAll(f.rule()));
        sb.append("篇幅：").append(report ? String.join("；", shares) : "不适用（不是述职报告，未作内容审查）").append('\n');
        if (!r.verdict().reasons().isEmpty()) {
            sb.append("理由：\n");
            for (String reason : r.verdict().reasons()) sb.append("  · ").append(reason).append('\n');
        }
        String debris = debris(r);
        if (debris != null) sb.append(debris).append('\n');
        if (r.findings().isEmpty()) {
            sb.append("\n未发现问题。\n");
            return sb.toString();
        }
        // part → paragraph (null: the whole report) → its findings, in paragraph order: the archive's findings
        // come after the rules' in the list, and a paragraph with only those must not fall to the end
        Map<String, Map<Integer, List<Finding>>> groups = new LinkedHashMap<>();
        groups.put("全文", new TreeMap<>(Comparator.nullsFirst(Comparator.<Integer>naturalOrder())));
        for (Part p : Part.values()) groups.put(p.chinese(), new TreeMap<>(Comparator.nullsFirst(Comparator.<Integer>naturalOrder())));
        for (Finding f : r.findings()) {
            String part = f.paragraph() == null ? "全文" : partOf(r, f.paragraph()).chinese();
            groups.get(part).computeIfAbsent(f.paragraph(), k -> new ArrayList<>()).add(f);
        }
        Set<String> rules = new LinkedHashSet<>();
        for (var g : groups.entrySet()) {
            if (g.getValue().isEmpty()) continue;
            sb.append("\n■ ").append(g.getKey()).append('\n');
            for (var para : g.getValue().entrySet()) {
                String indent = "  ";
                if (para.getKey() != null) {
                    sb.append("  ").append(paragraphName(para.getKey())).append("　“")
                            .append(abbreviate(r.paragraphs().get(para.getKey()).text().strip(), QUOTE)).append("”\n");
                    indent = "    ";
                }
                for (Finding f : para.getValue()) {
                    rules.add(f.rule());
                    sb.append(indent).append("□ [").append(f.severity().chinese()).append("] ").append(name(f.rule()))
                            .append("：").append(found(f)).append('\n');
                    String passage = spanQuote(r, f);
                    if (passage != null) sb.append(indent).append("    原文：“").append(passage).append("”\n");
                    String source = source(f);
                    if (source != null) sb.append(indent).append("    对照：").append(source).append('\n');
                }
            }
        }
        sb.append("\n依据：\n");
        for (String code : rules) {
            if (!RuleCatalog.standard().contains(code)) continue;
            RuleInfo info = RuleCatalog.standard().get(code);
            sb.append("  · ").append(info.name()).append("：").append(info.requirement())
                    .append("（").append(String.join("；", info.sources())).append("）\n");
        }
        return sb.toString();
    }

    /**
     * One line for each part of the metadata the report does not say (null): what was looked at, and how
     * to give it. The role decides the length limit, so its line says so.
     */
    static List<String> unread(ReviewMeta m) {
        List<String> out = new ArrayList<>();
        if (m.unit() == null) out.add("单位：未能从标题或署名识别，可用 --unit 指定");
        if (m.year() == null) out.add("年度：未能从标题、署名或落款日期识别，可用 --year 指定");
        if (m.role() == null) out.add("职务：未能从标题或署名识别，可用 --role 指定（篇幅上限按职务确定）");
        if (m.name() == null) out.add("姓名：未能从署名或落款识别");
        return out;
    }

    /**
     * The web-page debris left out of the review ("上一篇：……", "仅展示前3000字"), so that a reviewer sees what
     * was not counted and can tell if a line of the report itself was taken for debris; null when none.
     */
    static String debris(Review r) {
        List<String> lines = new ArrayList<>();
        for (ParagraphResult p : r.paragraphs()) {
            if (p.debris()) lines.add(paragraphName(p.index()) + "“" + abbreviate(p.text().strip(), DEBRIS_QUOTE) + "”");
        }
        if (lines.isEmpty()) return null;
        return "已忽略网页残留：" + String.join("；", lines) + "（不计入篇幅和比例，不作评审）";
    }

    /** "严重2处、提醒5处" — or 无问题. */
    private static String counts(List<Finding> findings) {
        if (findings.isEmpty()) return "无问题";
        List<String> out = new ArrayList<>();
        for (Severity s : Severity.values()) {
            long n = findings.stream().filter(f -> f.severity() == s).count();
            if (n > 0) out.add(s.chinese() + n + "处");
        }
        return String.join("、", out);
    }

    private static String name(String code) {
        return RuleCatalog.standard().contains(code) ? RuleCatalog.standard().get(code).name() : code;
    }

    /** What was found: the message without the catalog's requirement and notices, which 依据 lists once. */
    static String found(Finding f) {
        String msg = f.message();
        if (!RuleCatalog.standard().contains(f.rule())) return msg;
        int at = msg.indexOf("。" + RuleCatalog.standard().get(f.rule()).requirement());
        return at > 0 ? msg.substring(0, at) : msg;
    }

    /**
     * The span a finding marks with a little context, when it is only part of the paragraph (the
     * paragraph itself is quoted above its findings).
     */
    static String spanQuote(Review r, Finding f) {
        Span span = f.span();
        if (f.paragraph() == null || span == null) return null;
        String text = r.paragraphs().get(f.paragraph()).text();
        if (span.end() > text.length() || span.start() >= span.end()) return null;
        if (span.end() - span.start() >= MOST * text.strip().length()) return null;
        int from = Math.max(0, span.start() - 10);
        int to = Math.min(text.length(), Math.max(span.end() + 20, from + 30));
        String quote = text.substring(from, to).strip();
        // a quote cut to QUOTE letters already ends in "……": never twice
        boolean cut = quote.length() > QUOTE || to < text.length();
        return (from > 0 ? "……" : "") + (quote.length() > QUOTE ? quote.substring(0, QUOTE) : quote) + (cut ? "……" : "");
    }

    /** The earlier or other report's passage an archive finding rests on: unit, year, paragraph, text. */
    private static String source(Finding f) {
        if (!(f.evidence().get("source") instanceof Map<?, ?> s)) return null;
        StringBuilder sb = new StringBuilder();
        if (s.get("unit") != null) sb.append(s.get("unit"));
        if (s.get("year") != null) sb.append(s.get("year")).append("年度");
        if (s.get("paragraph") instanceof Integer p) sb.append(paragraphName(p));
        if (s.get("text") != null) sb.append("“").append(abbreviate(String.valueOf(s.get("text")).strip(), SOURCE_QUOTE)).append("”");
        return sb.length() == 0 ? null : sb.toString();
    }

    private static String shareLine(Part p, Review r, Profile profile) {
        double share = r.stats().share(p);
        int chars = (int) Math.round(share * r.stats().chars());
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s %s（约%d字）", p.chinese(), Shares.percent(share), chars));
        Profile.ShareLimit limit = profile == null ? null : profile.share(p);
        if (limit != null) {
            List<String> parts = new ArrayList<>();
            if (limit.max() != null) parts.add("≤" + Shares.percent(limit.max()));
            if (limit.min() != null) parts.add("≥" + Shares.percent(limit.min()));
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

    private static String orDash(String s) {
        return s == null ? "—" : s;
    }
}
