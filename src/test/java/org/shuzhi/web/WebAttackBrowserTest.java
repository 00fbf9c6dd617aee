package org.shuzhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.shuzhi.archive.Archive;

/**
 * The attacks of issue 14 in real Chromium: a page on another site (evil.example, which the browser is
 * told resolves to this machine, as a rebinding attacker's DNS would make it) tries to write to the archive
 * and to read it. Each attack reaches the server and is refused; the archive is as it was.
 */
class WebAttackBrowserTest {
    @TempDir
    static Path dir;
    static Archive archive;
    static WebServer server;
    static HttpServer evil;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        archive = WebFixtures.seededArchive(dir);
        server = WebServer.start(0, archive);
        evil = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        evil.createContext("/", exchange -> {
            byte[] page = attackPage(server.port()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        evil.start();
        driver = Browser.start(dir.resolve("chromium-profile"), 1000, 800,
                "--host-resolver-rules=MAP evil.example 127.0.0.1");
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (evil != null) evil.stop(0);
        if (server != null) server.close();
        if (archive != null) archive.close();
    }

    /** A forged two-line report for a real unit and year, sent the two ways that worked before. */
    static String attackPage(int port) {
        String target = "http://127.0.0.1:" + port;
        return """
                <!doctype html><meta charset="utf-8"><title>loading</title>
                <iframe name="sink"></iframe>
                <form id="f" method="POST" action="%1$s/api/archive" enctype="multipart/form-data" target="sink">
                  <input name="unit" value="河湾村党支部"><input name="year" value="2023">
                  <input id="fi" type="file" name="file">
                </form>
                <script>
                  const forged = () => new File(['伪造的报告\\n只有两行'], 'forged.txt', {type: 'text/plain'});
                  const dt = new DataTransfer();
                  dt.items.add(forged());
                  document.getElementById('fi').files = dt.files;
                  const fd = new FormData();
                  fd.append('unit', '河湾村党支部'); fd.append('year', '2023'); fd.append('file', forged());
                  let done = 0;
                  const finish = what => { if (++done === 3) document.title = 'done'; };
                  document.querySelector('iframe').addEventListener('load', () => finish('form'));
                  document.getElementById('f').submit();
                  fetch('%1$s/api/archive', {method: 'POST', mode: 'no-cors', body: fd})
                    .finally(() => finish('fetch'));
                  fetch('%1$s/api/review', {method: 'POST', mode: 'no-cors', headers: {'Content-Type': 'text/plain'},
                      body: JSON.stringify({text: '我全年讲党课3次。'})})
                    .finally(() => finish('review'));
                </script>
                """.formatted(target);
    }

    @Test
    void aPageOnAnotherSiteCannotWriteToTheArchiveNorMakeItReview() {
        int before = archive.size();
        String report = archive.report("河湾村党支部", 2023).orElseThrow().toString();
        driver.get("http://evil.example:" + evil.getAddress().getPort() + "/");
        Browser.waiting(driver).until(d -> "done".equals(d.getTitle()));
        // every request went out and settled (the answers are hidden from the page: no CORS, and
        // Cross-Origin-Resource-Policy blocks even an opaque one)
        assertEquals(before, archive.size());
        assertEquals(report, archive.report("河湾村党支部", 2023).orElseThrow().toString(), "the archived report is untouched");
    }

    @Test
    void aRebindingPageUnderAForeignNameReadsNothing() {
        for (String path : new String[] {"/api/units", "/api/search?q=%E5%AD%A6%E4%B9%A0", "/archive.html"}) {
            driver.get("http://evil.example:" + server.port() + path);
            String text = driver.findElement(By.tagName("body")).getText();
            assertTrue(text.contains("此服务不接受主机名"), path + ": " + text);
            assertFalse(text.contains("河湾村"), path + ": " + text);
        }
        // the same browser under the server's own name sees the archive
        driver.get("http://127.0.0.1:" + server.port() + "/api/units");
        assertTrue(driver.findElement(By.tagName("body")).getText().contains("河湾村"));
    }
}
