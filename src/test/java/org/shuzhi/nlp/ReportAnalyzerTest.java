package org.shuzhi.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuzhi.document.Part;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;

class ReportAnalyzerTest {
    private static AnalyzedReport analyze(String text) {
        return ReportAnalyzer.analyze(Report.fromText("t.txt", text), ReportMeta.UNKNOWN);
    }

    private static List<Part> sections(AnalyzedReport r) {
        return r.paragraphs().stream().map(AnalyzedParagraph::section).toList();
    }

    @Test
    void sectionsFollowTopLevelHeadingsOnly() {
        AnalyzedReport r = analyze(String.join("\n",
                "2023年度抓基层党建工作述职报告",
                "一、履职主要情况",
                "（一）以问题为导向抓整改",
                "我牵头整改问题5项。",
                "二、存在的问题及原因分析",
                "理论学习不够系统。",
                "三、下一步工作打算",
                "2024年6月底前由我牵头修订制度。",
                "以上述职，请予评议。"));
        assertEquals(List.of(Part.OTHER, Part.ACHIEVEMENT, Part.ACHIEVEMENT, Part.ACHIEVEMENT, Part.PROBLEM,
                Part.PROBLEM, Part.PLAN, Part.PLAN, Part.PLAN), sections(r));
    }

    @Test
    void reportWithoutHeadingsIsAllOther() {
        AnalyzedReport r = analyze("今年我主持支委会12次，讲党课3次。\n我对理论学习抓得不够紧。\n明年3月底前我带头完成轮训。");
        assertEquals(List.of(Part.OTHER, Part.OTHER, Part.OTHER), sections(r));
    }

    @Test
    void normalisationKeepsOffsetsAndOriginalText() {
        String original = "１２月我主持黨員大會３次，ＡＢ　組。";
        AnalyzedReport r = analyze(original);
        AnalyzedParagraph p = r.paragraphs().get(0);
        assertEquals(original, p.text());
        assertEquals(original.length(), p.normalized().length());
        assertEquals("12月我主持党员大会3次,AB 组。", p.normalized());
        for (Token t : p.tokens()) assertEquals(t.word(), p.normalized().substring(t.start(), t.end()));
    }

    @Test
    void domainTermsStayWholeWithPartOfSpeech() {
        AnalyzedParagraph p = analyze("我严格落实三会一课制度，履行第一责任人职责和一岗双责，每月开展主题党日。").paragraphs().get(0);
        List<String> words = p.tokens().stream().map(Token::word).toList();
        assertTrue(words.containsAll(List.of("三会一课", "第一责任人", "一岗双责", "主题党日")), words.toString());
        assertEquals("rr", p.tokens().get(0).pos());
    }

    @Test
    void sentencesAndCharacterCounting() {
        // one blank after the ！: two or more would be a paragraph break (see runTogetherParagraphsAreSplit)
        AnalyzedReport r = analyze("我主持支委会12次。讲党课 3 次！ 明年继续“抓落实”。");
        AnalyzedParagraph p = r.paragraphs().get(0);
        assertEquals(3, p.sentences().size());
        assertEquals("明年继续“抓落实”。", p.sentences().get(2).text());
        assertEquals(TextNormalizer.countChars("我主持支委会12次。讲党课3次！明年继续“抓落实”。"), r.chars());
        assertEquals(26, r.chars());
    }

    @Test
    void aLongParagraphIsSegmentedInPiecesWithOffsetsIntoTheOriginal() {
        // over Segmenter.CHUNK_CHARS, so HanLP sees it in pieces; the tokens must still tile the original
        String text = "我带头讲党课，党员到社区报到１２６人次；".repeat(90) + "三会一课".repeat(20) + "明年我牵头修订制度";
        assertTrue(text.length() > Segmenter.CHUNK_CHARS && text.length() <= Report.MAX_PARAGRAPH_CHARS);
        AnalyzedParagraph p = analyze(text).paragraphs().get(0);
        assertEquals(text, p.text());
        int cursor = 0;
        for (Token t : p.tokens()) {
            assertEquals(cursor, t.start(), "gap or overlap before " + t);
            assertEquals(t.word(), p.normalized().substring(t.start(), t.end()));
            cursor = t.end();
        }
        assertEquals(text.length(), cursor);
        assertTrue(p.tokens().stream().filter(t -> t.word().equals("三会一课")).count() == 20);
        for (Sentence s : p.sentences()) assertEquals(s.text(), text.substring(s.start(), s.end()));
    }

    @Test
    void numberedSloganHeadingsBeforeTheProblemsAreAchievements() {
        AnalyzedReport r = analyze(String.join("\n",
                "2023年度述职报告",
                "东湖街道卫生服务中心党支部书记 唐宁",
                "今年我按照街道党工委要求，抓了以下几方面工作。",
                "一、守初心，把学习抓在经常",
                "我全年讲党课3次，组织集中学习14次。",
                "二、强堡垒，把规矩立在前面",
                "我牵头修订支委会议事规则，全年开支委会12次。",
                "三、短板在哪里",
                "我对年轻医生的思想引导不够。",
                "四、来年怎么干",
                "2024年6月底前由我牵头建立青年医生联系制度。"));
        assertEquals(List.of(Part.OTHER, Part.OTHER, Part.OTHER, Part.ACHIEVEMENT, Part.ACHIEVEMENT, Part.ACHIEVEMENT,
                Part.ACHIEVEMENT, Part.PROBLEM, Part.PROBLEM, Part.PLAN, Part.PLAN), sections(r));
    }

    @Test
    void subHeadingsUnderTheBasicFactsStayThere() {
        AnalyzedReport r = analyze(String.join("\n",
                "一、基本情况",
                "（一）党员队伍",
                "支部现有党员27名。",
                "二、存在的问题",
                "组织生活不够规范。"));
        assertEquals(List.of(Part.OTHER, Part.OTHER, Part.OTHER, Part.PROBLEM, Part.PROBLEM), sections(r));
    }

    @Test
    void sloganHeadingsAloneDoNotMakeParts() {
        AnalyzedReport r = analyze("一、守初心\n我讲党课3次。\n二、强堡垒\n我开支委会12次。");
        assertEquals(List.of(Part.OTHER, Part.OTHER, Part.OTHER, Part.OTHER), sections(r));
    }

    @Test
    void metadataIsReadFromTraditionalCharactersToo() {
        // the extractor reads the normalised copy: 黨總支 is 党总支, ２０２２ is 2022, 二〇二三 a year
        AnalyzedReport r = analyze("二〇二二年度黨總支書記抓基層黨建工作述職報告\n長青村黨總支書記　鄭國華\n一、履職情況\n我全年講黨課３次。");
        assertEquals(new ReportMeta("长青村党总支", 2022, "党总支书记", "郑国华"), r.meta());
        AnalyzedReport dated = analyze("黨支部書記述職報告\n一、履職情況\n我全年講黨課３次。\n述職人：何美玲\n２０２４年１月９日");
        assertEquals(new ReportMeta(null, 2023, "党支部书记", "何美玲"), dated.meta());
    }

    private static List<Layout> layouts(AnalyzedReport r) {
        return r.paragraphs().stream().map(AnalyzedParagraph::layout).toList();
    }

    @Test
    void aTableOfContentsNeverOpensAPart() {
        // the contents' last entry once put the title and the preamble under 下一步打算
        AnalyzedReport r = analyze(String.join("\n",
                "目　录",
                "一、履职主要情况………………1",
                "二、存在的问题及原因………………3",
                "三、下一步工作打算………………4",
                "2023年度抓基层党建工作述职报告",
                "现将我一年来抓党建工作的情况报告如下。",
                "一、履职主要情况",
                "我全年主持支委会14次，讲专题党课4次。",
                "二、存在的问题及原因",
                "我对青年教师的思想引导抓得不够紧。",
                "三、下一步工作打算",
                "2024年3月底前由我牵头制定青年教师联系制度。"));
        assertEquals(List.of(Layout.CONTENTS, Layout.CONTENTS, Layout.CONTENTS, Layout.CONTENTS, Layout.TEXT, Layout.TEXT,
                Layout.TEXT, Layout.TEXT, Layout.TEXT, Layout.TEXT, Layout.TEXT, Layout.TEXT), layouts(r));
        assertEquals(List.of(Part.OTHER, Part.OTHER, Part.OTHER, Part.OTHER, Part.OTHER, Part.OTHER, Part.ACHIEVEMENT,
                Part.ACHIEVEMENT, Part.PROBLEM, Part.PROBLEM, Part.PLAN, Part.PLAN), sections(r));
        // the contents are the writer's own text: counted in the length
        assertEquals(r.paragraphs().stream().mapToInt(AnalyzedParagraph::chars).sum(), r.chars());
    }

    @Test
    void aTableOfContentsWithoutLeadersEndsWhereTheBodyRepeatsItsFirstHeading() {
        AnalyzedReport r = analyze(String.join("\n",
                "目录",
                "一、履职情况",
                "二、对标检视",
                "三、精准施策",
                "一、履职情况",
                "共学共建，让支部“强”起来。我全年讲党课4次。",
                "二、对标检视",
                "我对流动党员管理抓得不够。",
                "三、精准施策",
                "2024年6月前由我牵头建立流动党员学习群。"));
        assertEquals(List.of(Layout.CONTENTS, Layout.CONTENTS, Layout.CONTENTS, Layout.CONTENTS, Layout.TEXT, Layout.TEXT,
                Layout.TEXT, Layout.TEXT, Layout.TEXT, Layout.TEXT), layouts(r));
        assertEquals(List.of(Part.OTHER, Part.OTHER, Part.OTHER, Part.OTHER, Part.ACHIEVEMENT, Part.ACHIEVEMENT,
                Part.PROBLEM, Part.PROBLEM, Part.PLAN, Part.PLAN), sections(r));
    }

    @Test
    void aLineCalled目录WithoutEntriesIsNoTableOfContents() {
        AnalyzedReport r = analyze("目录\n我全年主持支委会14次，讲专题党课4次。\n二、存在的问题\n我对青年教师的思想引导抓得不够紧。");
        assertEquals(List.of(Layout.TEXT, Layout.TEXT, Layout.TEXT, Layout.TEXT), layouts(r));
    }

    @Test
    void unnumberedSloganHeadingsBeforeTheProblemsOpenTheAchievements() {
        AnalyzedReport r = analyze(String.join("\n",
                "2022年度基层党建工作述职报告",
                "柳塘村党总支书记 陈国强",
                "一年来，我围绕“强”“凝”“实”三个字抓党建，现将履职情况汇报如下。",
                "共学共建，让支部“强”起来",
                "我带头落实“三会一课”，全年讲党课4次，发展党员2名。",
                "党建品牌建设",
                "我牵头打造“柳塘先锋”品牌，全年开展志愿服务38场次。",
                "存在的问题",
                "我对流动党员管理抓得不够。",
                "下一步打算",
                "2023年6月前由我牵头建立流动党员学习群。"));
        assertEquals(List.of(Part.OTHER, Part.OTHER, Part.OTHER, Part.ACHIEVEMENT, Part.ACHIEVEMENT, Part.ACHIEVEMENT,
                Part.ACHIEVEMENT, Part.PROBLEM, Part.PROBLEM, Part.PLAN, Part.PLAN), sections(r));
        assertTrue(r.paragraphs().get(3).isLayoutOnly() && r.paragraphs().get(5).isLayoutOnly(), "slogan and topical headings state nothing");
        assertTrue(!r.paragraphs().get(4).isLayoutOnly());
    }

    @Test
    void anInnerNumberedItemWithoutFullStopIsLeftToWhatItSays() {
        AnalyzedReport r = analyze("三、下一步打算\n（1）由我牵头每季度开展一次组织生活检查\n（2）2024年6月前完成党员积分制修订");
        assertTrue(r.paragraphs().get(0).isLayoutOnly(), "the part heading");
        assertTrue(r.paragraphs().get(1).isHeadingOnly() && !r.paragraphs().get(1).isLayoutOnly(), "a plan item, not a heading to silence");
        assertTrue(!r.paragraphs().get(2).isLayoutOnly());
    }

    @Test
    void webPageDebrisIsMarkedAndLeftOutOfTheLength() {
        AnalyzedReport r = analyze(String.join("\n",
                "资源描述：",
                "2023年度社区党支部书记述职报告（精选3篇）",
                "篇1",
                "2023年度抓基层党建工作述职报告",
                "二、存在的问题",
                "我对青年党员的思想引导抓得不够紧。",
                "仅展示前3000字，点击查看全文",
                "本文由用户上传，如有侵权请联系删除。",
                "下载  收藏  举报",
                "上一篇：2022年度党支部书记述职报告",
                "相关推荐"));
        List<Boolean> debris = r.paragraphs().stream().map(AnalyzedParagraph::isDebris).toList();
        assertEquals(List.of(true, true, true, false, false, false, true, true, true, true, true), debris);
        int own = r.paragraphs().stream().filter(p -> !p.isDebris()).mapToInt(AnalyzedParagraph::chars).sum();
        assertEquals(own, r.chars());
        for (AnalyzedParagraph p : r.paragraphs()) {
            if (p.isDebris()) {
                assertEquals(Part.OTHER, p.section(), p.text());
                assertTrue(p.heading() == null && p.isLayoutOnly(), p.text());
            }
        }
        assertEquals(Part.PROBLEM, r.paragraphs().get(5).section());
    }

    @Test
    void aTableCellIsNeverDebris() {
        Report table = new Report("t.docx", List.of(new org.shuzhi.document.Paragraph(0, "资料下载", true),
                new org.shuzhi.document.Paragraph(1, "下载", true), new org.shuzhi.document.Paragraph(2, "下载", false)));
        AnalyzedReport r = ReportAnalyzer.analyze(table, ReportMeta.UNKNOWN);
        assertEquals(List.of(Layout.TEXT, Layout.TEXT, Layout.DEBRIS), layouts(r));
    }

    @Test
    void traditionalCharactersInHeadingsContentsAndDebris() {
        String simplified = String.join("\n",
                "目录", "一、履职尽责情况……1", "二、对标检视……2", "三、精准施策……3",
                "一、履职尽责情况", "我全年讲党课4次。", "二、对标检视", "我对流动党员管理抓得不够。",
                "三、精准施策", "2024年6月前由我牵头建立流动党员学习群。", "上一篇：党支部书记述职报告", "相关推荐");
        String traditional = String.join("\n",
                "目錄", "一、履職盡責情況……1", "二、對標檢視……2", "三、精準施策……3",
                "一、履職盡責情況", "我全年講黨課4次。", "二、對標檢視", "我對流動黨員管理抓得不夠。",
                "三、精準施策", "2024年6月前由我牽頭建立流動黨員學習群。", "上一篇：黨支部書記述職報告", "相關推薦");
        AnalyzedReport s = analyze(simplified), t = analyze(traditional);
        assertEquals(sections(s), sections(t));
        assertEquals(layouts(s), layouts(t));
        assertEquals(List.of(Part.OTHER, Part.OTHER, Part.OTHER, Part.OTHER, Part.ACHIEVEMENT, Part.ACHIEVEMENT,
                Part.PROBLEM, Part.PROBLEM, Part.PLAN, Part.PLAN, Part.OTHER, Part.OTHER), sections(t));
        assertEquals(Layout.CONTENTS, t.paragraphs().get(0).layout());
        assertEquals(Layout.DEBRIS, t.paragraphs().get(11).layout());
    }

    @Test
    void runTogetherParagraphsAreSplit() {
        String line = "2023年度党支部书记述职报告 一、履职情况 （一）抓理论学习。我全年主持集中学习12次，讲党课3次。  "
                + "（二）抓组织建设。我牵头完成支部换届。 二、对标检视 我对党员日常管理抓得不够严，个别党员长期不参加组织生活。 "
                + "三、精准施策 2024年3月底前由我牵头修订党员管理办法。";
        AnalyzedReport r = analyze(line);
        assertEquals(List.of("2023年度党支部书记述职报告", "一、履职情况", "（一）抓理论学习。我全年主持集中学习12次，讲党课3次。",
                "（二）抓组织建设。我牵头完成支部换届。", "二、对标检视", "我对党员日常管理抓得不够严，个别党员长期不参加组织生活。",
                "三、精准施策", "2024年3月底前由我牵头修订党员管理办法。"),
                r.paragraphs().stream().map(AnalyzedParagraph::text).toList());
        assertEquals(List.of(Part.OTHER, Part.ACHIEVEMENT, Part.ACHIEVEMENT, Part.ACHIEVEMENT, Part.PROBLEM, Part.PROBLEM,
                Part.PLAN, Part.PLAN), sections(r));
    }
}
