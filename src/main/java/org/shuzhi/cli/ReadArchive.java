package org.shuzhi.cli;

import java.io.PrintWriter;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveEngine;

/** Opens the archive of {@code --archive} for reading, or says in one line that there is none. */
final class ReadArchive {
    private ReadArchive() {}

    /** The archive opened read-only, or null after telling {@code err} it does not exist. */
    static Archive open(ArchiveOption option, PrintWriter err) {
        if (!Archive.exists(option.directory())) {
            err.println("错误：档案库不存在：" + option.directory() + "（先用 index 命令存入报告）");
            return null;
        }
        return Archive.openReadOnly(option.directory());
    }

    /** The archive on SolrCloud if {@code solr} names one, else the local one read-only; null after telling {@code err}. */
    static ArchiveEngine open(ArchiveOption option, SolrOption solr, PrintWriter err) {
        org.shuzhi.archive.solr.SolrLocation location = solr.location();
        if (location != null) return org.shuzhi.archive.solr.SolrArchive.open(location);
        return open(option, err);
    }
}
