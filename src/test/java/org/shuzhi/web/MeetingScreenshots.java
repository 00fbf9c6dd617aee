package org.shuzhi.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.shuzhi.TestFiles;
import org.shuzhi.archive.Archive;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.review.Reviewers;

/**
 * README's screenshots of the meeting pack in the 评阅 page (docs/screenshots/meeting-*.png), over the demo
 * archive: a saved batch with its grades and downloads, a report's 点评 and suggested grade, 入档, and the
 * batch as printed. Not a test: {@code mvn -B -o -q test -Dtest=WebTools -Dshuzhi.meetingScreenshots=docs/screenshots}.
 */
public final class MeetingScreenshots {
    private static final List<String> BATCH = List.of("chengdong-xiaoxue-2022", "qingshizhen-zhongxue-2023",
            "xianrenminyiyuan-neike-2022", "chengtou-jituan-2023", "taoyuan-cun-2023", "hengda-jixie-2024");

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Path tmp = Files.createTempDirectory("shuzhi-meeting-shots");
        Corpus corpus = Corpus.bundled();
        try (Archive archive = Archive.open(tmp.resolve("archive"))) {
            DemoArchive.seedIfEmpty(archive, Reviewers.withoutArchive());
            try (WebServer server = WebServer.start(0, archive)) {
                ChromeDriver driver = Browser.start(tmp.resolve("profile"), 1280, 900);
                try {
                    var wait = Browser.waiting(driver);
                    List<Path> files = new ArrayList<>();
                    for (String id : BATCH) files.add(TestFiles.docx(tmp, id + ".docx", Arrays.asList(corpus.text(id).split("\\R"))));
                    driver.get(server.url() + "review.html");
                    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
                    driver.findElement(By.id("batch-name")).sendKeys("2024年度党组织书记抓基层党建述职评议会");
                    ((JavascriptExecutor) driver).executeScript("document.getElementById('batch-date').value = '2025-01-16';");
                    new Select(driver.findElement(By.id("profile"))).selectByValue("county-2022");
                    driver.findElement(By.id("files")).sendKeys(files.stream().map(Path::toString).collect(Collectors.joining("\n")));
                    driver.findElement(By.id("submit")).click();
                    wait.until(ExpectedConditions.textToBe(By.id("progress-text"), "已完成 " + BATCH.size() + " / " + BATCH.size()));
                    // the page as it comes back after a reload: the batch from the server
                    driver.navigate().refresh();
                    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
                    scrollTo(driver, "main h1");
                    shoot(driver, out.resolve("meeting-batch.png"), 1250);

                    driver.findElement(By.cssSelector("#results tbody tr")).click();
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comment")));
                    Thread.sleep(800); // the smooth scroll to the detail
                    scrollTo(driver, "#detail");
                    shoot(driver, out.resolve("meeting-comment.png"), 1000);

                    driver.findElement(By.id("batch-file")).click();
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("file-table")));
                    scrollTo(driver, "#file-panel");
                    shoot(driver, out.resolve("meeting-file.png"), 700);
                    driver.findElement(By.cssSelector("#file-panel button:not(.primary)")).click();

                    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
                    scrollTo(driver, "body");
                    shoot(driver, out.resolve("meeting-print.png"), 1100);
                } finally {
                    driver.quit();
                }
            }
        }
        System.out.println("screenshots written to " + out.toAbsolutePath());
    }

    private static void scrollTo(ChromeDriver driver, String css) {
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector(arguments[0]).scrollIntoView({block: 'start', behavior: 'instant'});", css);
    }

    private static void shoot(ChromeDriver driver, Path file, int height) throws Exception {
        driver.manage().window().setSize(new Dimension(1280, height));
        Thread.sleep(300);
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    }
}
