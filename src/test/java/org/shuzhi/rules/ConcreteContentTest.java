package org.shuzhi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shuzhi.document.Paragraph;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.ReportAnalyzer;

/** What counts as concrete content of an achievement, kind by kind. */
class ConcreteContentTest {
    private static Map<String, List<String>> of(String text) {
        Report r = new Report("t", List.of(new Paragraph(0, text, false)));
        AnalyzedParagraph p = ReportAnalyzer.analyze(r, new ReportMeta(null, null, null)).paragraphs().get(0);
        return ConcreteContent.of(p);
    }

    @Test
    void datesAreConcreteButNotRoutinesOrSuperiorsDeployments() {
        assertEquals(List.of("7月1日"), of("7月1日，我带领党员到纪念馆重温入党誓词。").get("dates"));
        assertEquals(List.of("春节前"), of("春节前，支部走访了全村的老党员。").get("dates"));
        assertFalse(of("支部坚持每月开展主题党日，在春节、七一期间走访老党员。").containsKey("dates"));
        assertFalse(of("9月镇党委部署主题教育以后，支部按要求开展了学习。").containsKey("dates"));
        assertFalse(of("我推行“一月一专题”的学习办法。").containsKey("dates"));
    }

    @Test
    void honoursNeedANameOrAGiverNotMerePraise() {
        assertTrue(of("支部年底被评为市级先进基层党组织。").containsKey("honours"));
        assertTrue(of("支部的做法得到区教育局通报表扬。").containsKey("honours"));
        assertTrue(of("我指导的党员教师在全区课堂教学比赛中获一等奖。").containsKey("honours"));
        assertFalse(of("支部工作得到了上级的充分肯定，受到群众好评。").containsKey("honours"));
    }

    @Test
    void anActivityOfTheUnitsOwnIsAnEventAStockCampaignOrAKeptUpBrandIsNot() {
        assertTrue(of("我们在公众号开设“红烛故事”专栏，推送党员教师的事迹。").containsKey("events"));
        assertTrue(of("我园开展了“童心向党”主题系列活动。").containsKey("events"));
        assertFalse(of("支部持续深化“锦绣红”志愿服务品牌，广泛动员党员参与。").containsKey("events"));
        assertFalse(of("支部开展了“我为群众办实事”实践活动。").containsKey("events"));
        assertFalse(of("确保了“停课不停学、停课不停教”。").containsKey("events"));
    }

    @Test
    void placeholdersAreToldApartFromFigures() {
        Map<String, List<String>> c = of("全年召开支委会X次、党员大会XX次。");
        assertFalse(c.containsKey("figures"));
        assertTrue(c.containsKey("placeholders"));
        assertEquals(List.of("12次"), of("全年召开支委会12次。").get("figures"));
    }

    @Test
    void aNumberedHeadingOrAYearIsNoFigure() {
        assertFalse(of("10.加强阵地建设。2023年支部完善了活动室的功能。").containsKey("figures"));
    }

    @Test
    void aNameThatEndsLikeAnInstitutionIsNoPerson() {
        assertFalse(of("学院党委坚持好干部标准，选优配强学院中层干部队伍。").containsKey("names"));
    }
}
