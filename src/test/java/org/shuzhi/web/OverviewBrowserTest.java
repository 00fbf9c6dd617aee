package org.shuzhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shuzhi.archive.Archive;

/** The overview page and the unit page in real headless Chromium over the seeded fixture archive. */
class OverviewBrowserTest {
    @TempDir
    static Path dir;
    static Archive archive;
    static WebServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        archive = WebFixtures.seededArchive(dir);
        server = WebServer.start(0, archive);
        driver = Browser.start(dir.resolve("chromium-profile"), 1280, 1000);
        // every page records what its Content-Security-Policy refused (charts must not need inline styles or eval)
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"));
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        if (archive != null) archive.close();
    }

    @BeforeEach
    void open() {
        driver.get(server.url() + "overview.html");
        Browser.waiting(driver).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    @Test
    void theFiguresStandInChartsAndTablesAndEveryNumberOpensItsParagraphs() {
        var wait = Browser.waiting(driver);
        assertTrue(driver.findElement(By.id("cards")).getText().contains("3\n份报告"), driver.findElement(By.id("cards")).getText());
        WebElement study = driver.findElement(By.cssSelector("#theme-table tr[data-theme='理论学习不深']"));
        assertEquals("2", study.findElement(By.cssSelector("td.num")).getText());
        assertEquals("1", study.findElement(By.cssSelector("td[data-year='2022']")).getText());
        assertEquals("1", study.findElement(By.cssSelector("td[data-year='2023']")).getText());
        // the bar chart holds the table's numbers
        List<?> bars = (List<?>) js("return echarts.getInstanceByDom(document.getElementById('theme-chart')).getOption().series[0].data;");
        List<?> names = (List<?>) js("return echarts.getInstanceByDom(document.getElementById('theme-chart')).getOption().yAxis[0].data;");
        int i = names.indexOf("理论学习不深");
        assertEquals(2L, ((Number) bars.get(i)).longValue());

        // a number of the table opens the paragraphs behind it
        study.findElement(By.cssSelector("td[data-year='2023'] button")).click();
        WebElement problems = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
        wait.until(ExpectedConditions.textToBePresentInElement(problems, "共 1 条问题段落"));
        assertTrue(problems.getText().contains("“理论学习不深” · 2023年"), problems.getText());
        assertTrue(problems.getText().contains("城南中学党支部　2023年　第6段"), problems.getText());

        // and so does the chart: a real click on the bar
        driver.findElement(By.cssSelector("#problems .close-problems")).click();
        List<?> at = (List<?>) js("const c = echarts.getInstanceByDom(document.getElementById('theme-chart'));"
                + "return c.convertToPixel({seriesIndex: 0}, [1, " + i + "]);");
        WebElement canvas = driver.findElement(By.cssSelector("#theme-chart canvas"));
        int x = ((Number) at.get(0)).intValue(), y = ((Number) at.get(1)).intValue();
        new Actions(driver).moveToElement(canvas, x - canvas.getSize().getWidth() / 2, y - canvas.getSize().getHeight() / 2).click().perform();
        wait.until(ExpectedConditions.textToBePresentInElement(problems, "共 2 条问题段落"));
        assertTrue(problems.getText().contains(WebFixtures.PROBLEM_2022), problems.getText());

        // the unit raising the same problem in 2022 and 2023, and the answer to its 2022 commitment
        WebElement unit = driver.findElement(By.cssSelector("#recurring-table tr[data-unit='城南中学党支部']"));
        assertEquals(List.of("1", "0"), unit.findElements(By.cssSelector("td.num")).stream().map(WebElement::getText).toList());
        assertTrue(unit.getText().contains("2022、2023年"), unit.getText());
        WebElement commitment = driver.findElement(By.cssSelector("#commitment-table tr[data-unit='城南中学党支部'][data-year='2023']"));
        assertEquals(1, commitment.findElements(By.cssSelector("button.figure-btn")).size(), commitment.getText());
        assertEquals(List.of(), js("return window.__csp;"));
    }

    @Test
    void aUnitLeadsToItsHistoryWithEachYearsFiguresAndLastYearsCommitments() {
        var wait = Browser.waiting(driver);
        driver.findElement(By.cssSelector("#recurring-table tr[data-unit='城南中学党支部'] li a")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
        assertTrue(driver.getCurrentUrl().endsWith("#y2023"), driver.getCurrentUrl());
        assertEquals("城南中学党支部 历年情况", driver.findElement(By.id("title")).getText());
        List<WebElement> rows = driver.findElements(By.cssSelector("#years-table tbody tr"));
        assertEquals(2, rows.size());
        String y2023 = rows.get(1).getText();
        assertTrue(y2023.matches("(?s)2023年.*(通过|修改后通过|退回修改).*"), y2023);
        List<?> problemBars = (List<?>) js("return echarts.getInstanceByDom(document.getElementById('trend-chart')).getOption().series[0].data;");
        assertEquals(2, problemBars.size());
        WebElement year = driver.findElement(By.id("y2023"));
        assertTrue(year.getAttribute("class").contains("target"));
        assertTrue(year.findElement(By.cssSelector(".hist-problem.repeated .theme-tag")).getText().equals("理论学习不深"));
        WebElement c = year.findElement(By.cssSelector(".commitments .commitment"));
        assertTrue(c.getText().contains("2022年第9段") && c.getText().contains("2023年3月底前由我牵头制定支部学习计划"), c.getText());
        assertTrue(List.of("已回应", "部分回应", "未回应").contains(c.findElement(By.cssSelector(".badge")).getText()));
        assertTrue(year.findElement(By.cssSelector(".year-review")).getText().startsWith("建议结论"));
        assertEquals(List.of(), js("return window.__csp;"));
    }

    @Test
    void aRangeAndAUnitNarrowTheFigures() {
        var wait = Browser.waiting(driver);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("from"))).selectByValue("2023");
        driver.findElement(By.id("unit")).sendKeys("河湾村支部");
        js("document.body.dataset.loaded = 'false';");
        driver.findElement(By.cssSelector("#form button")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
        assertTrue(driver.findElement(By.id("cards")).getText().contains("1\n份报告"), driver.findElement(By.id("cards")).getText());
        assertTrue(driver.findElement(By.id("recurring-table")).getText().contains("所选年度内没有单位重复提出同一问题"));
        String export = driver.findElement(By.id("export")).getAttribute("href");
        assertTrue(export.contains("/api/overview/export?from=2023&unit="), export);
        assertTrue(driver.getCurrentUrl().contains("from=2023"), driver.getCurrentUrl());
    }
}
