package org.shuzhi.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Chinese manual covers every command of the command line and every page of the web UI: a command or
 * page added without a word in docs/使用手册.md fails here, naming it.
 */
class ManualCoverageTest {
    private static final Path MANUAL = Path.of("docs/使用手册.md");

    @Test
    void everyCommandIsInTheManualsTable() throws Exception {
        String manual = Files.readString(MANUAL, StandardCharsets.UTF_8);
        for (String command : Main.commandLine().getSubcommands().keySet()) {
            assertTrue(manual.contains("| `" + command + "` |"), MANUAL + " lists the command " + command + " in 六、页面和命令一览");
        }
    }

    @Test
    void everyPageIsInTheManualByItsAddressAndTitle() throws Exception {
        String manual = Files.readString(MANUAL, StandardCharsets.UTF_8);
        List<Path> pages;
        try (Stream<Path> s = Files.list(Path.of("web"))) {
            pages = s.filter(p -> p.toString().endsWith(".html") && !p.getFileName().toString().equals("404.html")).sorted().toList();
        }
        assertTrue(pages.size() >= 7, pages.toString());
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            String title = html.replaceAll("(?s).*<title>([^<·]*?)\\s*·.*", "$1").strip();
            String row = "| " + title + " | `/" + page.getFileName() + "` |";
            assertTrue(manual.contains(row), MANUAL + " has the row " + row);
        }
    }
}
