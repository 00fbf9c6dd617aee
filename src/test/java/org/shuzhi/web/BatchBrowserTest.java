package org.shuzhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

/** A meeting's 评阅 batch in real Chromium: saved, reloaded, its 点评 edited, filed, printed, deleted. */
class BatchBrowserTest {
    static final String MEETING = "2024年度城区学校党支部书记述职评议会";

    @TempDir
    static Path dir;
    static Archive archive;
    static WebServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        archive = WebFixtures.seededArchive(dir);
        server = WebServer.start(WebOptions.forArchive(WebOptions.LOOPBACK, 0, Set.of(), archive.directory()),
                CompletableFuture.completedFuture(archive));
        driver = Browser.start(dir.resolve("chromium-profile"), 1280, 1000);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        if (archive != null) archive.close();
    }

    static Path[] reports() throws Exception {
        return new Path[] {
            TestFiles.docx(dir, "城北小学.docx", WebFixtures.draft("城北小学党支部", 2024)),
            TestFiles.docx(dir, "城西小学.docx", List.of("城西小学支部书记2024年述职", "城西小学党支部书记 李红",
                    "一、履职主要情况", "我把课后服务作为书记项目，组织党员教师开设航模、书法等社团17个，覆盖学生640人。",
                    "二、存在的问题", "我对退休党员的走访慰问安排得不够及时，春节前只走访了其中的一半。",
                    "三、下一步工作打算", "明年寒假前由我逐户走访全部退休党员，建立联系卡并每月电话问候。"))};
    }

    /** The text of a downloaded document, read with POI. */
    static final class BatchDocumentsText {
        static String of(Path file) throws Exception {
            try (var in = Files.newInputStream(file)) {
                if (file.toString().endsWith(".xlsx")) {
                    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
                        return new org.apache.poi.xssf.extractor.XSSFExcelExtractor(wb).getText();
                    }
                }
                try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
                    return new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
                }
            }
        }

        static String comments(Path file) throws Exception {
            try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(file))) {
                return String.join("\n", doc.getDocComments().getComments().stream().map(c -> c.getText()).toList());
            }
        }
    }

    /** Uploads the reports as a new batch named {@code name}; returns its id from the page's address. */
    static String saveBatch(String name, Path... files) {
        driver.get(server.url() + "review.html");
        var wait = Browser.waiting(driver);
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
        driver.findElement(By.id("batch-name")).sendKeys(name);
        driver.findElement(By.id("files")).sendKeys(String.join("\n", java.util.Arrays.stream(files).map(Path::toString).toList()));
        driver.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("progress-text"), "已完成 " + files.length + " / " + files.length));
        wait.until(ExpectedConditions.urlContains("batch="));
        return driver.getCurrentUrl().replaceAll(".*batch=", "");
    }

    @Test
    void aSavedBatchSurvivesAReloadKeepsItsEditedCommentAndIsFiled() throws Exception {
        String id = saveBatch(MEETING, reports());
        var wait = Browser.waiting(driver);
        assertEquals(MEETING, driver.findElement(By.id("batch-title")).getText());

        // a reload loses nothing: the batch comes back from the server
        driver.navigate().refresh();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
        assertEquals(MEETING, driver.findElement(By.id("batch-title")).getText());
        assertEquals(2, driver.findElements(By.cssSelector("#results tbody tr")).size());
        assertTrue(driver.findElement(By.id("batch-list")).getText().contains(MEETING));
        // suggested grades: the distribution, and each row's suggestion
        String grades = driver.findElement(By.id("grades")).getText();
        assertTrue(grades.contains("不是评议结果") && grades.contains("较好"), grades);
        assertFalse(driver.findElement(By.cssSelector("#results tr[data-file='城北小学.docx'] .grade-cell")).getText().equals("—"));

        // the 点评: a draft to edit; the edit is kept with the batch
        driver.findElement(By.cssSelector("#results tr[data-file='城北小学.docx']")).click();
        WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comment")));
        assertTrue(box.getAttribute("value").length() > 20, box.getAttribute("value"));
        assertTrue(driver.findElement(By.cssSelector("#detail .suggestion")).getText().contains("以会议评议为准"));
        String edited = "赵明同志述职内容较实，但第一段与河湾村党支部报告雷同，须重写；问题查摆要具体到人到事，2025年3月底前报送整改清单。";
        box.clear();
        box.sendKeys(edited);
        driver.findElement(By.id("comment-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("comment-state"), "已修改"));
        driver.navigate().refresh();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
        driver.findElement(By.cssSelector("#results tr[data-file='城北小学.docx']")).click();
        assertEquals(edited, wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comment"))).getAttribute("value"));

        // the secretary's name as the reviewer confirms it: kept, and the report reviewed again with it
        WebElement secretary = driver.findElement(By.cssSelector("#detail input[data-meta='name']"));
        secretary.clear();
        secretary.sendKeys("赵明");
        driver.findElement(By.id("meta-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#detail .meta-confirm"), "已确认"));
        assertTrue(driver.findElement(By.cssSelector("#detail .meta")).getText().contains("姓名：赵明"));
        assertEquals(edited, driver.findElement(By.id("comment")).getAttribute("value"));

        // printing gives the content alone: no navigation, no forms, no buttons; the 点评 as text
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertFalse(driver.findElement(By.cssSelector("header.top")).isDisplayed());
            assertFalse(driver.findElement(By.id("form")).isDisplayed());
            assertFalse(driver.findElement(By.id("batch-panel")).isDisplayed());
            assertFalse(driver.findElement(By.id("comment-save")).isDisplayed());
            assertTrue(driver.findElement(By.id("results")).isDisplayed());
            assertTrue(driver.findElement(By.cssSelector("#detail .para-row")).isDisplayed());
            assertEquals(edited, driver.findElement(By.cssSelector("#detail .comment-print")).getText());
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }

        // every document downloads from the page and opens with POI; the edited 点评 is in them
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        List<WebElement> links = driver.findElements(By.cssSelector("#downloads a.download"));
        assertEquals(5, links.size());
        links.addAll(driver.findElements(By.cssSelector("#detail a.download")));
        assertEquals(6, links.size());
        for (WebElement link : links) {
            String name = link.getAttribute("download");
            link.click();
            Path file = downloads.resolve(name);
            wait.until(d -> Files.exists(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
            String text = BatchDocumentsText.of(file);
            assertTrue(text.contains("城北小学党支部"), name + ": " + text);
            if (!name.endsWith(".docx") || name.equals("点评意见.docx")) assertTrue(text.contains("赵明"), name + ": " + text);
            if (name.equals("点评意见.docx")) assertTrue(text.contains(edited), text);
            if (name.equals("城北小学.docx")) assertTrue(BatchDocumentsText.comments(file).contains(edited));
        }

        // 入档: unit and year confirmed per report
        int before = archive.size();
        driver.findElement(By.id("batch-file")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("file-table")));
        for (WebElement row : driver.findElements(By.cssSelector("#file-table tbody tr"))) {
            WebElement year = row.findElement(By.cssSelector("input[data-field='year']"));
            year.clear();
            year.sendKeys("2024");
        }
        driver.findElement(By.id("file-confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已入档 2 份"));
        assertEquals(before + 2, archive.size());
        assertTrue(archive.report("城西小学党支部", 2024).isPresent());
        assertEquals(2, driver.findElements(By.cssSelector("#results .filed-tag")).size());
        assertTrue(id.matches("[a-z2-7]{12}"), id);
        assertTrue(driver.manage().logs().get("browser").getAll().stream()
                .noneMatch(l -> l.getMessage().contains("Content Security Policy")), "the page keeps to its CSP");
    }

    @Test
    void aBatchIsRenamedReopenedFromTheListAndDeleted() throws Exception {
        String id = saveBatch("待改名的评议会", reports()[1]);
        var wait = Browser.waiting(driver);
        // one sound report, suggested 好: none of the batch would be 较好 or below, under 004's 15 %
        assertEquals("好", driver.findElement(By.cssSelector("#results tbody tr .grade-cell")).getText());
        String warning = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#grades .grade-warning"))).getText();
        assertTrue(warning.contains("不足15%"), warning);
        driver.findElement(By.id("batch-rename")).click();
        var prompt = wait.until(ExpectedConditions.alertIsPresent());
        prompt.sendKeys("第二组述职评议会");
        prompt.accept();
        wait.until(ExpectedConditions.textToBe(By.id("batch-title"), "第二组述职评议会"));
        // the date edited in place is saved with the batch
        driver.executeScript("const d = document.getElementById('batch-date'); d.value = '2025-01-20';"
                + " d.dispatchEvent(new Event('change'));");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("batch-meta"), "会议日期：2025-01-20"));

        // a fresh page, then the batch chosen from the saved list
        driver.get(server.url() + "review.html");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("batch-list"))).selectByValue(id);
        wait.until(ExpectedConditions.textToBe(By.id("batch-title"), "第二组述职评议会"));
        assertEquals("2025-01-20", driver.findElement(By.id("batch-date")).getAttribute("value"));
        assertEquals(1, driver.findElements(By.cssSelector("#results tbody tr")).size());

        driver.findElement(By.id("batch-delete")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("batch-title")));
        assertFalse(driver.findElement(By.id("batch-list")).getText().contains("第二组述职评议会"));
        assertFalse(Files.exists(org.shuzhi.server.ServerFolder.of(archive.directory()).dir().resolve("batches").resolve(id)));
    }

    /** A self-check's result prints as content only too. */
    @Test
    void aSelfCheckPrintsItsResultAlone() {
        driver.get(server.url() + "selfcheck.html");
        var wait = Browser.waiting(driver);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#profile option")));
        driver.findElement(By.id("text")).sendKeys(String.join("\n", WebFixtures.draft("城北小学党支部", 2024)));
        driver.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#result .para-row")));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertFalse(driver.findElement(By.cssSelector("header.top")).isDisplayed());
            assertFalse(driver.findElement(By.id("form")).isDisplayed());
            assertFalse(driver.findElement(By.cssSelector("main .hint")).isDisplayed());
            assertTrue(driver.findElement(By.cssSelector("#result .para-row")).isDisplayed());
            assertTrue(driver.findElement(By.cssSelector("#result .verdict")).isDisplayed());
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
