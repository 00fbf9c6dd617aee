package org.shuzhi.classify;

import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;
import weka.classifiers.Classifier;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.core.SerializedObject;

/**
 * What `train` saves: the feature layout (with its cue lexicons) and the trained Weka classifier, in one
 * serialized file, so that a model never meets features it was not trained on.
 */
public final class ParagraphModel implements Serializable {
    private static final long serialVersionUID = 2L;

    private final ParagraphFeatures features;
    private final Classifier classifier;
    private final Algorithm algorithm;
    private final Temperature temperature;
    /**
     * Idle copies of {@link #classifier}, one taken per call: Weka's filters keep state while converting an
     * instance, so a copy serves one thread at a time, and threads no longer queue for a single one.
     */
    private transient volatile Queue<Classifier> idle;
    /**
     * The classifier as it was before any use here, which new copies are made from: copying one that another
     * thread is using would copy its filters mid-conversion ("Filter output queue not empty").
     */
    private transient SerializedObject pristine;

    ParagraphModel(ParagraphFeatures features, Classifier classifier, Algorithm algorithm, Temperature temperature) {
        this.features = features;
        this.classifier = classifier;
        this.algorithm = algorithm;
        this.temperature = temperature;
    }

    public Algorithm algorithm() {
        return algorithm;
    }

    /** The temperature fitted on out-of-fold predictions when the model was trained. */
    public Temperature temperature() {
        return temperature;
    }

    /** Calibrated class probabilities in {@link Part} order, the paragraph read as written. */
    public double[] distribution(AnalyzedParagraph p, double position) {
        Scored s = score(p, TextView.FULL, position);
        return temperature.apply(s.distribution(), s.terms());
    }

    /** The learner's own class probabilities and the number of words and bigrams they rest on. */
    record Scored(double[] distribution, int terms) {}

    /**
     * The learner's own class probabilities in {@link Part} order, on a copy of the classifier no other thread
     * is using; a fresh header per call keeps the word strings from piling up.
     */
    Scored score(AnalyzedParagraph p, TextView view, double position) {
        Instances data = features.header("classify");
        ParagraphFeatures.Vector v = features.vector(p, view, position);
        Instance inst = features.instance(data, v, null);
        Queue<Classifier> copies = idle();
        Classifier c = copies.poll();
        Scored scored;
        try {
            if (c == null) c = copy();
            scored = new Scored(c.distributionForInstance(inst), v.terms());
        } catch (Exception e) {
            // a copy that failed mid-conversion may keep its filters' state: it is not used again
            throw new IllegalStateException("分类模型无法处理段落 " + p.index() + "：" + e.getMessage(), e);
        }
        copies.offer(c);
        return scored;
    }

    private synchronized Classifier copy() throws Exception {
        return (Classifier) pristine.getObject();
    }

    private Queue<Classifier> idle() {
        Queue<Classifier> q = idle;
        if (q == null) {
            synchronized (this) {
                if (idle == null) {
                    try {
                        pristine = new SerializedObject(classifier);
                    } catch (Exception e) {
                        throw new IllegalStateException("分类模型无法复制：" + e.getMessage(), e);
                    }
                    q = new ConcurrentLinkedQueue<>();
                    q.offer(classifier);
                    idle = q;
                }
                q = idle;
            }
        }
        return q;
    }

    public void save(Path file) throws Exception {
        if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
        SerializationHelper.write(file.toString(), this);
    }

    public static ParagraphModel load(InputStream in) throws Exception {
        WekaSetup.apply();
        Object o = SerializationHelper.read(in);
        if (!(o instanceof ParagraphModel m)) throw new IllegalArgumentException("文件不是段落分类模型");
        return m;
    }
}
