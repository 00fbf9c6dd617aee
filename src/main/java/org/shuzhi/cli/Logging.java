package org.shuzhi.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps library chatter (HanLP's java.util.logging, Weka's netlib probe) off the user's terminal. */
public final class Logging {
    private Logging() {}

    public static void quiet() {
        Logger.getLogger("").setLevel(Level.WARNING);
        Logger.getLogger("HanLP").setLevel(Level.SEVERE);
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.io.javalin", "info");
        // POI and PDFBox warn about the damaged files we refuse with a message of our own
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.poi", "off");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.pdfbox", "off");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.fontbox", "off");
        // SolrJ warns on every ZooKeeper connection that its client sets no ZooKeeper ACLs (it writes no znodes), and
        // ZooKeeper's client about reconnects: a failure that matters comes back as an error of our own, in Chinese
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.solr.common.cloud.SolrZkClient", "error");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.zookeeper", "error");
        System.setProperty("com.github.fommil.netlib.BLAS", "com.github.fommil.netlib.F2jBLAS");
        System.setProperty("com.github.fommil.netlib.LAPACK", "com.github.fommil.netlib.F2jLAPACK");
        System.setProperty("com.github.fommil.netlib.ARPACK", "com.github.fommil.netlib.F2jARPACK");
    }
}
