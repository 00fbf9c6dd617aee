package org.shuzhi.archive;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed (SIGKILL) while indexing leaves an archive that opens and holds every committed report. */
class ArchiveCrashTest {
    @TempDir
    Path dir;

    @Test
    void killedIndexerLeavesEveryCommittedReport() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dfile.encoding=UTF-8", CrashIndexer.class.getName(), dir.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int committed = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("committed ")) committed = Integer.parseInt(line.substring(10).trim());
                if (committed >= 8) break;
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close, likely mid-write of the next report
            child.waitFor();
        }
        assertTrue(committed >= 8, "the child committed " + committed);
        try (Archive a = Archive.open(dir)) {
            assertTrue(a.size() >= committed + 1, "size " + a.size() + " < " + (committed + 1));
            for (int i = 0; i <= committed; i++) {
                assertTrue(a.report("测试单位" + i + "党支部", 2023).isPresent(), "report " + i + " lost");
            }
        }
    }
}
