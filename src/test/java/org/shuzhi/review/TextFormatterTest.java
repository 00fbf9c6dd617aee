package org.shuzhi.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.document.Part;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.ProfileReader;
import org.shuzhi.rules.Profiles;
import org.shuzhi.rules.RuleCatalog;
import org.shuzhi.rules.Severity;
import org.shuzhi.rules.Span;

class TextFormatterTest {
    private static final List<ParagraphResult> PARAGRAPHS = List.of(
            new ParagraphResult(0, "金桥社区党支部书记述职报告", Part.OTHER, Part.OTHER, 0.99),
            new ParagraphResult(1, "一、履职情况", Part.ACHIEVEMENT, Part.OTHER, 0.99),
            new ParagraphResult(2, "我全年讲党课3次，走访困难党员12户。", Part.ACHIEVEMENT, Part.ACHIEVEMENT, 0.97),
            new ParagraphResult(3, "支部坚持网格赋能，推动基层治理水平不断提升，群众满意度进一步提高。", Part.ACHIEVEMENT, Part.ACHIEVEMENT, 0.95),
            new ParagraphResult(4, "（二）坚持网格赋能，提升基层治理效能。社区以党建+网格为抓手，推行网格长工作模式。", Part.ACHIEVEMENT, Part.ACHIEVEMENT, 0.93),
            new ParagraphResult(5, "二、存在的问题", Part.PROBLEM, Part.OTHER, 0.99),
            new ParagraphResult(6, "理论学习还不够系统深入，学用结合不够紧密。", Part.PROBLEM, Part.PROBLEM, 0.96));

    private static Finding rule(String code, Integer paragraph, Span span, String found) {
        return RuleCatalog.standard().get(code).finding(paragraph, span, found, Map.of("x", 1));
    }

    private static Review review(List<Finding> findings) {
        Map<String, Double> shares = new LinkedHashMap<>(Map.of("achievement", 0.62, "problem", 0.12, "plan", 0.0, "other", 0.26));
        return new Review("t.txt", new ReviewMeta("金桥社区党支部", 2023, "党支部书记", "edu-district-2021"),
                new Stats(120, shares), PARAGRAPHS, findings, VerdictPolicy.decide(findings));
    }

    private static List<Finding> findings() {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("unit", "锦绣社区党委");
        source.put("year", 2022);
        source.put("paragraph", 7);
        source.put("text", "（二）坚持网格赋能，提升基层治理效能。社区党委以党建+网格为抓手。");
        Map<String, Object> repeatSource = new LinkedHashMap<>(source);
        repeatSource.put("unit", "金桥社区党支部");
        repeatSource.put("paragraph", 10);
        return List.of(
                new Finding("ACHIEVEMENT_SHARE_HIGH", Severity.WARNING, null, null, "“履职情况”部分74字，占全文62%。该部分不超过全文的1/3（通知）", Map.of()),
                rule("COLLECTIVE_VOICE", 3, new Span(0, 2), "这段履职情况以“支部”的口吻叙述，没有讲“我”做了什么"),
                rule("NO_DATA", 3, null, "这段履职情况30字，没有一个数据，也没有具体事例"),
                new Finding("COPIED_FROM_OTHER_REPORT", Severity.ERROR, 4, null, "该段与锦绣社区党委2022年度述职报告第8段大段文字相同，疑似照搬他人材料。",
                        Map.of("source", source, "similarity", 0.84)),
                new Finding("REPEATED_PROBLEM", Severity.WARNING, 6, null, "该问题在2022年度述职报告第11段中已提出，本年度再次出现。",
                        Map.of("source", repeatSource, "similarity", 0.7)));
    }

    @Test
    void findingsAreListedInParagraphOrderWithinAPartWhateverCheckFoundThem() {
        // the archive's findings follow the rules' in the review: one on an earlier paragraph still comes first
        Map<String, Object> source = Map.of("unit", "锦绣社区党委", "year", 2022, "paragraph", 3, "text", "我全年讲党课3次。");
        List<Finding> fs = List.of(rule("COLLECTIVE_VOICE", 3, new Span(0, 2), "这段以“支部”的口吻叙述"),
                new Finding("COPIED_FROM_OTHER_REPORT", Severity.ERROR, 2, null, "该段与锦绣社区党委2022年度述职报告第4段大段文字相同。",
                        Map.of("source", source, "similarity", 0.9)));
        String text = TextFormatter.format(review(fs), Profiles.resolve("edu-district-2021"));
        int third = text.indexOf("\n  第3段　“"), fourth = text.indexOf("\n  第4段　“");
        assertTrue(third > 0 && fourth > 0 && third < fourth, text);
    }

    @Test
    void theArchiveLineIsShownUnderTheProfile() {
        String text = TextFormatter.format(review(List.of()), Profiles.resolve("edu-district-2021"), "跨报告检查：未运行（指定了 --no-archive）");
        assertTrue(text.contains("）\n跨报告检查：未运行（指定了 --no-archive）\n篇幅："), text);
    }

    @Test
    void readsLikeAReviewersChecklist() {
        String text = TextFormatter.format(review(findings()), Profiles.resolve("edu-district-2021"));
        String[] lines = text.split("\n");
        assertTrue(lines[0].startsWith("【t.txt】金桥社区党支部　党支部书记　2023年度　120字　严重1处、提醒4处　建议：退回修改"), lines[0]);
        assertTrue(text.contains("篇幅：履职情况 62%（约74字） 要求≤33% ✗；存在问题 12%"), text);
        assertTrue(text.contains("  · 两个必须：必须如实反映履行抓党建工作情况（第5段）"), "verdict reasons name paragraphs from 1: " + text);
        // grouped by part in order, each paragraph quoted once above its findings
        int whole = text.indexOf("■ 全文"), achievements = text.indexOf("■ 履职情况"), problems = text.indexOf("■ 存在问题");
        assertTrue(0 < whole && whole < achievements && achievements < problems, text);
        assertEquals(1, text.split("第4段　“支部坚持网格赋能", -1).length - 1, text);
        int quoted = text.indexOf("第4段　“");
        assertTrue(quoted < text.indexOf("□ [提醒] 班子口吻：这段履职情况以“支部”的口吻叙述") && quoted < text.indexOf("□ [提醒] 缺少数据事例"), text);
        assertTrue(text.contains("原文：“支部坚持网格赋能，推动基层治理水平不断提升，群众满意度进一步提高……”")
                || text.contains("原文：“支部坚持网格赋能，推动基层治理水平不断提升，群众满"), "a short span is quoted with context: " + text);
        // the archive's findings, with the passage they match
        assertTrue(text.contains("□ [严重] 照搬他人材料：该段与锦绣社区党委2022年度述职报告第8段"), text);
        assertTrue(text.contains("对照：锦绣社区党委2022年度第8段“（二）坚持网格赋能"), text);
        assertTrue(text.contains("□ [提醒] 问题年年述：") && text.contains("对照：金桥社区党支部2022年度第11段"), text);
        // each requirement once, under 依据, not after every finding
        String requirement = RuleCatalog.standard().get("NO_DATA").requirement();
        assertEquals(1, text.split(java.util.regex.Pattern.quote(requirement), -1).length - 1, text);
        assertTrue(text.indexOf(requirement) > text.indexOf("依据："));
        assertTrue(text.contains("  · 照搬他人材料：" + RuleCatalog.standard().get("COPIED_FROM_OTHER_REPORT").requirement()), text);
    }

    @Test
    void aUsersOwnProfileGivesItsNameAndLimits() {
        // its id is no built-in one, so only the profile as read can say what it requires
        var own = ProfileReader.read("mine.yaml", """
                id: district-2025
                name: 2025年度区述职评议考核
                notice: 《2025年度述职评议考核通知》
                shares: {achievement: {max: 1/2}, problem: {min: 10%}}
                """);
        String text = TextFormatter.format(review(findings()), own);
        assertTrue(text.contains("评审要求：2025年度区述职评议考核（《2025年度述职评议考核通知》）"), text);
        assertTrue(text.contains("篇幅：履职情况 62%（约74字） 要求≤50% ✗；存在问题 12%（约14字） 要求≥10% ✓"), text);
    }

    @Test
    void aLongSpanIsCutWithOneEllipsis() {
        String text = "我".repeat(20) + "对倒班党员的学习安排考虑不周".repeat(8) + "。";
        ParagraphResult p = new ParagraphResult(0, text, Part.PROBLEM, Part.PROBLEM, 0.9);
        Finding f = RuleCatalog.standard().get("BLAME_OTHERS").finding(0, new Span(15, 90), "x", Map.of());
        Review r = new Review("t.txt", new ReviewMeta("u", 2023, "r", "default"), new Stats(text.length(), Map.of()),
                List.of(p), List.of(f), VerdictPolicy.decide(List.of(f)));
        String quote = TextFormatter.spanQuote(r, f);
        assertTrue(quote.startsWith("……" + "我".repeat(15) + "对倒班") && quote.endsWith("……") && !quote.endsWith("…………"), quote);
    }

    @Test
    void whatTheReportDoesNotSayIsNamed() {
        String text = TextFormatter.format(review(List.of()), Profiles.resolve("edu-district-2021"));
        assertTrue(text.contains("姓名：未能从署名或落款识别"), text);
        assertFalse(text.contains("单位：未能") || text.contains("年度：未能") || text.contains("职务：未能"), text);
        Review unread = new Review("t.txt", new ReviewMeta(null, null, null, null, "default"), new Stats(0, Map.of()),
                List.of(), List.of(), VerdictPolicy.decide(List.of()));
        String lines = TextFormatter.format(unread, Profiles.resolve("default"));
        assertTrue(lines.startsWith("【t.txt】—　—　—年度　0字"), lines);
        assertTrue(lines.contains("\n单位：未能从标题或署名识别，可用 --unit 指定\n"), lines);
        assertTrue(lines.contains("\n年度：未能从标题、署名或落款日期识别，可用 --year 指定\n"), lines);
        assertTrue(lines.contains("\n职务：未能从标题或署名识别，可用 --role 指定（篇幅上限按职务确定）\n"), lines);
        Review named = new Review("t.txt", new ReviewMeta("金桥社区党支部", 2023, "党支部书记", "张XX", "default"),
                new Stats(0, Map.of()), List.of(), List.of(), VerdictPolicy.decide(List.of()));
        String header = TextFormatter.format(named, Profiles.resolve("default"));
        assertTrue(header.startsWith("【t.txt】金桥社区党支部　党支部书记　张XX　2023年度"), header);
        assertFalse(header.contains("未能"), header);
    }

    @Test
    void aCleanReportSaysSo() {
        String text = TextFormatter.format(review(List.of()), Profiles.resolve("edu-district-2021"));
        assertTrue(text.split("\n")[0].contains("无问题　建议：通过"), text);
        assertTrue(text.endsWith("未发现问题。\n"), text);
        assertFalse(text.contains("依据："));
    }

    @Test
    void everyFindingOfARealReviewIsListedUnderItsParagraph() {
        Corpus corpus = Corpus.at(Path.of("corpus"));
        Review r = Reviewers.withoutArchive().review(corpus.report("liuxi-cun-2020"), ReviewRequest.defaults());
        String text = TextFormatter.format(r, ReviewRequest.defaults().resolveProfile());
        assertFalse(r.findings().isEmpty());
        for (Finding f : r.findings()) {
            String line = "] " + RuleCatalog.standard().get(f.rule()).name() + "：" + TextFormatter.found(f);
            String header = f.paragraph() == null ? "\n■ 全文\n" : "\n  第" + (f.paragraph() + 1) + "段　“";
            int from = text.indexOf(header);
            assertTrue(from > 0, "paragraph quoted: " + f + "\n" + text);
            int to = nextBlock(text, from + header.length());
            assertTrue(text.substring(from, to).contains(line), "listed under its paragraph: " + f + "\n" + text);
        }
    }

    /** Where the block starting before {@code from} ends: the next paragraph, part or 依据. */
    private static int nextBlock(String text, int from) {
        int end = text.length();
        for (String next : List.of("\n  第", "\n■", "\n依据")) {
            int at = text.indexOf(next, from);
            if (at >= 0) end = Math.min(end, at);
        }
        return end;
    }
}
