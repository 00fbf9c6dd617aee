package org.shuzhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.server.ServerFolder;

/**
 * A second {@code serve} on the same archive is refused before it binds, so it never stops a started server of its
 * own, whose close would have emptied the upload folder the running server shares with it.
 */
class ServeStateLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondServerOnTheSameArchiveLeavesTheRunningOnesUploadsAlone() throws Exception {
        Path archive = dir.resolve("archive");
        try (ServeProcess first = ServeProcess.start(dir.resolve("first.log"), "--port", "0", "--archive", archive.toString())) {
            Path inFlight = Files.writeString(WebOptions.uploadDirOf(archive).resolve("MultiPart-in-flight.tmp"), "草稿");
            ServeProcess.Run second = ServeProcess.run(dir.resolve("second.log"), "--port", "0", "--archive", archive.toString());
            assertEquals(1, second.code());
            assertEquals("错误：服务数据文件夹 " + ServerFolder.of(archive).dir() + " 正由另一个 serve 使用"
                    + "（同一文件夹只能有一个服务；另起一个服务请用 --state 指定另一个文件夹）", second.err().strip());
            assertTrue(Files.exists(inFlight), "the running server's upload is left alone");
            assertEquals(200, new Http(first.url()).get("/api/status", java.util.Map.of()).status(), "and it still answers");
        }
    }
}
