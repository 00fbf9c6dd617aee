package org.shuzhi.classify;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.corpus.CorpusEntry;
import org.shuzhi.document.Part;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;

/** Every labelled paragraph of a corpus, in manifest and document order (which keeps training deterministic). */
public final class CorpusSamples {
    private CorpusSamples() {}

    public static List<Sample> of(Corpus corpus) {
        List<Sample> out = new ArrayList<>();
        for (CorpusEntry e : corpus.entries()) {
            AnalyzedReport report = ReportAnalyzer.analyze(corpus.report(e.id()), ReportMeta.UNKNOWN);
            List<Part> labels = corpus.labels(e.id());
            List<AnalyzedParagraph> ps = report.paragraphs();
            if (labels.size() != ps.size()) {
                throw new IllegalArgumentException("语料 " + e.id() + " 的标注有 " + labels.size() + " 行，但报告有 "
                        + ps.size() + " 个段落");
            }
            for (AnalyzedParagraph p : ps) {
                out.add(new Sample(e.id(), unitOf(e.id()), p, Positions.of(p.index(), ps.size()), labels.get(p.index())));
            }
        }
        return out;
    }

    /** The unit a corpus id belongs to: the id without its trailing -YEAR. */
    public static String unitOf(String id) {
        return id.replaceFirst("-\\d{4}$", "");
    }
}
