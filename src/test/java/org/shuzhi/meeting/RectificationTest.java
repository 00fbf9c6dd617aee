package org.shuzhi.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.TestFiles;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewers;

/** The 整改清单's rows come from the report's own pairing of problems and plans, its rectification table included. */
class RectificationTest {
    @TempDir
    Path dir;

    static final String YOUTH_PROBLEM = "青年教师思想动态掌握不及时，谈心谈话流于形式。";
    static final String YOUTH_MEASURE = "逐一约谈青年党员，建立个人成长台账。";

    @Test
    void problemsPairWithTheirPlansAndTheTablesRows() throws Exception {
        Path file = TestFiles.docx(dir, "城东小学.docx", List.of(
                "2023年度党支部书记抓基层党建工作述职报告",
                "城东小学党支部书记 王丽华",
                "一、履职主要情况",
                "我全年主持支委会12次，讲专题党课3次，带领党员开展志愿服务16场，走访困难党员和老党员9户。",
                "二、存在的问题",
                "一是我对退休教师党员的日常联系不够经常，个别老党员反映参加活动不方便。",
                "二是我抓党建和教学融合的办法不多，党员示范岗作用发挥不明显。",
                "三、整改措施",
                "一是2024年3月底前由我牵头建立退休教师党员联系台账，每季度上门走访1次。",
                "|存在问题|整改措施|责任人|完成时限",
                "|" + YOUTH_PROBLEM + "|" + YOUTH_MEASURE + "|支部书记|2024年6月底前"));
        MeetingReport report = new MeetingReviewer(Reviewers.withoutArchive()).review(file, ReviewRequest.defaults());
        List<Rectification> rows = report.facts().rectifications();
        assertEquals(3, rows.size(), rows.toString());
        Rectification retired = rows.get(0);
        assertEquals("我对退休教师党员的日常联系不够经常，个别老党员反映参加活动不方便。", retired.problem());
        assertEquals("2024年3月底前由我牵头建立退休教师党员联系台账，每季度上门走访1次。", retired.measure());
        assertTrue(retired.deadlines().contains("3月底前"), retired.toString());
        assertTrue(retired.owners().contains("由我"), retired.toString());
        assertEquals("2024年3月底前由我牵头建立退休教师党员联系台账，每季度上门走访1次。（时限：" + String.join("、", retired.deadlines()) + "）",
                RectificationList.measure(retired));
        Rectification fusion = rows.get(1);
        assertEquals(!fusion.answered(), report.review().findings().stream()
                .anyMatch(f -> f.rule().equals("PROBLEM_WITHOUT_PLAN") && f.paragraph() == fusion.problemParagraph()));
        if (!fusion.answered()) assertEquals(Rectification.NO_MEASURE, RectificationList.measure(fusion));
        Rectification youth = rows.get(2);
        assertEquals(YOUTH_PROBLEM, youth.problem());
        assertEquals(YOUTH_MEASURE, youth.measure());
        assertEquals(List.of("2024年6月底前"), youth.deadlines(), "the row's own 时限 cell");
        assertEquals(List.of("支部书记"), youth.owners());

        // the annotated copy of a report with a table: comments on cells too, each closed and referenced
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnotatedReport.write(report, "点评。", null, out);
        List<WordComments.Comment> comments = WordComments.of(new XWPFDocument(new ByteArrayInputStream(out.toByteArray())));
        assertEquals(report.review().findings().size() + 1, comments.size());
        comments.forEach(c -> assertTrue(c.referenced() && c.anchored() != null && !c.anchored().isEmpty(), c.toString()));
        assertTrue(Files.size(file) > 0);
    }
}
