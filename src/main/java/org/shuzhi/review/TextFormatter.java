package org.shuzhi.review;

import java.util.List;
import java.util.Locale;
import org.shuzhi.document.Part;
import org.shuzhi.rules.Finding;

/** The readable summary of {@code review --format text}. */
public final class TextFormatter {
    private TextFormatter() {}

    public static String format(Review r) {
        StringBuilder sb = new StringBuilder();
        ReviewMeta m = r.meta();
        sb.append("== ").append(r.file()).append(" ==\n");
        sb.append(String.format(Locale.ROOT, "单位：%s　年度：%s　职务：%s　评审要求：%s%n",
                orDash(m.unit()), m.year() == null ? "—" : m.year(), orDash(m.role()), m.profile()));
        sb.append(String.format(Locale.ROOT, "建议结论：%s（%d 处问题）　字数：%d%n",
                r.verdict().outcome(), r.findings().size(), r.stats().chars()));
        sb.append("篇幅占比：");
        for (Part p : Part.values()) {
            sb.append(String.format(Locale.ROOT, "%s %.0f%%　", p.chinese(), r.stats().share(p) * 100));
        }
        sb.append('\n');
        if (!r.verdict().reasons().isEmpty()) sb.append("理由：").append(String.join("；", r.verdict().reasons())).append('\n');
        sb.append("\n段落：\n");
        for (ParagraphResult p : r.paragraphs()) {
            boolean disagree = p.label() != p.section() && p.section() != Part.OTHER && p.label() != Part.OTHER;
            sb.append(String.format(Locale.ROOT, "%3d [%s%s] %s%n", p.index(), p.label().chinese(),
                    disagree ? "≠" + p.section().chinese() : "", abbreviate(p.text(), 40)));
        }
        List<Finding> findings = r.findings();
        if (!findings.isEmpty()) {
            sb.append("\n问题：\n");
            for (Finding f : findings) {
                sb.append(String.format(Locale.ROOT, "- [%s] %s%s：%s%n", f.severity().chinese(), f.rule(),
                        f.paragraph() == null ? "" : "（第" + f.paragraph() + "段）", f.message()));
            }
        }
        return sb.toString();
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "……";
    }

    private static String orDash(String s) {
        return s == null ? "—" : s;
    }
}
