package org.shuzhi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveException;
import org.shuzhi.archive.ArchivedReport;
import org.shuzhi.document.ReportReaders;
import org.shuzhi.document.UnreadableReportException;
import org.shuzhi.review.Reviewer;
import org.shuzhi.review.Reviewers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "index", description = "把述职报告存入档案库；同一单位同一年度的报告再次存入时替换旧的。")
public final class IndexCommand implements Callable<Integer> {
    private static final List<String> EXTENSIONS = List.of(".txt", ".docx", ".doc", ".pdf");

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archiveOption;

    @Mixin
    MetaOptions meta;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "报告文件或目录（目录下的 .txt .docx .doc .pdf）")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = expand(inputs);
        int failures = 0;
        Reviewer reviewer = Reviewers.withoutArchive();
        try (Archive archive = Archive.open(archiveOption.directory())) {
            for (Path file : files) {
                try {
                    // one commit per report: a crash keeps everything indexed so far
                    ArchivedReport r = archive.add(ReportReaders.read(file), meta.overrides(), reviewer::label);
                    out.printf("已存入：%s（%s %d年度，%d段）%n", file, r.unit(), r.year(), r.paragraphs().size());
                } catch (UnreadableReportException | ArchiveException e) {
                    err.println("错误：" + e.getMessage());
                    failures++;
                }
            }
            out.printf("档案库 %s 现有 %d 份报告。%n", archiveOption.directory(), archive.size());
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    /** Directories become their report files; anything else goes to the reader, which names what is wrong. */
    private static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> Files.isRegularFile(f) && EXTENSIONS.stream().anyMatch(
                            e -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(e))).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
