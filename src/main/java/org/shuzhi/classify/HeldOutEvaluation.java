package org.shuzhi.classify;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.document.Part;

/**
 * The trained model on labelled reports it never saw (the rules' held-out sets, written after the corpus
 * and never trained or tuned on): macro-F1 and calibration, as written and with headings removed.
 */
public record HeldOutEvaluation(
        String name,
        int reports,
        int paragraphs,
        @JsonIgnore Map<TextView, Figures> figures,
        @JsonIgnore Map<TextView, Calibration> rawCalibration,
        @JsonIgnore Map<TextView, Calibration> calibration) {

    @JsonProperty("figures")
    public Map<String, Figures> figuresById() {
        return TrainingEvaluation.byId(figures);
    }

    @JsonProperty("calibration_raw")
    public Map<String, Calibration> rawCalibrationById() {
        return TrainingEvaluation.byId(rawCalibration);
    }

    @JsonProperty("calibration")
    public Map<String, Calibration> calibrationById() {
        return TrainingEvaluation.byId(calibration);
    }

    /** @param dirs corpus-layout directories (manifest.tsv, reports/, labels/), pooled */
    public static HeldOutEvaluation of(ParagraphModel model, String name, List<Path> dirs) {
        List<Sample> samples = new ArrayList<>();
        int reports = 0;
        for (Path dir : dirs) {
            Corpus c = Corpus.at(dir);
            reports += c.entries().size();
            samples.addAll(CorpusSamples.of(c));
        }
        List<Part> labels = samples.stream().map(Sample::label).toList();
        Map<TextView, Figures> figures = new EnumMap<>(TextView.class);
        Map<TextView, Calibration> raw = new EnumMap<>(TextView.class);
        Map<TextView, Calibration> calibrated = new EnumMap<>(TextView.class);
        for (TextView view : TextView.values()) {
            double[][] dist = new double[samples.size()][];
            double[][] scaled = new double[samples.size()][];
            for (int i = 0; i < samples.size(); i++) {
                Sample s = samples.get(i);
                if (view.text(s.paragraph()).isEmpty()) continue;
                ParagraphModel.Scored scored = model.score(s.paragraph(), view, s.position());
                dist[i] = scored.distribution();
                scaled[i] = model.temperature().apply(dist[i], scored.terms());
            }
            figures.put(view, Figures.of(dist, labels));
            raw.put(view, Calibration.of(dist, labels));
            calibrated.put(view, Calibration.of(scaled, labels));
        }
        return new HeldOutEvaluation(name, reports, samples.size(), figures, raw, calibrated);
    }
}
