package org.shuzhi.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.TestFiles;

/** A Word table's cell stays one paragraph and knows its table, row, column, header and what its column holds. */
class TablePositionTest {
    @TempDir
    Path dir;

    private static Paragraph cell(Report r, String text) {
        return r.paragraphs().stream().filter(p -> p.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text));
    }

    @Test
    void aRectificationTableGivesEachCellItsRowColumnHeaderAndRole() throws Exception {
        Report r = ReportReaders.read(TestFiles.docx(dir, "list.docx", List.of("三、整改措施",
                "|序号|存在问题|整改措施|责任领导|整改时限",
                "|1|学习不深入|每月集中学习一次|王丽华|2024年6月",
                "|2|谈心谈话少|每季度谈话一次|李明|长期坚持")));
        assertNull(cell(r, "三、整改措施").table());
        assertEquals(new TablePosition(0, 0, 2, "整改措施", TableColumn.OTHER), cell(r, "整改措施").table());
        assertTrue(cell(r, "整改措施").table().isHeader());
        assertEquals(new TablePosition(0, 1, 1, "存在问题", TableColumn.PROBLEM), cell(r, "学习不深入").table());
        assertEquals(new TablePosition(0, 2, 2, "整改措施", TableColumn.MEASURE), cell(r, "每季度谈话一次").table());
        assertEquals(new TablePosition(0, 2, 3, "责任领导", TableColumn.OWNER), cell(r, "李明").table());
        assertEquals(new TablePosition(0, 2, 4, "整改时限", TableColumn.DEADLINE), cell(r, "长期坚持").table());
        assertEquals(new TablePosition(0, 1, 0, "序号", TableColumn.OTHER), cell(r, "1").table());
        assertTrue(cell(r, "李明").table().sameRow(cell(r, "每季度谈话一次").table()));
    }

    @Test
    void aFiguresTableHasHeadersButNoRolesAndATableOfSentencesHasNoHeader() throws Exception {
        Report r = ReportReaders.read(TestFiles.docx(dir, "t.docx", List.of(
                "|项目|2022年|2023年",
                "|发展党员|2人|3人",
                "正文",
                "|我全年主持支委会12次。|讲党课3次。",
                "|走访党员9户。|解决问题11件。")));
        assertEquals(new TablePosition(0, 1, 2, "2023年", TableColumn.OTHER), cell(r, "3人").table());
        assertEquals(new TablePosition(1, 1, 0, null, TableColumn.OTHER), cell(r, "走访党员9户。").table());
        // "问题" heading a column makes no rectification table without a measure column
        Report problems = ReportReaders.read(TestFiles.docx(dir, "p.docx", List.of("|问题|数量", "|谈话少|3")));
        assertEquals(TableColumn.OTHER, cell(problems, "谈话少").table().role());
    }

    @Test
    void mergedColumnsKeepTheGridAndARepeatedHeaderRowIsAHeader() throws Exception {
        Path file = dir.resolve("merged.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFTable t = doc.createTable(2, 3);
            // a header row Word repeats on each page, whose cells are long for a label
            t.getRow(0).setRepeatHeader(true);
            t.getRow(0).getCell(0).setText("查摆出的问题及其在工作中的主要表现形式（按类别列出）");
            t.getRow(0).getCell(1).setText("整改措施");
            t.getRow(0).getCell(2).setText("完成时限");
            // the first cell of the second row spans two grid columns
            t.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            t.getRow(1).getCell(0).setText("合并的两格");
            t.getRow(1).removeCell(2);
            t.getRow(1).getCell(1).setText("2024年底");
            doc.write(out);
        }
        Report r = ReportReaders.read(file);
        assertEquals(new TablePosition(0, 1, 0, "查摆出的问题及其在工作中的主要表现形式（按类别列出）", TableColumn.PROBLEM), cell(r, "合并的两格").table());
        assertEquals(new TablePosition(0, 1, 2, "完成时限", TableColumn.DEADLINE), cell(r, "2024年底").table());
    }

    @Test
    void nestedTablesAreNumberedInDocumentOrder() throws Exception {
        byte[] docx = Docx.withBody(dir, "<w:tbl><w:tr><w:tc>" + Docx.nestedTables(2, "里") + Docx.paragraph("外")
                + "</w:tc></w:tr></w:tbl>" + "<w:tbl><w:tr><w:tc>" + Docx.paragraph("后") + "</w:tc></w:tr></w:tbl>");
        Report r = ReportReaders.read("nested.docx", docx);
        // a nested table comes before the text of the cell that holds it, as before
        assertEquals(List.of("里", "外", "后"), r.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(List.of(2, 0, 3), r.paragraphs().stream().map(p -> p.table().table()).toList());
    }
}
