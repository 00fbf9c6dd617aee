package org.shuzhi.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchivedParagraph;
import org.shuzhi.archive.ArchivedReport;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.rules.Finding;

/**
 * A report whose text came out of a PDF printed by Chromium (⼀⼆⼗⼤ for 一二十大): the review finds what it
 * finds in the typed text, and the archive keeps the typed characters.
 */
class PrintedPdfTextTest {
    @TempDir
    Path dir;

    private static final String TYPED = String.join("\n",
            "2023年度党支部书记抓基层党建工作述职报告",
            "城东小学党支部书记 王丽华",
            "一、履职主要情况",
            "坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神，切实增强“四个意识”、坚定“四个自信”、做到“两个维护”，不断提升政治判断力、政治领悟力、政治执行力。",
            "我全年主持支委会12次，讲专题党课3次，带领党员开展志愿服务16场，走访困难党员和老党员9户。",
            "二、存在的问题",
            "一是理论学习不够深入，学用结合不够紧密。二是对青年教师党员的思想动态掌握不及时，谈心谈话流于形式。",
            "三、下一步工作打算",
            "进一步提高政治站位，切实增强责任担当，守正创新、真抓实干，推动党建引领高质量发展走深走实、落地见效。");

    /** Each character as a Chromium-printed PDF gives it back: Kangxi radicals, a supplement radical, compatibility ideographs. */
    private static final Map<Character, String> PRINTED = Map.ofEntries(
            Map.entry('一', "⼀"), Map.entry('二', "⼆"), Map.entry('十', "⼗"), Map.entry('大', "⼤"), Map.entry('人', "⼈"),
            Map.entry('工', "⼯"), Map.entry('子', "⼦"), Map.entry('心', "⼼"), Map.entry('力', "⼒"), Map.entry('长', "⻓"),
            Map.entry('见', "⻅"), Map.entry('方', "⽅"), Map.entry('面', "⾯"), Map.entry('不', "\uF967"), Map.entry('行', "⾏"),
            Map.entry('文', "⽂"), Map.entry('生', "⽣"), Map.entry('小', "⼩"));

    private static String printed(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) sb.append(PRINTED.getOrDefault(c, String.valueOf(c)));
        return sb.toString();
    }

    private static List<String> findings(Review r) {
        return r.findings().stream().map(f -> f.rule() + "@" + f.paragraph() + ":" + f.message()).toList();
    }

    @Test
    void thePrintedTextIsReviewedAndArchivedAsTheTypedText() {
        String printed = printed(TYPED);
        long odd = printed.codePoints().filter(c -> c >= 0x2E80 && c <= 0x2FDF || c >= 0xF900 && c <= 0xFAFF).count();
        assertTrue(odd > 20, "the test text carries " + odd + " compatibility characters");

        Reviewer reviewer = Reviewers.withoutArchive();
        Review typed = reviewer.review(Report.fromText("typed.txt", TYPED), ReviewRequest.defaults());
        Review fromPdf = reviewer.review(Report.fromText("printed.txt", printed), ReviewRequest.defaults());
        List<String> rules = typed.findings().stream().map(Finding::rule).toList();
        assertTrue(rules.contains("SLOGAN_HEAVY"), rules.toString());
        assertEquals(findings(typed), findings(fromPdf));
        assertEquals(typed.meta(), fromPdf.meta());
        assertEquals(typed.paragraphs().stream().map(ParagraphResult::text).toList(),
                fromPdf.paragraphs().stream().map(ParagraphResult::text).toList());

        try (Archive archive = Archive.open(dir.resolve("archive"))) {
            archive.add(Report.fromText("printed.txt", printed), ReportMeta.UNKNOWN, reviewer::label);
            ArchivedReport stored = archive.report("城东小学党支部", 2023).orElseThrow();
            assertEquals(TYPED.lines().toList(), stored.paragraphs().stream().map(ArchivedParagraph::text).toList());
            assertFalse(archive.search(new org.shuzhi.archive.SearchQuery("二十大精神", null, null, null, null, 10)).hits().isEmpty());
        }
    }
}
