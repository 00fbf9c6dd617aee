package org.shuzhi.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewers;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.Severity;

class CommentDrafterTest {
    static MeetingReviewer reviewer;

    @BeforeAll
    static void setUp() {
        reviewer = new MeetingReviewer(Reviewers.withoutArchive());
    }

    @TestFactory
    Stream<DynamicTest> examples() throws Exception {
        JsonNode cases;
        try (InputStream in = getClass().getResourceAsStream("/meeting/drafter-examples.yaml")) {
            cases = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        List<DynamicTest> out = new ArrayList<>();
        for (JsonNode c : cases) {
            out.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> {
                MeetingReport report = reviewer.review(c.get("name").asText() + ".txt", c.get("text").asText().getBytes(StandardCharsets.UTF_8),
                        ReviewRequest.defaults());
                String draft = CommentDrafter.standard().draft(report);
                assertGeneral(draft);
                if (c.has("mustMatch")) for (JsonNode m : c.get("mustMatch")) {
                    assertTrue(Pattern.compile(m.asText()).matcher(draft).find(), "should match " + m.asText() + ": " + draft);
                }
                if (c.has("mustNotMatch")) for (JsonNode m : c.get("mustNotMatch")) {
                    assertFalse(Pattern.compile(m.asText()).matcher(draft).find(), "should not match " + m.asText() + ": " + draft);
                }
            }));
        }
        return out.stream();
    }

    /** 3–6 sentences, every slot filled, no quotation mark left open. */
    static void assertGeneral(String draft) {
        long sentences = draft.chars().filter(ch -> ch == '。').count();
        assertTrue(sentences >= 3 && sentences <= 6, sentences + " sentences: " + draft);
        assertFalse(draft.contains("{") || draft.contains("null"), draft);
        assertEquals(draft.chars().filter(ch -> ch == '“').count(), draft.chars().filter(ch -> ch == '”').count(), draft);
    }

    @Test
    void aProblemRaisedInEarlierYearsComesFirst() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 3; i < 9; i++) findings.add(new Finding("COLLECTIVE_VOICE", Severity.WARNING, i, null, "口吻。", Map.of("actors", List.of("党委"))));
        findings.add(new Finding("REPEATED_PROBLEM", Severity.WARNING, 10, null, "重复。", Map.of("years", List.of(2021, 2022))));
        MeetingReport report = Reviews.report("市城投集团党委", "周建明", findings);
        String draft = CommentDrafter.standard().draft(report);
        assertGeneral(draft);
        int repeated = draft.indexOf("2021、2022年度"), voice = draft.indexOf("“党委”");
        assertTrue(repeated > 0 && voice > repeated, draft);
        assertTrue(draft.contains("“" + "市城投集团党委第10段" + "”"), "the repeated problem quoted from its paragraph: " + draft);
        assertTrue(draft.contains("销号"), "what must change for it: " + draft);
    }

    @Test
    void aPlanFlaggedOnlyForSomeLacksIsNotSaidToLackAll() {
        List<Finding> findings = List.of(
                new Finding("VAGUE_PLAN", Severity.WARNING, 9, null, "打算。", Map.of("lacks", List.of("责任人", "完成时限"))),
                new Finding("VAGUE_PLAN", Severity.WARNING, 10, null, "打算。", Map.of("lacks", List.of("责任人"))));
        String draft = CommentDrafter.standard().draft(Reviews.report("城北小学党支部", "孙建华", findings));
        assertGeneral(draft);
        assertTrue(draft.contains("2条") && draft.contains("责任人"), draft);
        assertFalse(Pattern.compile("(没有|缺少)[^。]*完成时限").matcher(draft).find(), "one of the two has a deadline: " + draft);
    }

    @Test
    void draftsFollowTheReportNotATemplateWithANameFilledIn() {
        List<Finding> a = List.of(new Finding("COLLECTIVE_VOICE", Severity.WARNING, 3, null, "口吻。", Map.of("actors", List.of("支部"))),
                new Finding("BLAME_OTHERS", Severity.WARNING, 8, null, "归咎。", Map.of("blamed", List.of("部分党员"))));
        List<Finding> b = List.of(new Finding("COLLECTIVE_VOICE", Severity.WARNING, 3, null, "口吻。", Map.of("actors", List.of("我们"))),
                new Finding("BLAME_OTHERS", Severity.WARNING, 8, null, "归咎。", Map.of("blamed", List.of("个别教师"))));
        String first = CommentDrafter.standard().draft(Reviews.report("城东小学党支部", "刘春燕", a));
        String second = CommentDrafter.standard().draft(Reviews.report("城西小学党支部", "王敏", b));
        assertTrue(first.contains("“支部”") && first.contains("“部分党员”"), first);
        assertTrue(second.contains("“我们”") && second.contains("“个别教师”"), second);
        assertNotEquals(first.replace("刘春燕", "某").replace("支部", "X").replace("部分党员", "Y"),
                second.replace("王敏", "某").replace("我们", "X").replace("个别教师", "Y"));
    }

    @Test
    void aTextThatIsNoDutyReportIsNeitherPraisedNorWeighed() {
        MeetingReport base = Reviews.report("城东小学", null, List.of(new Finding("NOT_A_DUTY_REPORT", Severity.ERROR, null, null, "不是述职报告。",
                Map.of(Finding.SUMMARY, "疑为新闻报道"))));
        ReportFacts facts = new ReportFacts(List.of(new Achievement(3, null, List.of("120名"), List.of(), "组织120名师生参观展览")), List.of());
        String draft = CommentDrafter.standard().draft(new MeetingReport(base.file(), null, "txt", base.review(), facts));
        assertGeneral(draft);
        assertTrue(draft.startsWith("提交的材料不是书记本人的述职报告（疑为新闻报道）。"), draft);
        assertFalse(draft.contains("120名") || draft.contains("有数据"), draft);
        assertTrue(draft.contains("由书记本人以第一人称重新撰写述职报告"), draft);
    }

    @Test
    void twoParagraphsAreNotTheWholeReport() {
        // whichever variant the text picks, "通篇" is never said of two paragraphs
        for (String unit : List.of("恒达机械公司党支部", "城东小学党支部", "桃源村党支部", "市中医院党总支", "新华书店党支部", "律师协会党支部")) {
            List<Finding> two = List.of(new Finding("COLLECTIVE_VOICE", Severity.WARNING, 3, null, "口吻。", Map.of("actors", List.of("我们支部"))),
                    new Finding("COLLECTIVE_VOICE", Severity.WARNING, 4, null, "口吻。", Map.of("actors", List.of("支部"))));
            String draft = CommentDrafter.standard().draft(Reviews.report(unit, "刘海峰", two));
            assertTrue(draft.contains("2段"), draft);
            assertFalse(draft.contains("通篇"), draft);
        }
    }

    @Test
    void aShareJustUnderItsLimitIsNotRoundedOntoIt() {
        String draft = CommentDrafter.standard().draft(Reviews.report("城南中学党支部", "陈立新", List.of(
                new Finding("PROBLEM_SHARE_LOW", Severity.WARNING, null, null, "篇幅。", Map.of("share", 0.296, "min", 0.3)))));
        assertTrue(draft.contains("29.6%"), draft);
        assertFalse(draft.contains("30%（") || draft.contains("全文的30%"), "30% against 30% says no shortfall: " + draft);
    }

    @Test
    void theRepeatedProblemIsQuotedWhereItIsStatedNotByItsConcession() {
        List<Finding> findings = List.of(new Finding("REPEATED_PROBLEM", Severity.WARNING, 7, null, "重复。", Map.of("years", List.of(2021))));
        String draft = CommentDrafter.standard().draft(Reviews.report("机械工程学院党委", "何志远", findings, 7,
                "一是对照主题教育检视整改要求，虽然学院党建工作取得了一定成绩，但理论学习的系统性还不够强，学用结合有差距。"));
        assertTrue(draft.contains("“理论学习的系统性还不够强”"), draft);
        assertFalse(draft.contains("取得了一定成绩") || draft.contains("对照主题教育"), draft);
    }

    @Test
    void aCopyOfTheSameYearAccusesNoOne() {
        Map<String, Object> evidence = Map.of("source", Map.of("unit", "东坡路小学党支部", "year", 2022), "sameYear", true);
        String draft = CommentDrafter.standard().draft(Reviews.report("城东小学党支部", "刘春燕",
                List.of(new Finding("COPIED_FROM_OTHER_REPORT", Severity.ERROR, 5, null, "相同。", evidence))));
        assertGeneral(draft);
        assertTrue(draft.contains("东坡路小学党支部同年度") && draft.contains("核实"), draft);
        assertFalse(draft.contains("照搬他人材料") || draft.contains("不是本人亲自动手"), "who copied whom is not known: " + draft);
        Map<String, Object> earlier = Map.of("source", Map.of("unit", "锦绣社区党委", "year", 2022), "sameYear", false);
        String copied = CommentDrafter.standard().draft(Reviews.report("金桥滨江社区党支部", "李娟",
                List.of(new Finding("COPIED_FROM_OTHER_REPORT", Severity.ERROR, 5, null, "相同。", earlier))));
        assertTrue(copied.contains("照搬他人材料"), copied);
    }

    @Test
    void figuresOnlyInACopiedParagraphAreNeitherPraisedNorDenied() {
        MeetingReport base = Reviews.report("青石镇中学党总支", "马国栋",
                List.of(new Finding("SELF_COPY", Severity.WARNING, 4, null, "沿用。", Map.of("source", Map.of("year", 2022)))));
        ReportFacts facts = new ReportFacts(List.of(new Achievement(4, "发挥退休党员作用", List.of("80余场次"), List.of(), "全年开展活动80余场次")), List.of());
        String draft = CommentDrafter.standard().draft(new MeetingReport(base.file(), null, "txt", base.review(), facts));
        assertGeneral(draft);
        assertFalse(draft.contains("80余场次"), "a copied paragraph is not this year's achievement: " + draft);
        assertFalse(draft.contains("找不到一个"), "the report does give a figure: " + draft);
    }

    @Test
    void aReportWithNoFindingIsNotToldOfProblemsItDoesNotHave() throws Exception {
        MeetingReport clean = Reviews.report("城南中学党支部", "陈立新", List.of());
        String draft = CommentDrafter.standard().draft(clean);
        assertGeneral(draft);
        assertFalse(draft.contains("需要指出") || draft.contains("不足："), draft);
    }
}
