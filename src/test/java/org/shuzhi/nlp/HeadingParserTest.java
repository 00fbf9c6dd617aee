package org.shuzhi.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shuzhi.document.Part;

class HeadingParserTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "一、履职主要情况|1|ACHIEVEMENT",
            "二、存在的问题及原因分析|1|PROBLEM",
            "三、下一步工作打算|1|PLAN",
            "（一）今后努力方向|2|PLAN",
            "第二部分 挖问题|1|PROBLEM",
            "1.谈打算|3|PLAN",
            "（2）短板不足|4|PROBLEM",
            "四、上年度问题整改落实情况|1|ACHIEVEMENT",
            "存在的问题|1|PROBLEM",
            "下一步工作思路|1|PLAN",
            "一、基本情况|1|OTHER",
            "二、述责任|1|ACHIEVEMENT",
            // odd headings seen in real reports
            "一、2022年工作开展情况|1|ACHIEVEMENT",
            "三、2024年工作打算|1|PLAN",
            "一、今年我干了些什么|1|ACHIEVEMENT",
            "二、哪些地方还没做好|1|PROBLEM",
            "三、来年怎么办|1|PLAN",
            "（三）明年工作怎么干|2|PLAN",
            "二、存 在 问 题|1|PROBLEM",
            "三、下​一步打算|1|PLAN",
            // wordings of real reports the cue words of old missed
            "二、对标检视|1|PROBLEM",
            "三、精准施策|1|PLAN",
            "（三）下步打算|2|PLAN",
            "二、主要举措及成效|1|ACHIEVEMENT",
            "对标检视|1|PROBLEM",
            // traditional characters, as text copied from some sites comes
            "二、存在的問題及原因分析|1|PROBLEM",
            "三、精準施策|1|PLAN",
            "一、履職盡責情況|1|ACHIEVEMENT",
            "下一步工作打算|1|PLAN",
    })
    void numberedAndUnnumberedPartHeadings(String text, int level, Part part) {
        Heading h = HeadingParser.parse(TextNormalizer.normalize(text));
        assertEquals(level, h.level(), text);
        assertEquals(part, h.part(), text);
        assertTrue(!h.inline(text.length()), text);
    }

    @Test
    void headingAndContentOnOneLine() {
        String text = "一是聚焦主责主业，压实责任链条。我全年主持支委会12次，专题研究党建工作4次。";
        Heading h = HeadingParser.parse(TextNormalizer.normalize(text));
        assertEquals(5, h.level());
        assertTrue(h.inline(text.length()));
        assertEquals("我全年主持支委会12次，专题研究党建工作4次。", text.substring(h.contentStart()));
    }

    @Test
    void numberedSentencesAreContentNotHeadings() {
        for (String text : new String[] {"一是进一步加强理论学习。", "2.由我牵头修订三会一课制度。", "（1）每季度开展一次专题学习。"}) {
            Heading h = HeadingParser.parse(TextNormalizer.normalize(text));
            assertTrue(h.inline(text.length()), text);
            assertNull(h.part(), text);
        }
    }

    @Test
    void numberedInlineLeadPhrase() {
        String text = "（三）夯实基础，激活动力。2023年新发展党员3名，转正预备党员2名。";
        Heading h = HeadingParser.parse(TextNormalizer.normalize(text));
        assertEquals(2, h.level());
        assertEquals("夯实基础,激活动力", h.title(), "titles are normalised text");
        assertTrue(text.substring(h.contentStart()).startsWith("2023年"));
    }

    @Test
    void sloganHeadingAndPlainContent() {
        Heading slogan = HeadingParser.parse("让堡垒“强”起来");
        assertEquals(0, slogan.level());
        assertNull(slogan.part());
        assertNull(HeadingParser.parse("我全年主持支委会12次，讲专题党课3次，带头联系2个教研组。"));
        assertNull(HeadingParser.parse("第一责任人职责落实不够到位，督促检查偏少。"));
        assertNull(HeadingParser.parse("2023年度抓基层党建工作述职报告"));
        assertNull(HeadingParser.parse("城东小学党支部书记 王丽华"));
    }

    /**
     * Every wording of the data file names its block's part: as a bare wording, numbered at the two outer
     * levels, and in traditional characters. A wording that another block's cue word takes over fails here.
     */
    @Test
    void everyPartWordingOfTheDataFileNamesItsPart() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (PartHeadings.Block b : PartHeadings.blocks()) {
            List<String> wordings = new ArrayList<>(b.contains());
            wordings.addAll(b.starts());
            wordings.addAll(b.examples());
            for (String w : wordings) {
                String traditional = HanLP.convertToTraditionalChinese(w);
                for (String form : List.of(w, traditional)) {
                    checked++;
                    Part bare = HeadingParser.partOf(TextNormalizer.normalize(form));
                    if (bare != b.part()) failures.add(form + " → " + bare + " (block " + b.about() + ")");
                    for (String numbered : List.of("一、" + form, "（二）" + form)) {
                        Heading h = HeadingParser.parse(TextNormalizer.normalize(numbered));
                        if (h == null || h.part() != b.part() || h.inline(numbered.length())) {
                            failures.add(numbered + " → " + (h == null ? "no heading" : h.part() + " level " + h.level()));
                        }
                    }
                }
            }
        }
        assertTrue(checked > 200, "the data file lost its wordings: " + checked);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void slogansWithACueWordOfTheirOwnNameNoPart() {
        for (String slogan : new String[] {"对标一流，争创先进", "让党旗在一线高高飘扬", "共学共建，让支部“强”起来", "党建品牌建设"}) {
            assertNull(HeadingParser.partOf(slogan), slogan);
        }
    }

    @Test
    void unnumberedSloganAndTopicalHeadings() {
        for (String line : new String[] {"共学共建，让支部“强”起来", "党建品牌建设", "共议共融 让群众心气“凝”起来", "组织建设"}) {
            Heading h = HeadingParser.parse(TextNormalizer.normalize(line));
            assertEquals(0, h.level(), line);
            assertTrue(HeadingParser.isSlogan(TextNormalizer.normalize(line)), line);
        }
        // short lines at the top that are no slogans: name, byline, unit, salutation
        for (String line : new String[] {"黄静怡", "城东小学 王丽华", "桃源村党支部", "各位领导、同志们：", "汇报人：沈慧敏", "二〇二三年十二月"}) {
            assertTrue(!HeadingParser.isSlogan(TextNormalizer.normalize(line)), line);
        }
        // a figure makes a short unpunctuated line a statement that lost its full stop
        assertNull(HeadingParser.parse("全年发展党员3名"));
    }
}
