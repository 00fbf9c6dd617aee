package org.shuzhi.web;

import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveEngine;

/**
 * What the server offers on the embedded archive only, for now: on a SolrCloud collection such a route answers
 * 501 with a Chinese sentence naming what is missing, instead of a 500 or an answer computed from nothing.
 */
final class EmbeddedOnly {
    private EmbeddedOnly() {}

    /** The embedded archive, or a 501 saying {@code feature} is not available on this engine yet. */
    static Archive archive(ArchiveEngine engine, String feature) {
        if (engine instanceof Archive a) return a;
        throw new ApiError(501, feature + "暂不支持 SolrCloud 上的档案库（" + engine.where() + "）；检索、单位列表、存入和删除报告可照常使用");
    }
}
