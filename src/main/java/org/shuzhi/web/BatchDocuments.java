package org.shuzhi.web;

import java.util.List;

/** The documents of a batch that can be downloaded, each written by the meeting package. */
final class BatchDocuments {
    private BatchDocuments() {}

    static List<String> names() {
        return List.of();
    }

    static boolean annotates() {
        return false;
    }

    /** 批注 file name: the original's name with .docx. */
    static String annotatedName(String file) {
        String f = file.replace('\\', '/');
        f = f.substring(f.lastIndexOf('/') + 1);
        int dot = f.lastIndexOf('.');
        return (dot > 0 ? f.substring(0, dot) : f) + ".docx";
    }
}
