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
import org.shuzhi.document.Part;
import org.shuzhi.review.ParagraphResult;
import org.shuzhi.review.Review;
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
    void aProblemCalledAShortfallIsQuotedWithoutItsOrdinal() {
        List<Finding> findings = List.of(new Finding("REPEATED_PROBLEM", Severity.WARNING, 7, null, "重复。", Map.of("years", List.of(2022))));
        String draft = CommentDrafter.standard().draft(Reviews.report("理工大学图书馆党总支", "林晓岚", findings, 7,
                "其次，退休党支部工作仍是短板，党员年龄偏大、居住分散。"));
        assertTrue(draft.contains("“退休党支部工作仍是短板”"), draft);
        assertFalse(draft.contains("其次"), draft);
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
    void copyingIsSaidOnlyOfAnEarlierYearAndOneSchoolIsNamedOnce() {
        Map<String, Object> earlier = Map.of("source", Map.of("unit", "城东小学支部委员会", "unitKey", "城东小学", "year", 2021), "sameYear", false);
        Map<String, Object> same = Map.of("source", Map.of("unit", "城东小学支部", "unitKey", "城东小学", "year", 2022), "sameYear", true);
        String draft = CommentDrafter.standard().draft(Reviews.report("东坡路小学党支部", "孙立群", List.of(
                new Finding("COPIED_FROM_OTHER_REPORT", Severity.ERROR, 4, null, "相同。", earlier),
                new Finding("COPIED_FROM_OTHER_REPORT", Severity.ERROR, 9, null, "相同。", same))));
        assertGeneral(draft);
        assertTrue(draft.contains("1段与城东小学支部委员会2021年度的报告基本相同，是照搬他人材料"), draft);
        assertTrue(draft.contains("1段与城东小学支部委员会同年度的报告大段相同，需要核实出处"), draft);
        assertFalse(draft.contains("城东小学支部委员会、城东小学支部") || draft.contains("2段与"), "one school, one name; the same-year match is not copying: " + draft);
    }

    @Test
    void theTeamsAchievementIsNotCreditedToTheSecretaryByName() {
        // a report with no "我" whose figured paragraph is in the team's voice; whichever variant the text picks
        int neutral = 0;
        for (String unit : List.of("市财政局机关党委", "城东小学党支部", "桃源村党支部", "市中医院党总支", "新华书店党支部", "律师协会党支部")) {
            MeetingReport base = Reviews.report(unit, "程永康", List.of(
                    new Finding("COLLECTIVE_VOICE", Severity.WARNING, 4, null, "口吻。", Map.of("actors", List.of("机关党委班子")))));
            ReportFacts facts = new ReportFacts(List.of(new Achievement(4, "夯实基层基础", List.of("9个"), List.of(), "全局9个党支部均按期完成换届")), List.of());
            String draft = CommentDrafter.standard().draft(new MeetingReport(base.file(), null, "txt", base.review(), facts));
            assertGeneral(draft);
            assertFalse(draft.contains("程永康同志在") || draft.contains("下了功夫") || draft.contains("成效看得见"), draft);
            if (draft.startsWith("报告讲“夯实基层基础”时用数据说话")) neutral++;
        }
        assertTrue(neutral > 0, "the neutral wording stands in for the personal one");
    }

    @Test
    void aFewTeamVoiceParagraphsInAFirstPersonReportDoNotMakeItATeamReport() {
        int team = 0;
        for (String unit : List.of("县疾控中心党支部", "城东小学党支部", "桃源村党支部", "市中医院党总支", "新华书店党支部", "律师协会党支部")) {
            List<Finding> two = List.of(new Finding("COLLECTIVE_VOICE", Severity.WARNING, 3, null, "口吻。", Map.of("actors", List.of("支部"))),
                    new Finding("COLLECTIVE_VOICE", Severity.WARNING, 4, null, "口吻。", Map.of("actors", List.of("支部"))));
            Review r = Reviews.of(unit, "王丽", two);
            List<ParagraphResult> ps = new ArrayList<>(r.paragraphs());
            for (int i = 5; i < 10; i++) ps.set(i, new ParagraphResult(i, "我牵头组建先锋队，带队驻守现场" + i + "天。", Part.ACHIEVEMENT, Part.ACHIEVEMENT, 1.0));
            MeetingReport mostlyMine = new MeetingReport(r.file(), null, "txt", new Review(r.file(), r.meta(), r.stats(), ps, r.findings(), r.verdict()), ReportFacts.NONE);
            String draft = CommentDrafter.standard().draft(mostlyMine);
            assertGeneral(draft);
            assertTrue(draft.contains("2段"), draft);
            assertFalse(draft.contains("代替书记述职") || draft.contains("单位工作汇报") || draft.contains("改用第一人称"), "five paragraphs say 我: " + draft);
            // the same findings in a report that never says 我: a team report, and may be told so
            if (CommentDrafter.standard().draft(Reviews.report(unit, "王丽", two)).contains("代替书记述职")) team++;
        }
        assertTrue(team > 0, "where the team's voice dominates, the stronger wording is still said");
    }

    @Test
    void aRepeatedProblemBeingWorkedOnIsNotSaidToShowNoEffect() {
        Pattern noEffect = Pattern.compile("两张皮[^。]*(没有见到实效|没有真正到位)");
        ReportFacts facts = new ReportFacts(
                List.of(new Achievement(3, "党建与业务融合", List.of("5个", "36场"), List.of(), "设立先锋岗5个，开展讲座36场")),
                List.of(new Rectification(7, "两张皮", 10, "由我牵头设立党员攻关项目2个", List.of("2024年4月底前"), List.of("我")),
                        new Rectification(8, "退休党支部组织生活不够经常", null, Rectification.NO_MEASURE, List.of(), List.of())));
        for (boolean both : List.of(true, false)) {
            List<Finding> findings = new ArrayList<>();
            findings.add(new Finding("REPEATED_PROBLEM", Severity.WARNING, 7, null, "重复。", Map.of("years", List.of(2022))));
            if (both) {
                findings.add(new Finding("REPEATED_PROBLEM", Severity.WARNING, 8, null, "重复。", Map.of("years", List.of(2022))));
                findings.add(new Finding("PROBLEM_WITHOUT_PLAN", Severity.WARNING, 8, null, "无措施。", Map.of()));
            }
            Review r = Reviews.of("理工大学图书馆党总支", "林晓岚", findings);
            List<ParagraphResult> ps = new ArrayList<>(r.paragraphs());
            ps.set(3, new ParagraphResult(3, "针对去年查摆的党建与业务结合不紧的问题，总支设立先锋岗5个，开展讲座36场。", Part.ACHIEVEMENT, Part.ACHIEVEMENT, 1.0));
            ps.set(7, new ParagraphResult(7, "党建与业务“两张皮”的问题没有根本解决，后台岗位党员作用还不明显。", Part.PROBLEM, Part.PROBLEM, 1.0));
            ps.set(8, new ParagraphResult(8, "退休党支部组织生活不够经常，党员作用发挥不够。", Part.PROBLEM, Part.PROBLEM, 1.0));
            String draft = CommentDrafter.standard().draft(new MeetingReport(r.file(), null, "txt",
                    new Review(r.file(), r.meta(), r.stats(), ps, r.findings(), r.verdict()), facts));
            assertGeneral(draft);
            assertFalse(noEffect.matcher(draft).find(), "the report gives figures of progress on it: " + draft);
            if (both) assertTrue(draft.contains("“退休党支部组织生活不够经常”在2022年度"), "the repeat with no plan is named first: " + draft);
            else assertTrue(draft.contains("两张皮"), draft);
        }
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
    void aReturnedReportIsNotAskedAtTheMeetingToBeResubmittedBeforeIt() {
        MeetingReport report = Reviews.report("桃源村党支部", "何建平", List.of(
                new Finding("PLACEHOLDER_LEFT", Severity.ERROR, 4, null, "占位符。", Map.of("placeholders", List.of("X次")))));
        assertEquals(org.shuzhi.review.Verdict.RETURN, report.review().verdict().outcome());
        String draft = CommentDrafter.standard().draft(report);
        assertGeneral(draft);
        assertFalse(draft.contains("重新报送") || draft.contains("评议会前"), "spoken at the meeting, after the report: " + draft);
        assertTrue(draft.contains("整改方案在会后一个月内报送"), "what must change, and by when, stays: " + draft);
    }

    @Test
    void aReportWithNoFindingIsNotToldOfProblemsItDoesNotHave() throws Exception {
        MeetingReport clean = Reviews.report("城南中学党支部", "陈立新", List.of());
        String draft = CommentDrafter.standard().draft(clean);
        assertGeneral(draft);
        assertFalse(draft.contains("需要指出") || draft.contains("不足："), draft);
    }
}
