package org.shuzhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shuzhi.TestFiles;
import org.shuzhi.archive.Archive;
import org.shuzhi.server.AccountStore;
import org.shuzhi.server.FindingMarks;
import org.shuzhi.server.Role;
import org.shuzhi.server.ServerFolder;

/** A reviewer on a department's shared server, in real Chromium: login, review, marking a false alarm. */
class SharedServerBrowserTest {
    @TempDir
    static Path dir;
    static Archive archive;
    static WebServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        archive = WebFixtures.seededArchive(dir);
        AccountStore accounts = AccountStore.open(ServerFolder.of(archive.directory()));
        accounts.put("admin", Role.ADMIN, "admin-password");
        accounts.put("王审阅", Role.REVIEWER, "reader-password");
        server = WebServer.start(WebOptions.forArchive("127.0.0.1", 0, Set.of(), archive.directory()), CompletableFuture.completedFuture(archive));
        driver = Browser.start(dir.resolve("chromium-profile"), 1280, 1000);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        if (archive != null) archive.close();
    }

    @Test
    void aReviewerLogsInReviewsAndMarksAFalseAlarmThatIsKept() throws Exception {
        var wait = Browser.waiting(driver);
        // the archive needs an account: the page sends the browser to log in, and back after it
        driver.get(server.url() + "archive.html");
        wait.until(ExpectedConditions.urlContains("/login.html"));
        driver.findElement(By.id("login-name")).sendKeys("王审阅");
        driver.findElement(By.id("login-password")).sendKeys("wrong-password");
        driver.findElement(By.cssSelector("#login-form button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("login-error"), "账号或密码不正确"));
        driver.findElement(By.id("login-password")).clear();
        driver.findElement(By.id("login-password")).sendKeys("reader-password");
        driver.findElement(By.cssSelector("#login-form button")).click();
        wait.until(ExpectedConditions.urlContains("/archive.html"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("header.top .who"), "王审阅（审阅人）"));

        Path report = TestFiles.docx(dir, "河湾村2023.docx", WebFixtures.draft("河湾村党支部", 2023));
        driver.get(server.url() + "review.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#profile option")));
        driver.findElement(By.id("files")).sendKeys(report.toString());
        driver.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("progress-text"), "已完成 1 / 1"));
        driver.findElement(By.cssSelector("#results tbody tr")).click();
        WebElement note = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#detail .note")));
        String rule = note.getAttribute("data-rule");
        note.findElement(By.cssSelector("button.mark-btn[data-mark='误报']")).click();
        note.findElement(By.cssSelector(".mark-view input")).sendKeys("该段写了具体做法");
        note.findElement(By.cssSelector("button.mark-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElement(note.findElement(By.cssSelector(".mark-view")), "王审阅：该段写了具体做法"));

        List<FindingMarks.Mark> kept = new FindingMarks(ServerFolder.of(archive.directory()), Clock.systemUTC())
                .of(archive.unitKey("河湾村党支部"), 2023);
        assertEquals(1, kept.size());
        assertEquals(rule, kept.get(0).rule());
        assertEquals("王审阅", kept.get(0).user());
        assertTrue(driver.manage().logs().get("browser").getAll().stream()
                .noneMatch(l -> l.getMessage().contains("Content Security Policy")), "the pages keep to their CSP");
    }
}
