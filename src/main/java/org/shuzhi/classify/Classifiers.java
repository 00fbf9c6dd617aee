package org.shuzhi.classify;

import java.io.InputStream;

/** Where the product gets its classifier. */
public final class Classifiers {
    /** The trained model's place on the classpath (models/ is bundled into the jar). */
    public static final String MODEL_RESOURCE = "/models/paragraph-classifier.model";

    private static volatile ParagraphClassifier standard;

    private Classifiers() {}

    /**
     * The trained model if one is installed, else the heading-based fallback, with table cells that state
     * nothing labelled {@code other} (see {@link TableCells}). Loaded once.
     */
    public static ParagraphClassifier standard() {
        ParagraphClassifier c = standard;
        if (c == null) {
            synchronized (Classifiers.class) {
                if (standard == null) standard = load();
                c = standard;
            }
        }
        return c;
    }

    private static ParagraphClassifier load() {
        try (InputStream in = Classifiers.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) return new TableCells(new SectionClassifier());
            return new TableCells(new WekaParagraphClassifier(ParagraphModel.load(in)));
        } catch (Exception e) {
            throw new IllegalStateException("无法加载段落分类模型 " + MODEL_RESOURCE + "：" + e.getMessage(), e);
        }
    }
}
