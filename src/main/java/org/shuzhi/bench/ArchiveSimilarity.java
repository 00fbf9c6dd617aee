package org.shuzhi.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.ToDoubleFunction;

/**
 * The archive's own precise similarity and thresholds ({@code archive.PassageSimilarity} and
 * {@code archive.Similarities}), reached through method handles because they are package-private. The
 * baseline must judge with exactly the measures the archive uses, not a copy of them; once the archive
 * exposes them publicly, this class shrinks to plain calls.
 */
final class ArchiveSimilarity {
    private static MethodHandle OF, GRAMS_FIRST, REPEAT, COPY, CAUSE;
    static double REPEAT_THRESHOLD, COPY_THRESHOLD;
    static int MIN_GRAMS, MIN_COPY_GRAMS;
    /** Why the archive's measures could not be reached (their signatures changed), or null. */
    private static String unavailable;

    static {
        try {
            Class<?> passage = Class.forName("org.shuzhi.archive.PassageSimilarity");
            Class<?> sims = Class.forName("org.shuzhi.archive.Similarities");
            Class<?> grams = Class.forName("org.shuzhi.archive.PassageSimilarity$Grams");
            MethodHandles.Lookup p = MethodHandles.privateLookupIn(passage, MethodHandles.lookup());
            MethodHandles.Lookup s = MethodHandles.privateLookupIn(sims, MethodHandles.lookup());
            OF = p.findStatic(passage, "of", MethodType.methodType(grams, String.class))
                    .asType(MethodType.methodType(Object.class, String.class));
            // Grams.size() is package-private too; its map's size is the same number
            GRAMS_FIRST = MethodHandles.privateLookupIn(grams, MethodHandles.lookup())
                    .findVirtual(grams, "first", MethodType.methodType(java.util.Map.class))
                    .asType(MethodType.methodType(java.util.Map.class, Object.class));
            REPEAT = s.findStatic(sims, "repeat", MethodType.methodType(double.class, grams, grams))
                    .asType(MethodType.methodType(double.class, Object.class, Object.class));
            COPY = s.findStatic(sims, "copy", MethodType.methodType(double.class, grams, grams, ToDoubleFunction.class))
                    .asType(MethodType.methodType(double.class, Object.class, Object.class, ToDoubleFunction.class));
            CAUSE = s.findStatic(sims, "isCauseAnalysis", MethodType.methodType(boolean.class, String.class));
            REPEAT_THRESHOLD = (double) s.findStaticGetter(sims, "REPEAT_THRESHOLD", double.class).invoke();
            COPY_THRESHOLD = (double) s.findStaticGetter(sims, "COPY_THRESHOLD", double.class).invoke();
            MIN_GRAMS = (int) s.findStaticGetter(sims, "MIN_GRAMS", int.class).invoke();
            MIN_COPY_GRAMS = (int) s.findStaticGetter(sims, "MIN_COPY_GRAMS", int.class).invoke();
        } catch (Throwable e) {
            // the archive changed its measures: the baseline must be brought in line, the rest of the benchmark still runs
            unavailable = e.toString();
        }
    }

    /** Empty if the baseline can use the archive's measures; else why not. */
    static java.util.Optional<String> unavailable() {
        return java.util.Optional.ofNullable(unavailable);
    }

    /** A passage's bigrams, as the archive computes them. */
    record Grams(Object value, int size) {}

    private ArchiveSimilarity() {}

    static Grams of(String text) {
        try {
            Object g = OF.invokeExact(text);
            return new Grams(g, ((java.util.Map<?, ?>) GRAMS_FIRST.invokeExact(g)).size());
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    static double repeat(Grams a, Grams b) {
        try {
            return (double) REPEAT.invokeExact(a.value(), b.value());
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    static double copy(Grams a, Grams b, ToDoubleFunction<String> rarity) {
        try {
            return (double) COPY.invokeExact(a.value(), b.value(), rarity);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    static boolean isCauseAnalysis(String text) {
        try {
            return (boolean) CAUSE.invokeExact(text);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    private static RuntimeException rethrow(Throwable e) {
        if (e instanceof RuntimeException r) return r;
        if (e instanceof Error err) throw err;
        return new IllegalStateException(e);
    }
}
