package org.shuzhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shuzhi.archive.Archive;
import org.shuzhi.corpus.Corpus;

/**
 * serve's first start on an empty archive: the server answers while the demo corpus goes in behind it,
 * {@code /api/status} and the pages say the archive is being built, and then it holds the corpus. The
 * seeding is held at a latch so that "while" is certain, not a race with a fast machine.
 */
class StartupTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyArchiveIsSeededInTheBackgroundWhileThePagesSaySo() throws Exception {
        Corpus corpus = WebFixtures.corpus(dir);
        CountDownLatch release = new CountDownLatch(1);
        List<String> said = new CopyOnWriteArrayList<>();
        try (Archive archive = Archive.open(dir.resolve("archive")); WebServer server = WebServer.start(0, archive)) {
            boolean seeding = server.prepareInBackground(() -> {
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return corpus;
            }, said::add);
            assertTrue(seeding);
            Http http = new Http(server.url());
            JsonNode status = http.get("/api/status", Map.of()).json();
            assertTrue(status.get("seeding").asBoolean(), status.toString());
            assertEquals(0, status.get("reports").asInt());
            assertFalse(status.get("warm").asBoolean());

            ChromeDriver driver = Browser.start(dir.resolve("chromium-profile"), 1280, 900);
            try {
                var wait = Browser.waiting(driver);
                driver.get(server.url() + "archive.html?q=" + java.net.URLEncoder.encode("理论学习", "UTF-8"));
                WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("banner")));
                assertTrue(banner.getText().contains("档案库正在建立"), banner.getText());
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "共找到"));
                assertTrue(driver.findElement(By.id("summary")).getText().contains("档案库仍在建立"));

                release.countDown();
                // the banner goes by itself, and the page runs the search again over the seeded archive
                wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("banner")));
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#hits .hit")));
                assertFalse(driver.findElement(By.id("summary")).getText().contains("仍在建立"));
                assertFalse(driver.findElements(By.cssSelector("#units a")).isEmpty());
            } finally {
                driver.quit();
            }
            status = http.get("/api/status", Map.of()).json();
            assertFalse(status.get("seeding").asBoolean());
            assertEquals(corpus.entries().size(), status.get("reports").asInt());
            assertTrue(said.stream().anyMatch(s -> s.contains("演示语料已存入档案库：3 份报告")), said.toString());
            for (int i = 0; i < 600 && !http.get("/api/status", Map.of()).json().get("warm").asBoolean(); i++) Thread.sleep(100);
            assertTrue(http.get("/api/status", Map.of()).json().get("warm").asBoolean(), "warmed up by one review");
        }
    }

    @Test
    void anArchiveThatHoldsReportsIsNotSeededAgain() throws Exception {
        try (Archive archive = WebFixtures.seededArchive(dir); WebServer server = WebServer.start(0, archive)) {
            int before = archive.size();
            assertFalse(server.prepareInBackground(() -> Corpus.at(dir.resolve("corpus")), s -> { }));
            JsonNode status = new Http(server.url()).get("/api/status", Map.of()).json();
            assertFalse(status.get("seeding").asBoolean());
            assertEquals(before, status.get("reports").asInt());
        }
    }
}
