package org.shuzhi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuzhi.document.Paragraph;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.ReportAnalyzer;

/** The signals the rules read from a paragraph's segmentation. */
class SignalsTest {
    private static AnalyzedParagraph analyze(String text) {
        Report r = new Report("t", List.of(new Paragraph(0, text, false)));
        return ReportAnalyzer.analyze(r, new ReportMeta(null, null, null)).paragraphs().get(0);
    }

    @Test
    void numbersInsideStockFormulationsAreNoFigures() {
        assertEquals(List.of(), Signals.figures(analyze("支部严格执行中央八项规定精神，压紧压实“两个责任”。")));
        assertEquals(List.of("12次"), Signals.figures(analyze("我全年主持支委会12次，严格执行中央八项规定精神。")));
    }

    @Test
    void aSingleOccurrenceIsNoFigure() {
        assertEquals(List.of(), Signals.figures(analyze("支部把医德医风作为一项重要工作来抓，党员受到了一次深刻的思想洗礼。")));
    }

    @Test
    void personNamesNeedASurnameAndNoCommonWord() {
        assertTrue(Signals.isPersonName("王磊"));
        assertTrue(Signals.isPersonName("陈秀英"));
        assertFalse(Signals.isPersonName("学铸魂"));
        assertFalse(Signals.isPersonName("安全和"));
    }

    @Test
    void aTitledTwoCharacterNameIsAnExample() {
        assertTrue(Signals.names(analyze("消化组护士长赵慧同志被发展为预备党员。")).contains("赵慧"));
        assertFalse(Signals.names(analyze("全园师幼的生命安全和身体健康得到保障。")).contains("安全和"));
    }

    @Test
    void theFirstPersonIsNeverAQuotedOrPossessiveI() {
        assertEquals(List.of(), Signals.firstPerson(analyze("支部开展“我为群众办实事”实践活动，我局党员参加志愿服务12次。")));
        assertEquals(List.of("我"), TermMatcher.terms(Signals.firstPerson(analyze("我带领支部开展“我为群众办实事”实践活动。"))));
    }

    @Test
    void aMultiItemPlanSplitsIntoItems() {
        AnalyzedParagraph p = analyze("下一步我抓三件事：一是修订办法；二是配齐联络员；三是加强作风建设。");
        List<int[]> items = VaguePlanRule.items(p);
        assertEquals(3, items.size());
        assertTrue(p.normalized().substring(items.get(2)[0], items.get(2)[1]).startsWith("三是加强作风建设"));
        assertEquals(1, VaguePlanRule.items(analyze("2024年6月底前由我牵头修订办法。")).size());
    }

    @Test
    void topicsOfAProblemAndAPlan() {
        var topics = ProblemTopics.standard().of(analyze("三是发展党员质量把关不够严，有3名预备党员缺席组织生活。"));
        assertTrue(topics.containsKey("发展党员"), topics.toString());
        // 特色 inside 中国特色社会主义 names no topic
        assertFalse(ProblemTopics.standard().of(analyze("深入学习习近平新时代中国特色社会主义思想。")).containsKey("创新特色"));
    }
}
