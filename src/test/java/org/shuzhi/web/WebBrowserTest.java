package org.shuzhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.shuzhi.TestFiles;
import org.shuzhi.archive.Archive;

/** The pages in real headless Chromium against the real server over a real archive. */
class WebBrowserTest {
    static final String SCRIPT = "<script>window.__pwned = 1</script>";
    static final String IMG = "<img src=x onerror=\"window.__pwned = 2\">";

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
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        if (archive != null) archive.close();
    }

    @Test
    void selfCheckOfAPastedDraftHighlightsTheFindingAndOpensItsEvidence() {
        int before = archive.size();
        driver.get(server.url() + "selfcheck.html");
        var wait = Browser.waiting(driver);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#profile option")));
        driver.findElement(By.id("text")).sendKeys(String.join("\n",
                WebFixtures.draft("城北小学党支部", 2024, "我全年组织开展主题党日活动X次，参与党员XX人。")));
        new Select(driver.findElement(By.id("profile"))).selectByValue("institute-2023");
        driver.findElement(By.id("role")).sendKeys("党支部书记");
        driver.findElement(By.id("submit")).click();

        // a rule of the profile: the placeholder left from the template is marked where it stands
        WebElement placeholderRow = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#result .para-row[data-index='4']")));
        // every placeholder of the paragraph, each with its measure word (one finding, evidence.spans)
        assertEquals(List.of("X次", "XX人"), placeholderRow.findElements(By.cssSelector("mark.flag")).stream().map(WebElement::getText).toList());
        assertTrue(placeholderRow.findElement(By.cssSelector(".note[data-rule='PLACEHOLDER_LEFT']")).getText().contains("模板残留"));
        // the profile's limits for the role: 1000 characters, achievements at most 50%
        assertTrue(driver.findElement(By.cssSelector(".bar-row[data-bar='length']")).getText().contains("上限 1000 字"));
        assertTrue(driver.findElement(By.cssSelector(".bar-row[data-part='achievement']")).getText().contains("不超过 50%"));

        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#result .para-row[data-index='3']")));
        WebElement mark = row.findElement(By.cssSelector("mark.flag"));
        assertTrue(mark.getAttribute("class").contains("sev-error"), mark.getAttribute("class"));
        assertTrue(WebFixtures.COPIED.contains(mark.getText()) && mark.getText().length() > 20, mark.getText());
        WebElement note = row.findElement(By.cssSelector(".notes .note[data-rule='COPIED_FROM_OTHER_REPORT']"));
        assertTrue(note.getText().contains("河湾村党支部"), note.getText());
        assertEquals("退回修改", driver.findElement(By.cssSelector(".verdict .badge")).getText());
        // the reasons read as words: a rule outside the catalog is named, not shown as its code
        String reasons = driver.findElement(By.cssSelector("#result .reasons")).getText();
        assertFalse(reasons.matches("(?s).*[A-Z]{3,}_[A-Z]{3,}.*"), reasons);
        assertEquals(4, driver.findElements(By.cssSelector(".shares .bar-row[data-part]")).size());

        note.findElement(By.cssSelector(".evidence-btn")).click();
        WebElement compare = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#compare .compare")));
        List<WebElement> cols = compare.findElements(By.cssSelector(".compare-col"));
        assertEquals(2, cols.size());
        assertTrue(cols.get(1).getText().contains("河湾村党支部 2023年"), cols.get(1).getText());
        assertTrue(cols.get(1).getText().contains(WebFixtures.COPIED));
        compare.findElement(By.cssSelector("button.close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("compare")));
        assertEquals(before, archive.size(), "a self-checked draft is never stored");
    }

    /** A leader's speech pasted in: one finding on the whole text, no bars of parts it never has. */
    @Test
    void selfCheckOfASpeechSaysItIsNoDutyReport() {
        driver.get(server.url() + "selfcheck.html");
        var wait = Browser.waiting(driver);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#profile option")));
        driver.findElement(By.id("text")).sendKeys(String.join("\n",
                "在2023年度党支部书记述职评议会上的讲话",
                "同志们：",
                "刚才，五位党支部书记作了述职，听了大家的述职，我感到大家对党建工作更加重视了。下面，我讲两点意见。",
                "一是问题要找得更准。李XX同志的述职，讲成绩多、讲问题少。",
                "二是整改要落得更实。希望各位书记把查摆的问题列入清单，逐项销号。"));
        driver.findElement(By.id("submit")).click();
        WebElement whole = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#result .whole")));
        assertTrue(whole.getText().contains("不是述职报告"), whole.getText());
        assertEquals(1, driver.findElements(By.cssSelector("#result .note")).size());
        assertTrue(driver.findElements(By.cssSelector("#result .bar-row")).isEmpty());
        assertTrue(driver.findElement(By.cssSelector("#result .summary")).getText().contains("篇幅：不适用"));
        assertEquals("退回修改", driver.findElement(By.cssSelector(".verdict .badge")).getText());
    }

    @Test
    void webPageDebrisIsShownGreyedAndNotLabelled() {
        driver.get(server.url() + "selfcheck.html");
        var wait = Browser.waiting(driver);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#profile option")));
        List<String> draft = new ArrayList<>(List.of("资源描述：", "篇1"));
        draft.addAll(WebFixtures.draft("城北小学党支部", 2024));
        draft.addAll(List.of("上一篇：2023年度党支部书记述职报告", "相关推荐"));
        driver.findElement(By.id("text")).sendKeys(String.join("\n", draft));
        driver.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#result .para-row")));
        List<WebElement> debris = driver.findElements(By.cssSelector("#result .para-row.debris"));
        assertEquals(List.of("0", "1", String.valueOf(draft.size() - 2), String.valueOf(draft.size() - 1)),
                debris.stream().map(r -> r.getAttribute("data-index")).collect(Collectors.toList()));
        for (WebElement row : debris) {
            assertEquals("网页残留", row.findElement(By.cssSelector(".tag")).getText());
            assertTrue(row.findElements(By.cssSelector(".note")).isEmpty(), "no finding on debris");
            String colour = row.findElement(By.cssSelector(".para-text")).getCssValue("color");
            assertEquals("rgba(170, 170, 170, 1)", colour, "greyed");
        }
        assertFalse(driver.findElement(By.cssSelector("#result .para-row[data-index='2']")).getAttribute("class").contains("debris"));
    }

    @Test
    void selfCheckWithTheUsersOwnProfile() throws Exception {
        driver.get(server.url() + "selfcheck.html");
        var wait = Browser.waiting(driver);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#profile option")));
        // a mistake in the file is named at once, before any review
        Path wrong = java.nio.file.Files.writeString(dir.resolve("错误要求.yaml"),
                WebApiTest.OWN_PROFILE.replace("max: 1/5", "max: 150%"), java.nio.charset.StandardCharsets.UTF_8);
        driver.findElement(By.id("profile-file")).sendKeys(wrong.toString());
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        wait.until(ExpectedConditions.textToBePresentInElement(error, "shares.achievement.max"));
        assertTrue(error.getText().contains("错误要求.yaml"), error.getText());
        assertTrue(driver.findElement(By.id("profile")).isEnabled());

        Path own = java.nio.file.Files.writeString(dir.resolve("town-2025.yaml"), WebApiTest.OWN_PROFILE,
                java.nio.charset.StandardCharsets.UTF_8);
        driver.findElement(By.id("profile-file")).sendKeys(own.toString());
        WebElement info = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-own")));
        assertTrue(info.getText().contains("2025年度镇街党组织书记抓基层党建述职评议"), info.getText());
        assertFalse(driver.findElement(By.id("profile")).isEnabled(), "the built-in choice is off while an own profile is used");
        assertFalse(driver.findElement(By.id("error")).isDisplayed());
        driver.findElement(By.id("text")).sendKeys(String.join("\n", WebFixtures.draft("城北小学党支部", 2024)));
        driver.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#result .para-row")));
        // its own figures: 150 characters for a branch secretary, achievements at most 20%, its topic
        assertTrue(driver.findElement(By.cssSelector(".bar-row[data-bar='length']")).getText().contains("上限 150 字"));
        assertTrue(driver.findElement(By.cssSelector(".bar-row[data-part='achievement']")).getText().contains("不超过 20%"));
        assertFalse(driver.findElements(By.cssSelector(".note[data-rule='REQUIRED_TOPIC_MISSING']")).isEmpty());
        assertTrue(driver.findElement(By.cssSelector("#result .meta")).getText().contains("2025年度镇街党组织书记抓基层党建述职评议"));
        // paragraphs are numbered for people from 1 (JSON index 3 is the 4th paragraph)
        assertEquals("4", driver.findElement(By.cssSelector("#result .para-row[data-index='3'] .pno")).getText());

        driver.findElement(By.cssSelector("#profile-own .link-btn")).click();
        assertTrue(driver.findElement(By.id("profile")).isEnabled());
        assertFalse(driver.findElement(By.id("profile-own")).isDisplayed());
    }

    @Test
    void reportTextWithMarkupIsShownAsText() throws Exception {
        driver.get(server.url() + "selfcheck.html");
        var wait = Browser.waiting(driver);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#profile option")));
        List<String> draft = WebFixtures.draft("城北小学党支部", 2024, "我组织学习" + SCRIPT + "共3次。", IMG);
        // an uploaded file this time: the same escaping must hold whichever way the text comes in
        Path file = TestFiles.docx(dir, "带标记.docx", draft);
        driver.findElement(By.id("file")).sendKeys(file.toString());
        driver.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#result .para-row")));
        String text = driver.findElement(By.cssSelector(".para-row[data-index='4'] .para-text")).getText();
        assertEquals("我组织学习" + SCRIPT + "共3次。", text);
        assertEquals(IMG, driver.findElement(By.cssSelector(".para-row[data-index='5'] .para-text")).getText());
        assertTrue(driver.findElements(By.cssSelector("#result script, #result img")).isEmpty());
        assertNull(((JavascriptExecutor) driver).executeScript("return window.__pwned === undefined ? null : window.__pwned;"));

        // and in the archive's snippets: a stored report containing markup is searched and shown as text
        Path stored = TestFiles.docx(dir, "标记村.docx", List.of("2023年度述职报告", "标记村党支部书记 钱进",
                "一、履职主要情况", "我组织“夜校课堂”" + SCRIPT + "活动9次。"));
        assertEquals(201, new Http(server.url()).postFiles("/api/archive", List.of(stored), java.util.Map.of()).status());
        driver.get(server.url() + "archive.html?q=" + java.net.URLEncoder.encode("夜校课堂", "UTF-8"));
        WebElement hit = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#hits .hit .snippet")));
        assertTrue(hit.getText().contains("“夜校课堂”<script>window"), hit.getText());
        assertTrue(driver.findElements(By.cssSelector("#hits script")).isEmpty());
        assertNull(((JavascriptExecutor) driver).executeScript("return window.__pwned === undefined ? null : window.__pwned;"));
    }

    @Test
    void theArchivePageSaysWhenNoUnitMatchesAndOffersTheNearest() throws Exception {
        Path stored = TestFiles.docx(dir, "青石村.docx", List.of("2023年度述职报告", "青石村党支部书记 钱进",
                "一、履职主要情况", "我组织“田埂课堂”活动9次，带动党员领办合作社3个。"));
        assertEquals(201, new Http(server.url()).postFiles("/api/archive", List.of(stored), java.util.Map.of()).status());
        driver.get(server.url() + "archive.html?unit=" + java.net.URLEncoder.encode("青石材", "UTF-8") + "&from=2022&to=2024");
        var wait = Browser.waiting(driver);
        WebElement note = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-note")));
        assertTrue(note.getText().contains("档案库中没有单位“青石材”的报告") && note.getText().contains("青石村党支部"), note.getText());
        assertEquals("2022", driver.findElement(By.id("from")).getAttribute("value"));
        note.findElement(By.cssSelector("a.suggestion")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#hits"), "田埂课堂"));
        assertEquals("青石村党支部", driver.findElement(By.id("unit")).getAttribute("value"));
        assertTrue(driver.findElements(By.id("unit-note")).stream().noneMatch(WebElement::isDisplayed) || driver.findElement(By.id("unit-note")).getText().isEmpty());
    }

    @Test
    void batchOfDocxFilesIsReviewedWithProgressAndSortedWeakestFirst() throws Exception {
        List<Path> files = new ArrayList<>();
        files.add(TestFiles.docx(dir, "甲_城西小学.docx", List.of("城西小学支部书记2024年述职", "城西小学党支部书记 李红",
                "一、履职主要情况", "我把课后服务作为书记项目，组织党员教师开设航模、书法等社团17个，覆盖学生640人。",
                "二、存在的问题", "我对退休党员的走访慰问安排得不够及时，春节前只走访了其中的一半。",
                "三、下一步工作打算", "明年寒假前由我逐户走访全部退休党员，建立联系卡并每月电话问候。")));
        files.add(TestFiles.docx(dir, "乙_城北小学.docx", WebFixtures.draft("城北小学党支部", 2024)));
        files.add(TestFiles.docx(dir, "丙_城中小学.docx", List.of("城中小学支部书记2024年述职", "城中小学党支部书记 吴刚",
                "一、履职主要情况", "我全年带头讲党课2次，组织党员志愿服务15次。",
                "二、存在的问题", "我抓支部规范化建设的办法不多。")));
        driver.get(server.url() + "review.html");
        var wait = Browser.waiting(driver);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#profile option")));
        driver.findElement(By.id("files")).sendKeys(files.stream().map(Path::toString).collect(Collectors.joining("\n")));
        driver.findElement(By.id("submit")).click();

        wait.until(ExpectedConditions.textToBe(By.id("progress-text"), "已完成 3 / 3"));
        assertEquals(3, driver.findElements(By.cssSelector("#queue li.done")).size());
        List<WebElement> rows = driver.findElements(By.cssSelector("#results tbody tr"));
        assertEquals(3, rows.size());
        String table = driver.findElement(By.id("results")).getText();
        // the sound report comes last; the one that copies another unit's passage is sent back
        assertEquals("甲_城西小学.docx", rows.get(2).getAttribute("data-file"), table);
        WebElement copied = driver.findElement(By.cssSelector("#results tr[data-file='乙_城北小学.docx']"));
        assertEquals("退回修改", copied.findElement(By.cssSelector(".badge")).getText());
        // weakest first: outcome, then serious findings, then reminders
        List<int[]> keys = rows.stream().map(r -> {
            List<WebElement> td = r.findElements(By.tagName("td"));
            return new int[] {rank(td.get(4).getText()), Integer.parseInt(td.get(9).getText()), Integer.parseInt(td.get(10).getText())};
        }).toList();
        for (int i = 1; i < keys.size(); i++) {
            assertTrue(java.util.Arrays.compare(keys.get(i - 1), keys.get(i)) >= 0, i + ": " + java.util.Arrays.toString(keys.get(i)));
        }

        // the column of findings from comparing with the archive: the copied passage counts there
        assertTrue(Integer.parseInt(copied.findElement(By.cssSelector("td.archive-count")).getText()) >= 1);
        assertEquals("0", rows.get(2).findElement(By.cssSelector("td.archive-count")).getText());

        // a finding about a paragraph as a whole (no span) marks the row's edge, not its text
        driver.findElement(By.cssSelector("#results tr[data-file='丙_城中小学.docx']")).click();
        WebElement whole = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#detail .para-row.edge")));
        assertTrue(whole.findElements(By.cssSelector(".para-text mark")).isEmpty(), whole.getText());
        assertFalse(whole.findElements(By.cssSelector(".note")).isEmpty());

        copied = driver.findElement(By.cssSelector("#results tr[data-file='乙_城北小学.docx']"));
        copied.click();
        WebElement detail = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#detail .para-row[data-index='3'] mark.flag")));
        assertTrue(WebFixtures.COPIED.contains(detail.getText()) && detail.getText().length() > 20, detail.getText());
        assertEquals("乙_城北小学.docx", driver.findElement(By.cssSelector("#detail h2")).getText());
    }

    @Test
    void evidenceOpensForEveryShapeTheArchiveGives() {
        driver.get(server.url() + "selfcheck.html");
        var wait = Browser.waiting(driver);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#profile option")));
        // 城南中学 again in 2024: the 2022/2023 problem raised a third time, 2023's commitment left unanswered
        ((JavascriptExecutor) driver).executeScript("document.getElementById('text').value = arguments[0];", String.join("\n",
                "2024年度抓基层党建工作述职报告", "城南中学党支部书记 赵明",
                "一、履职主要情况", "我全年主持支委会15次，讲专题党课4次，组织党员教师志愿服务12次，参加党员82人次。",
                "二、存在的问题",
                "一是理论学习的系统性还不强，学习多停留在读文件、记笔记，学用结合不够紧密，学习成果转化为推动学校发展的实际成效不明显。",
                "三、下一步工作打算", "2025年3月底前由我牵头修订支部学习制度，每月开展1次专题研讨。"));
        driver.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#result .para-row")));

        // a repeated problem: one button per earlier year it was raised, each opening that year's passage
        WebElement repeated = driver.findElement(By.cssSelector(".para-row[data-index='5'] .note[data-rule='REPEATED_PROBLEM']"));
        List<WebElement> years = repeated.findElements(By.cssSelector(".evidence-btn"));
        assertEquals(List.of("对照原文：城南中学党支部 2022年 第6段", "对照原文：城南中学党支部 2023年 第6段"),
                years.stream().map(WebElement::getText).toList());
        years.get(0).click();
        WebElement compare = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#compare .compare")));
        assertTrue(compare.findElement(By.cssSelector(".compare-facts")).getText().contains("2022、2023年度"),
                compare.getText());
        WebElement source = compare.findElement(By.cssSelector(".compare-col.source"));
        assertTrue(source.getText().contains(WebFixtures.PROBLEM_2022), source.getText());
        // the words this report shares with the earlier one are marked there
        assertTrue(source.findElements(By.cssSelector("mark.shared")).stream().anyMatch(m -> m.getText().contains("学用结合不够紧密")),
                source.getText());
        assertTrue(source.findElement(By.cssSelector("a.history-link")).getAttribute("href").endsWith("#y2022"));
        compare.findElement(By.cssSelector("button.close")).click();

        // an unanswered commitment concerns the whole report: no paragraph of this one, last year's terms marked
        WebElement commitment = driver.findElement(By.cssSelector(".whole .note[data-rule='COMMITMENT_NOT_ADDRESSED']"));
        commitment.findElement(By.cssSelector(".evidence-btn")).click();
        compare = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#compare .compare")));
        List<WebElement> cols = compare.findElements(By.cssSelector(".compare-col"));
        assertTrue(cols.get(0).getText().contains("没有回应这项承诺"), cols.get(0).getText());
        assertTrue(cols.get(1).getText().contains("城南中学党支部 2023年 第8段"), cols.get(1).getText());
        assertFalse(cols.get(1).findElements(By.cssSelector("mark.missing")).isEmpty(), cols.get(1).getText());
        compare.findElement(By.cssSelector("button.close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("compare")));
    }

    @Test
    void batchWithTheUsersOwnProfile() throws Exception {
        Path own = java.nio.file.Files.writeString(dir.resolve("批量要求.yaml"), WebApiTest.OWN_PROFILE,
                java.nio.charset.StandardCharsets.UTF_8);
        Path file = TestFiles.docx(dir, "城郊小学.docx", WebFixtures.draft("城郊小学党支部", 2024));
        driver.get(server.url() + "review.html");
        var wait = Browser.waiting(driver);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#profile option")));
        driver.findElement(By.id("profile-file")).sendKeys(own.toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-own")));
        driver.findElement(By.id("files")).sendKeys(file.toString());
        driver.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("progress-text"), "已完成 1 / 1"));
        driver.findElement(By.cssSelector("#results tbody tr")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#detail .para-row")));
        assertTrue(driver.findElement(By.cssSelector("#detail .bar-row[data-bar='length']")).getText().contains("上限 150 字"));
        assertTrue(driver.findElement(By.cssSelector("#detail .meta")).getText().contains("2025年度镇街党组织书记抓基层党建述职评议"));
        assertFalse(driver.findElements(By.cssSelector("#detail .note[data-rule='REQUIRED_TOPIC_MISSING']")).isEmpty());
    }

    @Test
    void batchShowsWhichFilesCouldNotBeRead() throws Exception {
        Path good = TestFiles.docx(dir, "好.docx", WebFixtures.draft("城东小学党支部", 2024));
        Path bad = java.nio.file.Files.write(dir.resolve("坏.docx"), new byte[] {'P', 'K', 3, 4, 9, 9});
        // over the upload limit: refused in the page before it is sent (a sparse file: no 61 MB written)
        Path huge = dir.resolve("扫描件.pdf");
        try (var f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength((WebServer.MAX_REQUEST_MB + 1) * 1024 * 1024);
        }
        driver.get(server.url() + "review.html");
        var wait = Browser.waiting(driver);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#profile option")));
        driver.findElement(By.id("files")).sendKeys(good + "\n" + bad + "\n" + huge);
        driver.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress-text"), "已完成 3 / 3"));
        List<WebElement> failures = driver.findElements(By.cssSelector("#queue li.failed"));
        assertEquals(2, failures.size());
        WebElement failed = failures.get(0);
        // a cut-short .docx is damaged (not "a plain zip to unpack"), and its name is said once
        assertTrue(failed.getText().startsWith("坏.docx：") && failed.getText().contains("损坏"), failed.getText());
        assertEquals(1, failed.getText().split("坏\\.docx", -1).length - 1, failed.getText());
        assertTrue(failures.get(1).getText().contains("扫描件.pdf") && failures.get(1).getText().contains("上限 60 MB"),
                failures.get(1).getText());
        assertEquals(1, driver.findElements(By.cssSelector("#results tbody tr")).size());
    }

    @Test
    void archiveSearchHighlightsMatchesAndLeadsToTheUnitHistory() {
        ArchivePageScenario.searchAndOpenTheUnitsHistory(driver, server.url());
        List<WebElement> years = driver.findElements(By.cssSelector("#history .year h2"));
        assertTrue(years.get(0).getText().startsWith("2022年度") && years.get(1).getText().startsWith("2023年度"));
        assertTrue(years.get(0).getText().endsWith("文件：chengnan-2022.txt"), years.get(0).getText());
        assertFalse(driver.findElement(By.id("summary")).getText().isEmpty());
    }

    private static int rank(String outcome) {
        return switch (outcome) {
            case "退回修改" -> 2;
            case "修改后通过" -> 1;
            default -> 0;
        };
    }
}
