package org.shuzhi.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuzhi.document.Part;

class AlignmentTest {
    /** Gold rows from their first characters, as labels/ID.tsv's third column holds them. */
    private static List<GoldParagraph> gold(String... prefixes) {
        List<GoldParagraph> out = new ArrayList<>();
        for (int i = 0; i < prefixes.length; i++) out.add(new GoldParagraph(i, Part.OTHER, false, prefixes[i], null));
        return out;
    }

    @Test
    void oneRowPerParagraphIsTheIdentity() {
        Alignment a = Alignment.of(gold("2023年度述职报告", "城东小学党支部书记 王", "我全年主持支委会12"),
                List.of("2023年度述职报告", "城东小学党支部书记 王丽华", "我全年主持支委会12次。"));
        assertTrue(a.identity());
        assertEquals(List.of(), a.failures());
    }

    @Test
    void rowsRunTogetherOnOneLineShareItsParagraph() {
        // the annotator's rows 1 and 2 stand on one line separated by spaces, and the product did not split it
        Alignment a = Alignment.of(gold("一、履职情况", "我全年主持支委会10", "支部高度重视党建阵地", "二、存在的问题"),
                List.of("一、履职情况", "我全年主持支委会10次。   支部高度重视党建阵地建设。", "二、存在的问题"));
        assertEquals(List.of(0, 1, 1, 2), List.of(a.product(0), a.product(1), a.product(2), a.product(3)));
        assertEquals(Alignment.Match.INSIDE, a.match(2));
        assertEquals(List.of(1, 2), a.golds(1));
        assertEquals(1, a.inside());
        assertFalse(a.identity());
    }

    @Test
    void aParagraphTheProductSplitOffContinuesTheRowBeforeIt() {
        Alignment a = Alignment.of(gold("一、履职情况", "我全年主持支委会10", "二、存在的问题"),
                List.of("一、履职情况", "我全年主持支委会10次。", "支部高度重视党建阵地建设。", "二、存在的问题"));
        assertEquals(1, a.product(1));
        assertEquals(3, a.product(2));
        assertEquals(1, a.owner(2));
        assertEquals(1, a.unclaimed());
    }

    @Test
    void debrisAndTableCellsAreRowsLikeAnyOther() {
        Alignment a = Alignment.of(gold("篇1", "述职报告", "问题", "整改措施", "联系退休党员不经常"),
                List.of("篇1", "述职报告", "问题", "整改措施", "联系退休党员不经常"));
        assertTrue(a.identity());
    }

    @Test
    void aRowNotFoundIsAFailureAndTheOthersStillAlign() {
        Alignment a = Alignment.of(gold("述职报告", "这一行不在报告里", "我全年主持支委会"),
                List.of("述职报告", "我全年主持支委会12次。"));
        assertEquals(List.of(1), a.failures());
        assertEquals(-1, a.product(1));
        assertEquals(1, a.product(2));
    }

    @Test
    void whiteSpaceAndCompatibilityCharactersAreIgnored() {
        // a PDF printed by a browser gives Kangxi radicals (⼀ U+2F00) where the annotator typed 一
        Alignment a = Alignment.of(gold("一、履职情况", "第 一 方 面"), List.of("⼀、履职情况", "第一方面 述责任"));
        assertTrue(a.identity());
    }

    @Test
    void aParagraphBeforeTheFirstRowHasNoOwner() {
        Alignment a = Alignment.of(gold("述职报告"), List.of("资源描述：述职报告范文", "述职报告"));
        assertEquals(1, a.product(0));
        assertNull(a.owner(0));
        assertEquals(0, a.owner(1));
    }

    @Test
    void rowsWithoutCharactersFallBackToTheirIndexWhenTheCountsAgree() {
        Alignment a = Alignment.of(gold("", ""), List.of("述职报告", "我全年主持支委会12次。"));
        assertTrue(a.identity());
        assertEquals(List.of(), a.failures());
    }
}
