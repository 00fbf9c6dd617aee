package org.shuzhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveException;
import org.shuzhi.review.Json;
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
    void aRealArchiveIsNeverSeededOnlyWarmedUp() throws Exception {
        Corpus corpus = WebFixtures.corpus(dir);
        try (Archive archive = Archive.open(dir.resolve("archive")); WebServer server = WebServer.start(0, archive)) {
            assertFalse(server.prepareInBackground(() -> corpus, false, s -> { }));
            Http http = new Http(server.url());
            for (int i = 0; i < 600 && !http.get("/api/status", Map.of()).json().get("warm").asBoolean(); i++) Thread.sleep(100);
            JsonNode status = http.get("/api/status", Map.of()).json();
            assertTrue(status.get("warm").asBoolean(), status.toString());
            assertFalse(status.get("demo").asBoolean(), status.toString());
            assertEquals(0, status.get("reports").asInt(), "no invented report in a department's archive");
        }
    }

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
            assertTrue(status.get("demo").asBoolean(), status.toString());
            assertTrue(status.get("seeding").asBoolean(), status.toString());
            assertEquals(0, status.get("reports").asInt());
            assertFalse(status.get("warm").asBoolean());

            ChromeDriver driver = Browser.start(dir.resolve("chromium-profile"), 1280, 900);
            try {
                var wait = Browser.waiting(driver);
                driver.get(server.url() + "archive.html?q=" + java.net.URLEncoder.encode("理论学习", "UTF-8"));
                WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("banner")));
                assertTrue(banner.getText().contains("档案库正在建立"), banner.getText());
                assertTrue(driver.findElement(By.id("demo-banner")).getText().contains("演示档案库"));
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

    /**
     * serve binds before it opens the archive (a big one takes a while): the pages answer at once, and a
     * review sent meanwhile waits for the archive and then compares with it, as a later review does.
     */
    @Test
    void theServerAnswersBeforeTheArchiveIsOpenAndAReviewWaitsForIt() throws Exception {
        CompletableFuture<Archive> opening = new CompletableFuture<>();
        try (WebServer server = WebServer.start(0, opening)) {
            Http http = new Http(server.url());
            assertEquals(200, http.get("/api/profiles", Map.of()).status());
            ObjectNode body = Json.MAPPER.createObjectNode();
            body.put("text", String.join("\n", WebFixtures.draft("城北小学党支部", 2024)));
            CompletableFuture<Http.Answer> early = CompletableFuture.supplyAsync(() -> {
                try {
                    return http.postJson("/api/review", body.toString());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500);
            assertFalse(early.isDone(), "a review waits for the archive rather than skip its checks");
            try (Archive archive = WebFixtures.seededArchive(dir)) {
                opening.complete(archive);
                Http.Answer first = early.get(120, TimeUnit.SECONDS);
                assertEquals(200, first.status(), first.body());
                assertTrue(first.json().get(0).get("findings").findValuesAsText("rule").contains("COPIED_FROM_OTHER_REPORT"), first.body());
                Http.Answer again = http.postJson("/api/review", body.toString());
                assertEquals(first.json(), again.json(), "the first review says what a warm one says");
            }
        }
    }

    /**
     * Requests sent while the server starts (the archive held back, so the reviewer cannot load yet): the
     * page and the status answer at once and say the server is starting, and more reviews than the review
     * line admits at once (its turns and its waiting places) all wait for the start and then answer: none is
     * refused as busy, neither while the model loads (the first ones holding the line's turns) nor when all
     * of them arrive at the line together once it is loaded.
     */
    @Test
    void reviewsSentDuringTheStartWaitForItAndThePagesSaySo() throws Exception {
        CompletableFuture<Archive> opening = new CompletableFuture<>();
        int cores = Runtime.getRuntime().availableProcessors();
        int n = cores + 8 * cores + 2; // ReviewGate.forThisMachine: cores turns, 8 × cores waiting places
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(n);
        try (WebServer server = WebServer.start(0, opening)) {
            Http http = new Http(server.url());
            Http.Answer page = http.get("/", Map.of());
            assertEquals(200, page.status());
            assertTrue(page.body().contains("述职报告评审"), page.body());
            JsonNode status = http.get("/api/status", Map.of()).json();
            assertFalse(status.get("ready").asBoolean(), status.toString());

            ObjectNode body = Json.MAPPER.createObjectNode();
            body.put("text", String.join("\n", WebFixtures.draft("城北小学党支部", 2024)));
            List<CompletableFuture<Http.Answer>> early = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                early.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return http.postJson("/api/review", body.toString());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, clients));
            }
            ChromeDriver driver = Browser.start(dir.resolve("chromium-profile"), 1280, 900);
            try {
                var wait = Browser.waiting(driver);
                driver.get(server.url() + "selfcheck.html");
                WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("starting-banner")));
                assertTrue(banner.getText().contains("服务正在启动"), banner.getText());
                Thread.sleep(ReviewGate.MAX_WAIT_MS + 500); // longer than a request waits in the line for a turn
                for (CompletableFuture<Http.Answer> f : early) {
                    assertFalse(f.isDone(), () -> "a review sent during the start waits for it: " + f.join());
                }
                try (Archive archive = WebFixtures.seededArchive(dir)) {
                    opening.complete(archive);
                    for (CompletableFuture<Http.Answer> f : early) {
                        Http.Answer a = f.get(300, TimeUnit.SECONDS);
                        assertEquals(200, a.status(), a.body());
                    }
                    assertTrue(http.get("/api/status", Map.of()).json().get("ready").asBoolean());
                    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("starting-banner")));
                }
            } finally {
                driver.quit();
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void anArchiveThatCannotBeOpenedAnswersTheWaitingRequestsWithItsError() throws Exception {
        CompletableFuture<Archive> opening = new CompletableFuture<>();
        try (WebServer server = WebServer.start(0, opening)) {
            Http http = new Http(server.url());
            CompletableFuture<Http.Answer> early = CompletableFuture.supplyAsync(() -> {
                try {
                    return http.get("/api/units", Map.of());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            opening.completeExceptionally(new ArchiveException("档案库正被另一个进程写入：/tmp/x"));
            Http.Answer a = early.get(60, TimeUnit.SECONDS);
            assertEquals(422, a.status(), a.body());
            assertEquals("档案库正被另一个进程写入：/tmp/x", a.json().get("error").asText());
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
