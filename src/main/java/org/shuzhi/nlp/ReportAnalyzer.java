package org.shuzhi.nlp;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.document.MetadataExtractor;
import org.shuzhi.document.Paragraph;
import org.shuzhi.document.Part;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;

/**
 * Segments a report: normalisation, headings and the section of each paragraph, sentences, tokens.
 * Only headings at the outermost level that names parts switch the section, so a sub-heading such as
 * "（三）以问题为导向" inside the achievements does not move the text into the problems part.
 */
public final class ReportAnalyzer {
    private ReportAnalyzer() {}

    public static AnalyzedReport analyze(Report report, ReportMeta overrides) {
        List<Paragraph> ps = report.paragraphs();
        List<String> normalized = new ArrayList<>(ps.size());
        List<Heading> headings = new ArrayList<>(ps.size());
        for (Paragraph p : ps) {
            String n = TextNormalizer.normalize(p.text());
            normalized.add(n);
            headings.add(p.inTable() ? null : HeadingParser.parse(n));
        }
        int switchLevel = switchingLevel(headings);
        int laterParts = firstProblemOrPlan(headings, switchLevel);
        List<AnalyzedParagraph> out = new ArrayList<>(ps.size());
        Part section = Part.OTHER;
        boolean partSeen = false;
        int total = 0;
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            Heading h = headings.get(i);
            if (h != null && h.part() != null && h.level() == switchLevel) {
                section = h.part();
                partSeen = true;
            } else if (!partSeen && i < laterParts && opensAchievements(h)) {
                // "一、抓学习，筑牢思想根基" before "四、存在的不足": the numbered slogans ahead of the
                // problems part are the achievements (they come first, DOMAIN.md); the lines above are preamble
                section = Part.ACHIEVEMENT;
                partSeen = true;
            }
            String n = normalized.get(i);
            int chars = TextNormalizer.countChars(p.text());
            total += chars;
            out.add(new AnalyzedParagraph(p, n, h, section,
                    SentenceSplitter.split(p.text(), n), Segmenter.tokens(n), chars));
        }
        ReportMeta meta = MetadataExtractor.extract(normalized).overriddenBy(overrides);
        return new AnalyzedReport(report.file(), meta, out, total);
    }

    /** A numbered heading that names no part (a slogan, or a topic such as "（一）主题教育扎实开展"). */
    private static boolean opensAchievements(Heading h) {
        return h != null && h.part() == null && h.level() >= 1 && h.level() <= 4;
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
