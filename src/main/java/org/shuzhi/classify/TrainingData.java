package org.shuzhi.classify;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.document.Part;
import weka.core.Instances;

/**
 * The samples' feature vectors, computed once, and the Weka training sets made from them. Each paragraph
 * is learnt as written; a paragraph that opens with a heading or lead phrase is learnt a second time
 * without it, so that the model also knows the paragraph when a report has no headings (and cannot lean
 * on heading words alone).
 */
final class TrainingData {
    private final ParagraphFeatures features;
    private final List<Sample> samples;
    private final List<ParagraphFeatures.Vector> full = new ArrayList<>();
    /** Headings-removed vectors; null for pure heading lines, which have no text in that view. */
    private final List<ParagraphFeatures.Vector> content = new ArrayList<>();

    TrainingData(ParagraphFeatures features, List<Sample> samples) {
        this.features = features;
        this.samples = List.copyOf(samples);
        for (Sample s : this.samples) {
            full.add(features.vector(s.paragraph(), TextView.FULL, s.position()));
            boolean readable = !TextView.CONTENT.text(s.paragraph()).isEmpty();
            content.add(readable ? features.vector(s.paragraph(), TextView.CONTENT, s.position()) : null);
        }
    }

    List<Sample> samples() {
        return samples;
    }

    /** Sample i in the given view, or null when it has no text in that view. */
    ParagraphFeatures.Vector vector(int i, TextView view) {
        return view == TextView.FULL ? full.get(i) : content.get(i);
    }

    /** A training set of the samples whose index passes {@code include}. */
    Instances instances(java.util.function.IntPredicate include) {
        Instances data = features.header("train");
        for (int i = 0; i < samples.size(); i++) {
            if (!include.test(i)) continue;
            Part label = samples.get(i).label();
            data.add(features.instance(data, full.get(i), label));
            if (samples.get(i).paragraph().heading() != null && content.get(i) != null) {
                data.add(features.instance(data, content.get(i), label));
            }
        }
        return data;
    }
}
