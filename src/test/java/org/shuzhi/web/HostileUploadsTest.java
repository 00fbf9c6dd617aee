package org.shuzhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.SmallDisk;
import org.shuzhi.TestFiles;
import org.shuzhi.archive.Archive;
import org.shuzhi.document.Docx;

/**
 * A hostile upload is answered with a JSON error naming the problem, and a full disk under the archive is
 * said as such, then written again once space is freed, without restarting the server.
 */
class HostileUploadsTest {
    @TempDir
    Path dir;

    private static void assertError(Http.Answer a, int status, String contains) throws Exception {
        assertEquals(status, a.status(), a.body());
        String message = a.json().get("error").asText();
        assertTrue(message.contains(contains), message);
    }

    @Test
    void tablesNestedThousandsDeepAndAFullDiskAreAnsweredInChinese() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 8);
             Archive archive = Archive.open(disk.root().resolve("archive"));
             WebServer server = WebServer.start(0, archive)) {
            Http http = new Http(server.url());
            Path deep = Files.write(dir.resolve("嵌套.docx"),
                    Docx.withBody(dir, Docx.paragraph("2023年度述职报告") + Docx.nestedTables(3000, "x")));
            assertError(http.postFiles("/api/review", List.of(deep), Map.of()), 422, "表格嵌套过深");

            Path report = TestFiles.docx(dir, "城北小学.docx", WebFixtures.draft("城北小学党支部", 2024));
            Path filler = disk.fill(16 * 1024);
            assertError(http.postFiles("/api/archive", List.of(report), Map.of()), 422, Archive.OUT_OF_SPACE);
            assertError(http.postFiles("/api/archive", List.of(report), Map.of()), 422, Archive.OUT_OF_SPACE);

            Files.delete(filler);
            Http.Answer stored = http.postFiles("/api/archive", List.of(report), Map.of());
            assertEquals(201, stored.status(), stored.body());
            assertEquals(1, stored.json().get("reports").asInt());
        }
    }
}
