package org.shuzhi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README's "two commands" are what CI does: the packages README says to install first are the ones
 * {@code .ci/run} installs where missing, and README's test command is the command {@code .ci/run} runs.
 * A new user who follows README runs what CI ran.
 */
class TwoCommandsTest {
    private static final Pattern APT_LINE = Pattern.compile("^(?:sudo )?apt-get install -y ((?:[a-z0-9][a-z0-9.+-]* ?)+)$");
    private static final Pattern CI_PACKAGE = Pattern.compile("need\\+=\\(([a-z0-9][a-z0-9.+-]*)\\)");

    /** The fenced code blocks of README's section "## The two commands", in order. */
    static List<String> readmeBlocks() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int from = readme.indexOf("## The two commands");
        assertTrue(from >= 0, "README has a section '## The two commands'");
        int to = readme.indexOf("\n## ", from + 1);
        String section = readme.substring(from, to < 0 ? readme.length() : to);
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```\\n(.*?)\\n```", Pattern.DOTALL).matcher(section);
        while (m.find()) blocks.add(m.group(1).strip());
        return blocks;
    }

    static List<String> ciLines() throws IOException {
        return Files.readAllLines(Path.of(".ci/run"), StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    @Test
    void readmesPrerequisitesAreWhatCiInstalls() throws IOException {
        List<String> blocks = readmeBlocks();
        assertEquals(3, blocks.size(), "prerequisites, build and serve, test: " + blocks);
        Matcher apt = APT_LINE.matcher(blocks.get(0));
        assertTrue(apt.matches(), "README's prerequisites are one apt-get line: " + blocks.get(0));
        Set<String> readme = new TreeSet<>(List.of(apt.group(1).strip().split(" ")));

        Set<String> ci = new TreeSet<>();
        for (String line : ciLines()) {
            Matcher m = CI_PACKAGE.matcher(line);
            while (m.find()) ci.add(m.group(1));
        }
        assertEquals(readme, ci);
        assertTrue(ci.containsAll(List.of("chromium", "chromium-driver", "nodejs", "npm")), ci.toString());
    }

    @Test
    void readmesTestCommandIsWhatCiRuns() throws IOException {
        String readme = readmeBlocks().get(2);
        assertEquals(1, readme.lines().count(), "one command: " + readme);
        List<String> ci = ciLines();
        assertEquals(readme, ci.get(ci.size() - 1), ".ci/run ends by running README's test command");
        assertEquals(1, ci.stream().filter(l -> l.startsWith("mvn ")).count(), "and runs no other build: " + ci);
        assertNotNull(readmeBlocks().get(1));
    }
}
