package org.shuzhi.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Titles, bylines and closing lines in the shapes real reports have; every text written for this test. */
class MetadataExtractorTest {
    private static ReportMeta meta(String text) {
        return MetadataExtractor.extract(Report.fromText("t.txt", text));
    }

    @Test
    void titleAndByline() {
        ReportMeta m = meta("2023年度抓基层党建工作述职报告\n城东小学党支部书记 王丽华\n一、履职主要情况\n我主持支委会12次。");
        assertEquals(new ReportMeta("城东小学党支部", 2023, "党支部书记", "王丽华"), m);
    }

    @Test
    void unitInTitleAndCommitteePrefixStripped() {
        ReportMeta m = meta("中共锦绣社区委员会书记2022年抓基层党建工作述职报告\n李强\n现将述职如下。");
        assertEquals(new ReportMeta("锦绣社区委员会", 2022, "党委书记", "李强"), m);
    }

    @Test
    void yearFromClosingDateInTheNextJanuary() {
        ReportMeta m = meta("述职报告\n汇报人：柳溪村党总支书记 陈国富\n今年我们村发展党员2名。\n2024年1月8日");
        assertEquals(2023, m.year());
        assertEquals("柳溪村党总支", m.unit());
        assertEquals("党总支书记", m.role());
        assertEquals("陈国富", m.name());
    }

    @Test
    void overridesWin() {
        ReportMeta m = meta("2021年度述职报告\n某某支部书记 张三").overriddenBy(new ReportMeta("城东小学党支部", 2020, null));
        assertEquals(2020, m.year());
        assertEquals("城东小学党支部", m.unit());
        assertEquals("党支部书记", m.role());
        assertEquals("张三", m.name());
    }

    @Test
    void bracketsInTheUnitAreWrittenFullWidth() {
        ReportMeta m = MetadataExtractor.extract(List.of("2023年度述职报告", "城投(集团)有限公司党委书记 孙立"));
        assertEquals(new ReportMeta("城投（集团）有限公司党委", 2023, "党委书记", "孙立"), m);
    }

    @Test
    void theTitlesOwnRoleWins() {
        // the role used to default to 党支部书记 whenever the byline named no organisation
        ReportMeta m = meta("2021年度党委书记抓基层党建工作述职报告\n白沙镇 周云飞\n一年来，我认真履行第一责任人职责。");
        assertEquals("党委书记", m.role());
        assertNull(m.unit());
        assertEquals(2021, m.year());
        ReportMeta branch = meta("2022年度党总支书记抓党建述职报告\n述职人：吴海波\n各位领导：");
        assertEquals("党总支书记", branch.role());
        assertEquals("吴海波", branch.name());
    }

    @Test
    void rolesAsTitlesWriteThem() {
        assertEquals("党组书记", meta("市统计局党组书记2020年度抓基层党建工作述职报告").role());
        assertEquals("党工委书记", meta("东湖街道党工委书记2023年度抓基层党建工作述职报告").role());
        assertEquals("二级党组织书记", meta("2023年度二级党组织书记抓党建工作述职报告\n述职人：钱文").role());
        assertEquals("在职党支部书记", meta("2023年度土壤研究所在职党支部书记述职报告").role());
        assertEquals("机关党委书记", meta("中共市水利局机关委员会书记2022年度述职报告").role());
        assertEquals("党委副书记", meta("青山镇党委副书记2022年度述职报告").role());
        ReportMeta village = meta("中共石桥村总支部委员会书记2021年度抓基层党建工作述职报告");
        assertEquals("石桥村总支部委员会", village.unit());
        assertEquals("党总支书记", village.role());
    }

    @Test
    void aFacultysCommitteeInAUniversityIsASecondLevelOrganisation() {
        ReportMeta faculty = meta("东江理工大学化学化工学院党委书记2022年度抓基层党建工作述职报告\n化学化工学院党委书记 蒋文博");
        assertEquals("东江理工大学化学化工学院党委", faculty.unit());
        assertEquals("二级党组织书记", faculty.role());
        assertEquals("蒋文博", faculty.name());
        // a college that is an institution of its own keeps its committee's role
        assertEquals("党委书记", meta("南川职业技术学院党委书记2022年度述职报告").role());
        // the faculty named without its university: the text names the university's committee above it
        ReportMeta named = meta("外国语学院党委书记2023年度述职报告\n按照学校党委的部署，现将本人履职情况报告如下。");
        assertEquals("二级党组织书记", named.role());
    }

    @Test
    void yearsWithout年AndInChineseNumerals() {
        assertEquals(2018, meta("2018抓基层党建工作述职报告\n芙蓉镇党委书记 胡斌").year());
        assertEquals(2023, meta("二〇二三年度抓基层党建工作述职报告\n河口村党支部书记 包志强").year());
        assertEquals(2022, meta("二零二二年党支部书记述职报告").year());
        // a measure word after four digits is no year
        assertNull(ReportYears.ofTitle("党支部书记述职报告（1998字）"));
    }

    @Test
    void yearFromTheBylineOrTheClosingDate() {
        assertEquals(2021, meta("卫生院党支部书记述职报告\n（2021年度）\n卫生院党支部书记、院长 韦光华").year());
        assertEquals(2023, meta("述职报告\n述职人：王海 2023年12月\n一、履职情况").year());
        // from January to March the report is about the year before; from April on, about the same year
        assertEquals(2023, meta("党支部书记述职报告\n一、履职情况\n我全年讲党课2次。\n赵文华\n二〇二四年一月十日").year());
        assertEquals(2023, meta("党支部书记述职报告\n一、履职情况\n我全年讲党课2次。\n2023年12月28日").year());
    }

    @Test
    void aSpeechOrNewsAboutTheMeetingNamesNoWriter() {
        ReportMeta speech = meta("在青山县2023年度党组织书记述职评议会上的点评讲话\n同志们：\n刚才，五位书记作了述职。");
        assertNull(speech.unit());
        assertNull(speech.role());
        assertEquals(2023, speech.year());
        ReportMeta news = meta("白沙镇召开2023年度村党组织书记抓基层党建述职评议会\n2月5日，白沙镇召开述职评议会。");
        assertNull(news.unit());
        assertNull(news.role());
    }

    @Test
    void aTableAtTheHeadWithLabelsInCellsOfTheirOwn() {
        // a .docx whose byline is a table: each cell is a paragraph
        ReportMeta m = meta("2023年度抓基层党建工作述职报告\n单位\n石桥社区党委\n姓名\n梁秀英\n职务\n党委书记、居委会主任\n一、履职情况");
        assertEquals(new ReportMeta("石桥社区党委", 2023, "党委书记", "梁秀英"), m);
    }

    @Test
    void aMaskedNameInTheTitleAndADateInFigures() {
        ReportMeta m = meta("东风村党支部书记XXX述职报告\n一、履职情况\n我全年讲党课2次。\n2024.1.12");
        assertEquals("XXX", m.name());
        assertEquals(2023, m.year());
    }

    @Test
    void aUnitIsNeverAFragment() {
        // "村（居）" names no unit, and the open bracket must not leave "居）党组织"
        ReportMeta m = meta("2022年度村（居）党组织书记抓基层党建工作述职报告\n述职人：XXX\n一、主要工作");
        assertNull(m.unit());
        assertNull(m.role());
        assertEquals("XXX", m.name());
        // an ordinal alone is a fragment of the title's unit: the title wins
        ReportMeta ordinal = meta("县税务局机关第二党支部书记2023年度述职报告\n第二党支部书记 李娜");
        assertEquals("县税务局机关第二党支部", ordinal.unit());
        // and the byline's fuller name wins over the title's fragment
        ReportMeta fuller = meta("第二党支部书记2023年度述职报告\n县税务局机关第二党支部书记 李娜");
        assertEquals("县税务局机关第二党支部", fuller.unit());
        assertNull(meta("2023年度本支部书记述职报告").unit());
        // a speech at the meeting: "在……会上的点评讲话" names no unit
        assertNull(meta("在2023年度村党组织书记述职评议会上的点评讲话\n同志们：").unit());
    }

    @Test
    void pageDebrisAboveTheTitleIsSkipped() {
        ReportMeta m = meta("资源描述：党支部书记述职报告范文\n篇1\n平安社区党支部书记2023年度抓基层党建工作述职报告\n"
                + "平安社区党支部书记 孔令华\n一、履职情况");
        assertEquals(new ReportMeta("平安社区党支部", 2023, "党支部书记", "孔令华"), m);
        ReportMeta page = meta("村党支部书记述职报告（精选6篇）\n时间：2022-05-14 09:10\n述职报告\n各位领导：");
        assertNull(page.unit());
        assertNull(page.role());
        assertNull(page.year());
    }

    @Test
    void aReportNumberedByItsPageKeepsItsTitle() {
        ReportMeta m = meta("党支部书记述职报告3篇\n篇一：金沙社区党支部书记2022年度述职报告\n述职人：韦丽萍同志\n"
                + "一、履职情况\n我全年讲党课2次。\n二〇二三年元月六日");
        assertEquals(new ReportMeta("金沙社区党支部", 2022, "党支部书记", "韦丽萍"), m);
        ReportMeta dated = meta("党支部书记述职报告\n一、履职情况\n我全年讲党课2次。\n柳志坚 二〇二四年元月八日");
        assertEquals(2023, dated.year());
        assertEquals("柳志坚", dated.name());
    }

    @Test
    void namesWhereBylinesPutThem() {
        assertEquals("贺雯", meta("物理学院第二党支部书记述职报告（2022年度）\n述职人：支部书记、辅导员 贺雯").name());
        assertEquals("严俊峰", meta("气象局党支部2025年度书记抓党建述职报告\n述职人：严俊峰（局长、党支部书记）").name());
        assertEquals("张XX", meta("2023年度述职报告\n述职人：张XX\n一、履职情况").name());
        assertEquals("***", meta("2023年度述职报告\n和平社区党委书记、居委会主任 ***\n一、履职情况").name());
        assertEquals("王强", meta("2023年度述职报告\n述职人：王　强\n一、履职情况").name());
        assertEquals("李卫国", meta("青石镇党委书记李卫国2022年度抓基层党建工作述职报告").name());
        assertEquals("程立新", meta("2022年度述职报告\n程立新（局党组成员、机关党委书记）").name());
        // a title word after the role is no name
        assertEquals("周建明", meta("2021年度党委书记抓基层党建工作述职报告\n市城投集团党委书记、董事长 周建明").name());
    }

    @Test
    void nameOnALineOfItsOwnBeforeTheClosingDate() {
        ReportMeta m = meta("2023年度抓基层党建工作述职报告\n一、履职情况\n我全年主持支委会12次。\n以上报告，请审议。\n"
                + "谢谢！\n西岭村党支部\n赵文华\n2024年1月10日");
        assertEquals("赵文华", m.name());
        assertEquals("西岭村党支部", m.unit());
        assertEquals("党支部书记", m.role());
    }

    @Test
    void anOpeningSentenceThatIntroducesTheWriter() {
        ReportMeta m = meta("各位领导、各位党员同志：\n我是恒通物流公司党支部书记刘海峰，在公司分管行政和人力资源。下面，我把一年来抓党建的情况汇报如下。");
        assertEquals("恒通物流公司党支部", m.unit());
        assertEquals("党支部书记", m.role());
        assertEquals("刘海峰", m.name());
        assertEquals("***", meta("各位领导：\n我叫***，今年43岁，现任***村党支部书记。").name());
    }

    @Test
    void nothingToReadIsNull() {
        ReportMeta m = meta("述职报告\n各位领导、同志们：\n一年来，我们认真落实上级部署，各项工作取得新成效。");
        assertEquals(ReportMeta.UNKNOWN, m);
    }

    @Test
    void wordsThatAreNoNames() {
        for (String s : List.of("谢谢", "党委书记", "董事长", "敬礼", "同志们", "高度重视工作")) {
            assertEquals(false, PersonNames.isName(s), s);
        }
        for (String s : List.of("李强", "欧阳明月", "张XX", "***", "王某", "阿依古丽·买买提")) {
            assertEquals(true, PersonNames.isName(s), s);
        }
    }
}
