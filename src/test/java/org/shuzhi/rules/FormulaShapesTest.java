package org.shuzhi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuzhi.document.Paragraph;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.ReportAnalyzer;

/** Formulas found by their shape (parallel chains, idioms, verb + 新 + noun), not by a list. */
class FormulaShapesTest {
    private static AnalyzedParagraph analyze(String text) {
        Report r = new Report("t", List.of(new Paragraph(0, text, false)));
        return ReportAnalyzer.analyze(r, new ReportMeta(null, null, null)).paragraphs().get(0);
    }

    private static List<String> chains(String text) {
        return TermMatcher.terms(FormulaShapes.chains(analyze(text), 0));
    }

    @Test
    void itemsSharingAWordAtTheSamePlaceAreAChainAndTheLeadingClauseGivesItsTail() {
        assertEquals(List.of("以学促干", "以干验学", "以考促改"), chains("坚持以学促干、以干验学、以考促改，推动工作落实。"));
    }

    @Test
    void itemsOpeningWithVerbsAreAChain() {
        assertEquals(List.of("迎盛会", "铸忠诚", "强担当", "创业绩"), chains("围绕“迎盛会、铸忠诚、强担当、创业绩”主题开展活动。"));
    }

    @Test
    void aClauseLeadingIntoAChainGivesItsTailWhenOnlyASubjectOrAdverbialPrecedesIt() {
        assertEquals(List.of("奋进新征程", "建功新时代"), chains("全体党员以昂扬姿态奋进新征程、建功新时代。"));
        // after 实现 the pair is the object of one goal, not a chain of slogans
        assertEquals(List.of(), chains("努力实现党建工作与中心工作同频共振、互促共进。"));
    }

    @Test
    void aListOfThingsIsNoChain() {
        assertEquals(List.of(), chains("通过主题党日、专题讲座等形式组织学习。"));
    }

    @Test
    void itemsSharingANounListThingsAndAreNoChain() {
        assertEquals(List.of(), chains("通过专题学习、专题党课、专题研讨等形式推进学习。"));
    }

    @Test
    void longerItemsEndingInTheSameWordAreAChain() {
        assertEquals(List.of("组织领导到位", "宣传发动到位", "隐患排查到位", "整改落实到位"),
                chains("支部做到组织领导到位、宣传发动到位、隐患排查到位、整改落实到位。"));
        // two long items are a pair of particulars, not a string of slogans
        assertEquals(List.of(), chains("我们做到了责任分工到位、经费保障到位。"));
    }

    @Test
    void particularJobsWithTwoCharacterVerbsAreNoChainUnlessOneIsASloganWithNew() {
        assertEquals(List.of(), chains("支部组织党员清扫街巷、修剪绿篱、粉刷围墙，改善了小区环境。"));
        assertEquals(List.of("喜庆二十年", "奋进新征程"), chains("全厂上下喜庆二十年、奋进新征程，干劲十足。"));
    }

    @Test
    void itemsOfUnequalLengthOrWithFiguresAreNoChain() {
        assertEquals(List.of(), chains("我带着党员修补围栏、疏通下水管道，帮老住户解决积水问题。"));
        assertEquals(List.of(), chains("支部组织培训3次、走访12户，效果明显。"));
    }

    @Test
    void idiomsAreTakenFromTheDictionarysTagsAndShortOnesAreLeftOut() {
        List<String> idioms = TermMatcher.terms(FormulaShapes.idioms(analyze("党员同心协力、迎难而上，面对面听取群众意见。"), 0));
        assertTrue(idioms.contains("同心协力") && idioms.contains("迎难而上"), idioms.toString());
        assertTrue(!idioms.contains("面对面"), idioms.toString());
    }

    @Test
    void aVerbWithNewAndANounClosingItsClauseIsASlogan() {
        assertEquals(List.of("奋进新征程"), TermMatcher.terms(FormulaShapes.newSlogans(analyze("全体党员以昂扬姿态奋进新征程。"), 0)));
        assertEquals(List.of(), TermMatcher.terms(FormulaShapes.newSlogans(analyze("今年支部为活动室购置了新桌椅。"), 0)));
    }
}
