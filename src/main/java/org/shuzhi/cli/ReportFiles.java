package org.shuzhi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The report files that command-line arguments name, as {@code index} and {@code review} both take them. */
final class ReportFiles {
    static final List<String> EXTENSIONS = List.of(".txt", ".docx", ".doc", ".pdf");

    private ReportFiles() {}

    /**
     * Each argument in order: a file as it is (its reader names what is wrong with it); a directory as its
     * report files, subdirectories included, in name order, with what it holds besides listed on
     * {@code err} as skipped, so that nothing is left out unseen.
     */
    static List<Path> expand(List<Path> arguments, PrintWriter err) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : arguments) expand(p, out, err);
        return out;
    }

    private static void expand(Path p, List<Path> out, PrintWriter err) throws IOException {
        if (!Files.isDirectory(p)) {
            out.add(p);
            return;
        }
        List<Path> all;
        try (Stream<Path> s = Files.walk(p)) {
            all = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : all) {
            String name = f.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (name.startsWith("~$")) {
                err.println("跳过：" + f + "（Word 打开文档时留下的临时文件）");
            } else if (EXTENSIONS.stream().noneMatch(lower::endsWith)) {
                err.println("跳过：" + f + "（不是 .txt .docx .doc .pdf 文件）");
            } else {
                out.add(f);
            }
        }
    }
}
