package org.shuzhi.cli;

import java.nio.file.Path;
import org.shuzhi.archive.ArchiveLocation;
import picocli.CommandLine.Option;

/** {@code --archive DIR} for the commands that read or write the archive; default as for {@code serve}. */
public final class ArchiveOption {
    @Option(names = "--archive", paramLabel = "DIR",
            description = "档案库目录（默认：环境变量 SHUZHI_ARCHIVE，%n否则 ~/.shuzhi/archive）")
    Path archive;

    public Path directory() {
        return archive != null ? archive : ArchiveLocation.defaultDirectory();
    }
}
