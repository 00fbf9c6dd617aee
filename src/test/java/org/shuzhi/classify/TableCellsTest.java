package org.shuzhi.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.TestFiles;
import org.shuzhi.document.Part;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.document.ReportReaders;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;

/**
 * Table cells from real Word files: a rectification table's rows are plans answering problems; elsewhere labels and
 * figures are other and a sentence in a cell is read like any paragraph.
 */
class TableCellsTest {
    @TempDir
    Path dir;

    private static final ParagraphClassifier MODEL = Classifiers.standard();

    private static AnalyzedReport analyze(Path file) throws Exception {
        return ReportAnalyzer.analyze(ReportReaders.read(file), ReportMeta.UNKNOWN);
    }

    private static Part label(AnalyzedReport r, List<Labeled> labels, String text) {
        for (AnalyzedParagraph p : r.paragraphs()) if (p.text().equals(text)) return labels.get(p.index()).label();
        throw new AssertionError("no paragraph " + text);
    }

    @Test
    void theCellsOfAFiguresTableInAWord97FileAreOther() throws Exception {
        AnalyzedReport r = analyze(Path.of("src/test/resources/fixtures/qingshui-shequ-2023.doc"));
        List<Labeled> labels = MODEL.classify(r);
        for (String cell : List.of("项目", "2022年", "2023年", "在职党员到社区报到", "96人", "152人")) {
            assertEquals(Part.OTHER, label(r, labels, cell), cell);
        }
        assertEquals(Part.ACHIEVEMENT, label(r, labels, "我全年主持党委会18次，讲专题党课4次，牵头把辖区7个小区的物业企业纳入“红色物业”联盟。"));
    }

    @Test
    void aRectificationTableIsLabelledByItsColumns() throws Exception {
        String problem = "我对青年党员的思想动态掌握不及时，谈心谈话流于形式。";
        String plan = "2024年3月底前由我牵头建立青年党员谈心谈话台账，每季度至少谈话一次。";
        String shortMeasure = "建立谈话台账";
        AnalyzedReport r = analyze(TestFiles.docx(dir, "list.docx", List.of(
                "2023年度党支部书记述职报告", "三、整改措施",
                "|问题|整改措施|责任人|时限",
                "|" + problem + "|" + plan + "|支部书记|2024年3月",
                "|学习不够深入|" + shortMeasure + "|组织委员|长期坚持")));
        List<Labeled> labels = MODEL.classify(r);
        // each row is one plan: the measure is plan and the problem problem, however short
        assertEquals(Part.PROBLEM, label(r, labels, problem));
        assertEquals(Part.PLAN, label(r, labels, plan));
        assertEquals(Part.PROBLEM, label(r, labels, "学习不够深入"));
        assertEquals(Part.PLAN, label(r, labels, shortMeasure));
        for (String cell : List.of("问题", "整改措施", "责任人", "时限", "支部书记", "2024年3月", "组织委员", "长期坚持")) {
            assertEquals(Part.OTHER, label(r, labels, cell), cell);
        }
    }

    @Test
    void aSentenceInATableOfNoKnownShapeIsLabelledByWhatItSays() throws Exception {
        String problem = "我对青年党员的思想动态掌握不及时，谈心谈话流于形式。";
        AnalyzedReport r = analyze(TestFiles.docx(dir, "free.docx", List.of(
                "2023年度党支部书记述职报告", "二、存在的问题", "|类别|情况", "|思想教育|" + problem, "|组织生活|32次")));
        List<Labeled> labels = MODEL.classify(r);
        assertEquals(Part.PROBLEM, label(r, labels, problem));
        for (String cell : List.of("类别", "情况", "思想教育", "组织生活", "32次")) assertEquals(Part.OTHER, label(r, labels, cell), cell);
    }

    @Test
    void onlyTableCellsAreScraps() throws Exception {
        AnalyzedReport r = analyze(TestFiles.docx(dir, "t.docx", List.of("项目", "|项目|96人")));
        assertFalse(TableCells.isScrap(r.paragraphs().get(0)));
        assertTrue(TableCells.isScrap(r.paragraphs().get(1)) && TableCells.isScrap(r.paragraphs().get(2)));
    }
}
