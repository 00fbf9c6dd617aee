package org.shuzhi.cli;

import java.io.PrintWriter;
import org.shuzhi.archive.Archive;

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
}
