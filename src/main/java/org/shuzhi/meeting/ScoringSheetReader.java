package org.shuzhi.meeting;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a filled 测评表 back ({@link ScoringSheet}'s layout): the group from B2, one ballot per row from
 * row 5 to the first empty row. A mark is any of √ ✓ ✔ ☑ v V 1 ○ ●; a row with no mark or more than one
 * is an invalid vote. Anything else is refused with the cell named ("第7行E列：…"): a sheet whose group,
 * header or numbers are not the tool's, a mark that is no mark.
 */
public final class ScoringSheetReader {
    static final Set<String> MARKS = Set.of("√", "✓", "✔", "☑", "v", "V", "1", "○", "●", "〇");
    private static final DataFormatter FORMAT = new DataFormatter();

    private ScoringSheetReader() {}

    public static FilledSheet read(String file, InputStream in) throws ScoringSheetException {
        Workbook wb;
        try {
            wb = new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            throw new ScoringSheetException(file + "：无法读取测评表，不是有效的 Excel（.xlsx）文件");
        }
        try (wb) {
            Sheet s = wb.getSheet(ScoringSheet.SHEET);
            if (s == null) s = wb.getSheetAt(0);
            expect(file, s, ScoringSheet.GROUP_ROW, 0, ScoringSheet.GROUP_LABEL);
            String group = text(s, ScoringSheet.GROUP_ROW, ScoringSheet.GROUP_COLUMN);
            if (group.equals("其他")) group = ScoreFormula.OTHERS;
            if (!group.equals(ScoreFormula.LEADERS) && !group.equals(ScoreFormula.OTHERS)) {
                throw refuse(file, ScoringSheet.GROUP_ROW, ScoringSheet.GROUP_COLUMN, group.isEmpty()
                        ? "未填写测评人类别，应填“领导”或“其他与会人员”"
                        : "测评人类别“" + group + "”无法识别，应填“领导”或“其他与会人员”");
            }
            for (int c = 0; c < ScoringSheet.COLUMNS.length; c++) expect(file, s, ScoringSheet.HEADER_ROW, c, ScoringSheet.COLUMNS[c]);
            List<FilledSheet.Ballot> ballots = new ArrayList<>();
            for (int r = ScoringSheet.FIRST_ROW; r <= s.getLastRowNum(); r++) {
                String number = text(s, r, 0), unit = text(s, r, 1), name = text(s, r, 2);
                if (number.isEmpty() && unit.isEmpty() && name.isEmpty()) {
                    if (marks(file, s, r) > 0) throw refuse(file, r, 0, "这一行填了等次，但没有序号和述职人");
                    break;
                }
                int n;
                try {
                    n = Integer.parseInt(number);
                } catch (NumberFormatException e) {
                    throw refuse(file, r, 0, "序号应为数字，实为“" + number + "”");
                }
                if (n != ballots.size() + 1) throw refuse(file, r, 0, "序号应为" + (ballots.size() + 1) + "，实为" + n + "（行被删除、插入或重排了）");
                Grade marked = null;
                int count = 0;
                for (Grade g : Grade.values()) {
                    int c = ScoringSheet.FIRST_GRADE_COLUMN + g.ordinal();
                    if (mark(file, s, r, c)) {
                        count++;
                        marked = g;
                    }
                }
                ballots.add(new FilledSheet.Ballot(n, unit, name, count == 1 ? marked : null, r));
            }
            if (ballots.isEmpty()) throw refuse(file, ScoringSheet.FIRST_ROW, 0, "测评表中没有述职人");
            return new FilledSheet(file, group, ballots);
        } catch (IOException e) {
            throw new ScoringSheetException(file + "：无法读取测评表（" + e.getMessage() + "）", e);
        }
    }

    private static int marks(String file, Sheet s, int r) throws ScoringSheetException {
        int n = 0;
        for (Grade g : Grade.values()) if (mark(file, s, r, ScoringSheet.FIRST_GRADE_COLUMN + g.ordinal())) n++;
        return n;
    }

    private static boolean mark(String file, Sheet s, int r, int c) throws ScoringSheetException {
        String v = text(s, r, c);
        if (v.isEmpty()) return false;
        if (MARKS.contains(v)) return true;
        throw refuse(file, r, c, "无法识别的标记“" + v + "”，请填“√”或留空");
    }

    private static void expect(String file, Sheet s, int r, int c, String wanted) throws ScoringSheetException {
        String v = text(s, r, c);
        if (!v.equals(wanted)) {
            throw refuse(file, r, c, "应为“" + wanted + "”，实为“" + v + "”：这不是本工具生成的测评表，或表头被改动了");
        }
    }

    static String text(Sheet s, int r, int c) {
        Row row = s.getRow(r);
        if (row == null) return "";
        Cell cell = row.getCell(c);
        if (cell == null) return "";
        if (cell.getCellType() == CellType.FORMULA) return FORMAT.formatCellValue(cell, s.getWorkbook().getCreationHelper().createFormulaEvaluator()).strip();
        return FORMAT.formatCellValue(cell).strip();
    }

    /** "测评表.xlsx：第7行E列：…": rows counted from 1 and columns by letter, as Excel shows them. */
    static ScoringSheetException refuse(String file, int row, int column, String what) {
        return new ScoringSheetException(file + "：第" + (row + 1) + "行" + CellReference.convertNumToColString(column) + "列：" + what);
    }
}
