package org.shuzhi.cli;

import java.nio.file.Path;
import org.shuzhi.server.ServerFolder;
import picocli.CommandLine.Option;

/**
 * {@code --state DIR}: where the server keeps what is not reports (accounts, audit log, finding marks, saved
 * batches). Needed for an archive on SolrCloud, which has no local directory to keep them beside; default the
 * folder beside {@code --archive} ({@code <archive>.server}), where {@code index --solr} already writes its audit lines.
 */
public final class StateOption {
    @Option(names = "--state", paramLabel = "DIR",
            description = "服务自身数据（账号、审计日志、问题标记、保存的评阅批次）所在文件夹%n（默认：档案库目录旁的 <档案库目录>.server，%n如 ~/.shuzhi/archive.server；使用 SolrCloud 时也是它）")
    Path state;

    /** Whether {@code --state} was given. */
    public boolean given() {
        return state != null;
    }

    /** The server folder: {@code --state} itself, or the one beside the archive's directory. */
    public ServerFolder folder(ArchiveOption archive) {
        return state != null ? ServerFolder.at(state) : ServerFolder.of(archive.directory());
    }
}
