package org.shuzhi.classify;

/** Relative position of a paragraph in its report: 0 for the first, 1 for the last. */
final class Positions {
    private Positions() {}

    static double of(int index, int count) {
        return count <= 1 ? 0.0 : (double) index / (count - 1);
    }
}
