package org.shuzhi.classify;

import java.nio.file.Path;

/**
 * Settings Weka needs before its first use: pure-Java netlib (no native probing and its log noise) and a
 * WEKA_HOME that is not ~/wekafiles (Weka's package manager creates it on first use otherwise).
 */
public final class WekaSetup {
    private WekaSetup() {}

    public static synchronized void apply() {
        System.setProperty("com.github.fommil.netlib.BLAS", "com.github.fommil.netlib.F2jBLAS");
        System.setProperty("com.github.fommil.netlib.LAPACK", "com.github.fommil.netlib.F2jLAPACK");
        System.setProperty("com.github.fommil.netlib.ARPACK", "com.github.fommil.netlib.F2jARPACK");
        if (System.getProperty("WEKA_HOME") == null && System.getenv("WEKA_HOME") == null) {
            System.setProperty("WEKA_HOME",
                    Path.of(System.getProperty("java.io.tmpdir"), "shuzhi-wekafiles").toString());
        }
    }
}
