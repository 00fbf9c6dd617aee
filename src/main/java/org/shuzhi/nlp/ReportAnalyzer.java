package org.shuzhi.nlp;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.document.MetadataExtractor;
import org.shuzhi.document.Paragraph;
import org.shuzhi.document.Part;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;

/**
 * Segments a report: normalisation, the page layout (a table of contents, web-page debris), headings and
 * the section of each paragraph, sentences, tokens. Only headings at the outermost level that names parts
 * switch the section, so a sub-heading such as "（三）以问题为导向" inside the achievements does not move
 * the text into the problems part; a table of contents and debris never switch it.
 */
public final class ReportAnalyzer {
    private ReportAnalyzer() {}

    public static AnalyzedReport analyze(Report report, ReportMeta overrides) {
        List<Paragraph> ps = report.paragraphs();
        List<String> normalized = new ArrayList<>(ps.size());
        List<Heading> headings = new ArrayList<>(ps.size());
        Layout[] layout = new Layout[ps.size()];
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            String n = TextNormalizer.normalize(p.text());
            normalized.add(n);
            // web-page debris is a line of its own around the text, never a cell of a Word table ("96人", "下载")
            layout[i] = !p.inTable() && PageDebris.isDebris(n) ? Layout.DEBRIS : Layout.TEXT;
            headings.add(p.inTable() || layout[i] == Layout.DEBRIS ? null : HeadingParser.parse(n));
        }
        TableOfContents.mark(normalized, headings, layout);
        // the headings that may open a part: those of the report's own text
        List<Heading> parts = new ArrayList<>(ps.size());
        for (int i = 0; i < ps.size(); i++) parts.add(layout[i] == Layout.TEXT ? headings.get(i) : null);
        int switchLevel = switchingLevel(parts);
        int laterParts = firstProblemOrPlan(parts, switchLevel);
        List<AnalyzedParagraph> out = new ArrayList<>(ps.size());
        Part section = Part.OTHER;
        boolean partSeen = false;
        int total = 0;
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            Heading h = parts.get(i);
            if (h != null && h.part() != null && h.level() == switchLevel) {
                section = h.part();
                partSeen = true;
            } else if (!partSeen && i < laterParts && opensAchievements(h, normalized.get(i))) {
                // "一、抓学习，筑牢思想根基" before "四、存在的不足": the slogans ahead of the problems part
                // are the achievements (they come first, DOMAIN.md); the lines above are preamble
                section = Part.ACHIEVEMENT;
                partSeen = true;
            }
            String n = normalized.get(i);
            int chars = TextNormalizer.countChars(p.text());
            // debris is not the writer's: it counts in no length and no share
            if (layout[i] != Layout.DEBRIS) total += chars;
            out.add(new AnalyzedParagraph(p, n, headings.get(i), layout[i] == Layout.TEXT ? section : Part.OTHER,
                    SentenceSplitter.split(p.text(), n), Segmenter.tokens(n), chars, layout[i]));
        }
        List<String> text = new ArrayList<>(ps.size());
        for (int i = 0; i < ps.size(); i++) if (layout[i] == Layout.TEXT) text.add(normalized.get(i));
        ReportMeta meta = MetadataExtractor.extract(text).overriddenBy(overrides);
        return new AnalyzedReport(report.file(), meta, out, total);
    }

    /**
     * A heading that names no part: a numbered slogan or topic ("一、抓学习，筑牢思想根基", "（一）主题教育扎实
     * 开展"), or an unnumbered slogan line ("共学共建，让支部“强”起来") that is not a byline or salutation.
     */
    private static boolean opensAchievements(Heading h, String normalized) {
        if (h == null || h.part() != null) return false;
        if (h.level() == 0) return HeadingParser.isSlogan(normalized);
        return h.level() >= 1 && h.level() <= 4;
    }

    /** Index of the first problems or plans heading at the switching level, or -1 when there is none. */
    private static int firstProblemOrPlan(List<Heading> headings, int switchLevel) {
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            if (h != null && h.level() == switchLevel && (h.part() == Part.PROBLEM || h.part() == Part.PLAN)) return i;
        }
        return -1;
    }

    private static int switchingLevel(List<Heading> headings) {
        int level = Integer.MAX_VALUE;
        for (Heading h : headings) {
            if (h != null && h.part() != null && h.level() >= 1 && h.level() <= 4) level = Math.min(level, h.level());
        }
        return level;
    }
}
