package org.shuzhi.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MetadataExtractorTest {
    private static ReportMeta meta(String text) {
        return MetadataExtractor.extract(Report.fromText("t.txt", text));
    }

    @Test
    void titleAndByline() {
        ReportMeta m = meta("2023年度抓基层党建工作述职报告\n城东小学党支部书记 王丽华\n一、履职主要情况\n我主持支委会12次。");
        assertEquals(new ReportMeta("城东小学党支部", 2023, "党支部书记"), m);
    }

    @Test
    void unitInTitleAndCommitteePrefixStripped() {
        ReportMeta m = meta("中共锦绣社区委员会书记2022年抓基层党建工作述职报告\n李强\n现将述职如下。");
        assertEquals("锦绣社区委员会", m.unit());
        assertEquals(2022, m.year());
        assertEquals("党委书记", m.role());
    }

    @Test
    void yearFromClosingDateInTheNextJanuary() {
        ReportMeta m = meta("述职报告\n汇报人：柳溪村党总支书记 陈国富\n今年我们村发展党员2名。\n2024年1月8日");
        assertEquals(2023, m.year());
        assertEquals("柳溪村党总支", m.unit());
        assertEquals("党总支书记", m.role());
    }

    @Test
    void overridesWin() {
        ReportMeta m = meta("2021年度述职报告\n某某支部书记 张三").overriddenBy(new ReportMeta("城东小学党支部", 2020, null));
        assertEquals(2020, m.year());
        assertEquals("城东小学党支部", m.unit());
        assertEquals("党支部书记", m.role());
    }

    @Test
    void bracketsInTheUnitAreWrittenFullWidth() {
        ReportMeta m = MetadataExtractor.extract(java.util.List.of("2023年度述职报告", "城投(集团)有限公司党委书记 孙立"));
        assertEquals(new ReportMeta("城投（集团）有限公司党委", 2023, "党委书记"), m);
    }
}
