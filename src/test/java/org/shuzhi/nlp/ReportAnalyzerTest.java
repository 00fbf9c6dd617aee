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
        AnalyzedReport r = analyze("我主持支委会12次。讲党课 3 次！  明年继续“抓落实”。");
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
}
