package org.shuzhi.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnitKeyTest {
    @Test
    void spellingsOfOneBranchShareAKey() {
        assertEquals("城东小学党支部", UnitKey.of("城东小学党支部"));
        assertEquals("城东小学党支部", UnitKey.of("城东小学支部"));
        assertEquals("城东小学党支部", UnitKey.of("中共城东小学支部委员会"));
        assertEquals("青石镇中学党总支", UnitKey.of("中共青石镇中学总支委员会"));
        assertEquals("市财政局机关党委", UnitKey.of("中共市财政局机关委员会"));
        assertEquals("城东小学党支部", UnitKey.of(" 城东小学 党支部 "));
    }

    @Test
    void levelsAndOtherUnitsStayApart() {
        assertFalse(UnitKey.of("青石镇中学党总支").equals(UnitKey.of("青石镇中学党支部")));
        assertFalse(UnitKey.sameUnit(UnitKey.of("城东小学党支部"), UnitKey.of("城西小学党支部")));
        assertFalse(UnitKey.sameUnit(UnitKey.of("市律协党支部"), UnitKey.of("市律师协会党委")));
    }

    @Test
    void abbreviationsMatchTheFullName() {
        assertTrue(UnitKey.sameUnit(UnitKey.of("市律协党支部"), UnitKey.of("市律师协会党支部")));
        assertTrue(UnitKey.sameUnit(UnitKey.of("县人民医院内科党支部"), UnitKey.of("松岭县人民医院内科支部委员会")));
        assertTrue(UnitKey.sameUnit(UnitKey.of("校图书馆党总支"), UnitKey.of("江州理工大学图书馆党总支")));
        // institution words in their short forms: 研究所 → 所, 科学院 → 科院, 委员会 → 委
        assertTrue(UnitKey.sameUnit(UnitKey.of("水稻研究所党支部"), UnitKey.of("省农业科学院水稻所党支部")));
        assertTrue(UnitKey.sameUnit(UnitKey.of("市发展和改革委员会机关党委"), UnitKey.of("市发改委机关党委")));
        assertFalse(UnitKey.sameUnit(UnitKey.of("水稻研究所党支部"), UnitKey.of("省农科院小麦所党支部")));
    }
}
