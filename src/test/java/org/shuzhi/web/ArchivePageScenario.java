package org.shuzhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * What a reader does on the archive page over the test fixtures' reports, whichever engine the server reads: a
 * search for a problem, its hits highlighted, then the unit's history with the problem raised again.
 */
final class ArchivePageScenario {
    private ArchivePageScenario() {}

    static void searchAndOpenTheUnitsHistory(WebDriver driver, String baseUrl) {
        var wait = Browser.waiting(driver);
        driver.get(baseUrl + "archive.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#units a")));
        driver.findElement(By.id("q")).sendKeys("理论学习 学用结合");
        new Select(driver.findElement(By.id("label"))).selectByValue("problem");
        driver.findElement(By.cssSelector("#form button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#hits .hit")));
        List<WebElement> hits = driver.findElements(By.cssSelector("#hits .hit"));
        assertEquals(2, hits.size(), driver.findElement(By.id("hits")).getText());
        assertTrue(driver.findElement(By.id("summary")).getText().contains("共找到 2 个段落"));
        for (WebElement h : hits) {
            assertTrue(h.getText().contains("城南中学党支部"), h.getText());
            List<String> marked = h.findElements(By.cssSelector(".snippet mark")).stream().map(WebElement::getText).toList();
            assertTrue(marked.contains("理论") || marked.contains("理论学习"), marked.toString());
        }
        hits.get(0).findElement(By.cssSelector(".where a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#history .year")));
        assertEquals("城南中学党支部 历年情况", driver.findElement(By.id("title")).getText());
        WebElement repeated = driver.findElement(By.cssSelector("#history .hist-problem.repeated"));
        assertTrue(repeated.getText().contains("第2次提出") && repeated.getText().contains("2022年"), repeated.getText());
    }
}
