package org.shuzhi.web;

import java.util.function.Supplier;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveEngine;

/**
 * What the server offers on the embedded archive only, for now: on a SolrCloud collection such a route answers
 * 501 with a Chinese sentence naming what is missing, instead of a 500 or an answer computed from nothing.
 */
final class EmbeddedOnly {
    private EmbeddedOnly() {}

    /**
     * Runs {@code work} on either engine; an engine that says it cannot do it yet ({@link UnsupportedOperationException}
     * from anything but the embedded archive) is a 501 naming {@code feature}.
     */
    static <T> T run(ArchiveEngine engine, String feature, Supplier<T> work) {
        try {
            return work.get();
        } catch (UnsupportedOperationException e) {
            if (engine instanceof Archive) throw e;
            throw notYet(engine, feature);
        }
    }

    private static ApiError notYet(ArchiveEngine engine, String feature) {
        return new ApiError(501, feature + "暂不支持 SolrCloud 上的档案库（" + engine.where() + "）；检索、单位列表、存入和删除报告可照常使用");
    }
}
