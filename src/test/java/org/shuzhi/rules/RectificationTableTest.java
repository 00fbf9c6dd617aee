package org.shuzhi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.TestFiles;
import org.shuzhi.document.ReportReaders;
import org.shuzhi.review.Review;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewers;

/**
 * A rectification table in a real .docx (问题 | 整改措施 | 责任人 | 时限) is read row by row: each row is one
 * plan, its measure answering its problem and dated and owned by its own columns.
 */
class RectificationTableTest {
    @TempDir
    Path dir;

    static final String LEARNING = "一是理论学习的系统性不够，学用结合不够紧密。";
    static final String RETIRED = "二是对退休教师党员的日常联系不够经常，个别老党员反映参加活动不方便。";
    static final String YOUTH_PROBLEM = "青年教师思想动态掌握不及时，谈心谈话流于形式。";
    static final String YOUTH_MEASURE = "逐一约谈青年党员，建立个人成长台账。";
    static final String MEETING_MEASURE = "进一步提高组织生活会质量，认真开展批评与自我批评，推动组织生活走深走实。";

    private Review review;

    @BeforeEach
    void review() throws Exception {
        Path file = TestFiles.docx(dir, "list.docx", List.of(
                "2023年度党支部书记抓基层党建工作述职报告",
                "城东小学党支部书记 王丽华",
                "一、履职主要情况",
                "我全年主持支委会12次，讲专题党课3次，带领党员开展志愿服务16场，走访困难党员和老党员9户。",
                "二、存在的问题",
                LEARNING,
                RETIRED,
                "三、整改措施",
                "|存在问题|整改措施|责任人|完成时限",
                "|理论学习系统性不够|每月第一周集中研讨一次，年底前交流心得体会3篇。|王丽华|2024年12月底前",
                "|" + YOUTH_PROBLEM + "|" + YOUTH_MEASURE + "|支部书记|2024年6月底前",
                "|组织生活会质量不高|" + MEETING_MEASURE + "|组织委员"));
        review = Reviewers.withoutArchive().review(ReportReaders.read(file), ReviewRequest.defaults());
    }

    private int index(String text) {
        return review.paragraphs().stream().filter(p -> p.text().equals(text)).findFirst().orElseThrow().index();
    }

    private List<Finding> findings(String rule, String text) {
        int at = index(text);
        return review.findings().stream().filter(f -> f.rule().equals(rule) && f.paragraph() != null && f.paragraph() == at).toList();
    }

    @Test
    void aProblemInTheTextIsAnsweredByARowAboutTheSameThing() {
        // the row's measure names no topic of its own: its problem cell (理论学习) says what it answers
        assertEquals(List.of(), findings("PROBLEM_WITHOUT_PLAN", LEARNING), review.findings().toString());
        // a problem no row and no plan takes up is still flagged
        assertEquals(1, findings("PROBLEM_WITHOUT_PLAN", RETIRED).size(), review.findings().toString());
    }

    @Test
    void aProblemCellIsAnsweredByTheMeasureOfItsRow() {
        // the measure shares no word with it, yet stands in its row
        assertEquals(List.of(), findings("PROBLEM_WITHOUT_PLAN", YOUTH_PROBLEM), review.findings().toString());
    }

    @Test
    void aMeasureWithItsOwnerAndDeadlineInTheRowIsNotVague() {
        assertEquals(List.of(), findings("VAGUE_PLAN", YOUTH_MEASURE), review.findings().toString());
    }

    @Test
    void aVagueMeasureWithOnlyAnOwnerLacksTargetAndDeadlineNotItsOwner() {
        List<Finding> vague = findings("VAGUE_PLAN", MEETING_MEASURE);
        assertEquals(1, vague.size(), review.findings().toString());
        @SuppressWarnings("unchecked")
        List<String> lacks = (List<String>) vague.get(0).evidence().get("lacks");
        assertFalse(lacks.contains("责任人"), lacks.toString());
        assertTrue(((List<?>) vague.get(0).evidence().get("owner")).contains("组织委员"), vague.get(0).evidence().toString());
    }

    @Test
    void theCellsAreLabelledByTheirColumnAndCarryTheirPlace() {
        var youth = review.paragraphs().get(index(YOUTH_MEASURE));
        assertEquals("plan", youth.label().id());
        assertEquals(2, youth.table().row());
        assertEquals(1, youth.table().column());
        assertEquals("整改措施", youth.table().header());
        assertEquals("problem", review.paragraphs().get(index("理论学习系统性不够")).label().id());
        for (String other : List.of("存在问题", "整改措施", "责任人", "完成时限", "王丽华", "支部书记", "2024年6月底前", "组织委员")) {
            assertEquals("other", review.paragraphs().get(index(other)).label().id(), other);
        }
        assertEquals(null, review.paragraphs().get(index(LEARNING)).table());
    }

    @Test
    void theJsonGivesACellItsPlaceAndOtherParagraphsNone() {
        var json = org.shuzhi.review.Json.MAPPER.valueToTree(review);
        var cell = json.at("/paragraphs/" + index(YOUTH_MEASURE));
        assertEquals("{\"number\":0,\"row\":2,\"column\":1,\"header\":\"整改措施\"}", cell.get("table").toString());
        assertFalse(json.at("/paragraphs/" + index(LEARNING)).has("table"));
    }
}
