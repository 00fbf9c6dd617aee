package org.shuzhi.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * Takes README's screenshots (docs/screenshots/*.png) of every page over the demo archive, the way a
 * newcomer sees it after {@code serve}. Not a test: run with {@code java -cp … org.shuzhi.web.Screenshots DIR}.
 */
public final class Screenshots {
    private static final List<String> BATCH = List.of("chengdong-xiaoxue-2022", "qingshizhen-zhongxue-2023",
            "xianrenminyiyuan-neike-2022", "chengtou-jituan-2023", "taoyuan-cun-2023", "hengda-jixie-2024");

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Path tmp = Files.createTempDirectory("shuzhi-shots");
        Corpus corpus = Corpus.bundled();
        try (Archive archive = Archive.open(tmp.resolve("archive"))) {
            DemoArchive.seedIfEmpty(archive, Reviewers.withoutArchive());
            try (WebServer server = WebServer.start(0, archive)) {
                ChromeDriver driver = Browser.start(tmp.resolve("profile"), 1280, 900);
                try {
                    var wait = Browser.waiting(driver);
                    driver.get(server.url());
                    shoot(driver, out.resolve("home.png"), 900);

                    driver.get(server.url() + "selfcheck.html");
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#profile option")));
                    ((JavascriptExecutor) driver).executeScript("document.getElementById('text').value = arguments[0];",
                            corpus.text("xianrenminyiyuan-neike-2022"));
                    new Select(driver.findElement(By.id("profile"))).selectByValue("county-2022");
                    driver.findElement(By.id("role")).sendKeys("党支部书记");
                    driver.findElement(By.id("submit")).click();
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#result .para-row")));
                    scrollTo(driver, "#result");
                    shoot(driver, out.resolve("selfcheck.png"), 1500);

                    List<Path> files = new ArrayList<>();
                    for (String id : BATCH) {
                        files.add(TestFiles.docx(tmp, id + ".docx", Arrays.asList(corpus.text(id).split("\\R"))));
                    }
                    driver.get(server.url() + "review.html");
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#profile option")));
                    driver.findElement(By.id("files")).sendKeys(files.stream().map(Path::toString).collect(Collectors.joining("\n")));
                    driver.findElement(By.id("submit")).click();
                    wait.until(ExpectedConditions.textToBe(By.id("progress-text"), "已完成 " + BATCH.size() + " / " + BATCH.size()));
                    scrollTo(driver, "body");
                    shoot(driver, out.resolve("review-batch.png"), 1120);
                    driver.findElement(By.cssSelector("#results tbody tr")).click();
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#detail .para-row")));
                    Thread.sleep(800); // the smooth scroll to the detail
                    scrollTo(driver, "#detail");
                    shoot(driver, out.resolve("review-detail.png"), 1300);
                    // a passage taken from another report (or a problem raised again), then an unanswered commitment
                    evidence(driver, out.resolve("evidence.png"), "COPIED_FROM_OTHER_REPORT", "REPEATED_PROBLEM", "SELF_COPY");
                    evidence(driver, out.resolve("evidence-commitment.png"), "COMMITMENT_NOT_ADDRESSED");

                    driver.get(server.url() + "archive.html?q=" + java.net.URLEncoder.encode("两张皮", "UTF-8") + "&label=problem");
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#hits .hit")));
                    shoot(driver, out.resolve("archive.png"), 1300);

                    driver.get(server.url() + "unit.html?key=" + java.net.URLEncoder.encode("城东小学党支部", "UTF-8"));
                    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
                    shoot(driver, out.resolve("unit-history.png"), 1500);

                    driver.get(server.url() + "overview.html");
                    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
                    shoot(driver, out.resolve("overview.png"), 1250);
                    scrollTo(driver, "#recurring-section");
                    shoot(driver, out.resolve("overview-recurring.png"), 1100);
                    scrollTo(driver, "#commitments-section");
                    shoot(driver, out.resolve("overview-commitments.png"), 1000);
                } finally {
                    driver.quit();
                }
            }
        }
        System.out.println("screenshots written to " + out.toAbsolutePath());
    }

    /** Opens the evidence of the first finding of the first of {@code rules} that the report has, and shoots it. */
    private static void evidence(ChromeDriver driver, Path file, String... rules) throws Exception {
        for (String rule : rules) {
            var buttons = driver.findElements(By.cssSelector("#detail .note[data-rule='" + rule + "'] .evidence-btn"));
            if (buttons.isEmpty()) continue;
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", buttons.get(0));
            buttons.get(0).click();
            Browser.waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#compare .compare")));
            shoot(driver, file, 900);
            driver.findElement(By.cssSelector("#compare button.close")).click();
            return;
        }
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
