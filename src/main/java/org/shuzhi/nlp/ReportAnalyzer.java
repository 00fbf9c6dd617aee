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
        List<AnalyzedParagraph> out = new ArrayList<>(ps.size());
        Part section = Part.OTHER;
        int total = 0;
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            Heading h = headings.get(i);
            if (h != null && h.part() != null && h.level() == switchLevel) section = h.part();
            String n = normalized.get(i);
            int chars = TextNormalizer.countChars(p.text());
            total += chars;
            out.add(new AnalyzedParagraph(p, n, h, section,
                    SentenceSplitter.split(p.text(), n), Segmenter.tokens(n), chars));
        }
        ReportMeta meta = MetadataExtractor.extract(normalized).overriddenBy(overrides);
        return new AnalyzedReport(report.file(), meta, out, total);
    }

    private static int switchingLevel(List<Heading> headings) {
        int level = Integer.MAX_VALUE;
        for (Heading h : headings) {
            if (h != null && h.part() != null && h.level() >= 1 && h.level() <= 4) level = Math.min(level, h.level());
        }
        return level;
    }
}
