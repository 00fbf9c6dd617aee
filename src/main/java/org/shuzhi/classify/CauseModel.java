package org.shuzhi.classify;

import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.shuzhi.nlp.Token;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.SerializationHelper;

/**
 * The cause classifier `train-causes` saves: the feature layout (with its lexicons) and the trained Weka
 * classifier, which tells a clause of a cause analysis subjective (the secretary's own thinking and conduct),
 * objective (circumstances) or other. Bundled in the jar as {@link #RESOURCE}; loaded once.
 */
public final class CauseModel implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String RESOURCE = "/models/cause-classifier.model";

    private final CauseFeatures features;
    private final Classifier classifier;
    private final Algorithm algorithm;

    private static volatile CauseModel standard;
    private static volatile boolean loaded;

    CauseModel(CauseFeatures features, Classifier classifier, Algorithm algorithm) {
        this.features = features;
        this.classifier = classifier;
        this.algorithm = algorithm;
    }

    public Algorithm algorithm() {
        return algorithm;
    }

    /** The bundled model, or null when the jar carries none (the rules then read the lexicons alone). */
    public static CauseModel standard() {
        if (!loaded) {
            synchronized (CauseModel.class) {
                if (!loaded) {
                    try (InputStream in = CauseModel.class.getResourceAsStream(RESOURCE)) {
                        standard = in == null ? null : load(in);
                    } catch (Exception e) {
                        throw new IllegalStateException("无法加载原因分类模型 " + RESOURCE + "：" + e.getMessage(), e);
                    }
                    loaded = true;
                }
            }
        }
        return standard;
    }

    /** Probabilities in {@link CauseLabel} order for a clause's words. */
    public double[] distribution(List<Token> clause) {
        Instances data = features.header("cause");
        CauseFeatures.Vector v = features.vector(clause);
        // Weka's filters keep state while converting an instance: one clause at a time; a clause takes
        // a few microseconds and a report has a handful of cause clauses
        synchronized (this) {
            try {
                return classifier.distributionForInstance(features.instance(data, v, null));
            } catch (Exception e) {
                throw new IllegalStateException("原因分类模型无法处理分句：" + e.getMessage(), e);
            }
        }
    }

    /** The most probable label of a clause. */
    public CauseLabel classify(List<Token> clause) {
        double[] d = distribution(clause);
        int best = 0;
        for (int i = 1; i < d.length; i++) if (d[i] > d[best]) best = i;
        return CauseLabel.values()[best];
    }

    public void save(Path file) throws Exception {
        if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
        SerializationHelper.write(file.toString(), this);
    }

    public static CauseModel load(InputStream in) throws Exception {
        WekaSetup.apply();
        Object o = SerializationHelper.read(in);
        if (!(o instanceof CauseModel m)) throw new IllegalArgumentException("文件不是原因分类模型");
        return m;
    }
}
