package org.shuzhi.review;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetaMatchTest {
    @Test
    void unitsAsTheArchiveFilesThem() {
        assertTrue(MetaMatch.sameUnit("中共桥头小学总支部委员会", "桥头小学党总支"));
        assertTrue(MetaMatch.sameUnit("燕溪县人民医院党委", "燕溪县人民医院委员会"));
        assertTrue(MetaMatch.sameUnit("城投（集团）有限公司党委", "城投(集团)有限公司党委"));
        assertTrue(MetaMatch.sameUnit("東門里社區黨支部", "东门里社区党支部"));
    }

    @Test
    void aFullerNameOfTheSameInstitutionMatches() {
        assertTrue(MetaMatch.sameUnit("临江区北关中学党支部", "北关中学党支部"));
        assertTrue(MetaMatch.sameUnit("县疾控中心党支部", "县疾病预防控制中心党支部"));
        assertTrue(MetaMatch.sameUnit("省农科院作物所党支部", "作物研究所党支部"));
    }

    @Test
    void aFragmentOrAnotherLevelDoesNot() {
        assertFalse(MetaMatch.sameUnit("区公安分局机关第三党支部", "第三党支部"));
        assertFalse(MetaMatch.sameUnit("市第二人民医院护理党支部", "护理党支部"));
        assertFalse(MetaMatch.sameUnit("北关中学党支部", "北关中学党总支"));
        assertFalse(MetaMatch.sameUnit("红旗村党支部", "红旗社区党支部"));
    }

    @Test
    void notGivenMatchesOnlyNull() {
        assertTrue(MetaMatch.sameUnit(null, null));
        assertFalse(MetaMatch.sameUnit(null, "居）党组织"));
        assertFalse(MetaMatch.sameRole("党支部书记", null));
        assertTrue(MetaMatch.sameName(null, null));
        assertTrue(MetaMatch.sameYear(null, null));
    }

    @Test
    void rolesAsProfilesMatchThem() {
        assertTrue(MetaMatch.sameRole("在职党支部书记", "党支部书记"));
        assertTrue(MetaMatch.sameRole("党委书记", "机关党委书记"));
        assertFalse(MetaMatch.sameRole("二级党组织书记", "党委书记"));
        assertFalse(MetaMatch.sameRole("党委书记", "党支部书记"));
    }

    @Test
    void namesAsWritten() {
        assertTrue(MetaMatch.sameName("王强", "王 强"));
        assertTrue(MetaMatch.sameName("鄭國華", "郑国华"));
        assertTrue(MetaMatch.sameName("张ＸＸ", "张XX"));
        assertFalse(MetaMatch.sameName("张XX", "张某"));
    }
}
