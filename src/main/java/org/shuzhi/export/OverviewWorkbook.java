package org.shuzhi.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.shuzhi.archive.overview.Overview;
import org.shuzhi.archive.overview.ThemeCount;

/**
 * The overview as an Excel workbook, one sheet per table of the page: 总体情况 (the range and the totals),
 * 问题主题 (themes by year, and the problems without a theme), 反复出现的问题, 承诺回应.
 */
public final class OverviewWorkbook {
    public static final String SUMMARY = "总体情况";
    public static final String THEMES = "问题主题";
    public static final String RECURRING = "反复出现的问题";
    public static final String COMMITMENTS = "承诺回应";
    /** The row label of the problems no theme fits, in the themes sheet. */
    public static final String UNTHEMED = "未归入主题";

    private OverviewWorkbook() {}

    public static void write(Overview o, OutputStream out) throws IOException {
        // streamed: at 50,000 reports the lists run to tens of thousands of rows
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));

            Sheet summary = wb.createSheet(SUMMARY);
            int r = 0;
            r = pair(summary, r, bold, "年度范围", o.from() == null ? "（档案库为空）" : o.from() + "–" + o.to());
            r = pair(summary, r, bold, "单位", o.unit() == null ? "全部单位" : o.unit());
            r = pair(summary, r, bold, "报告（份）", o.reports());
            r = pair(summary, r, bold, "问题（条）", o.coverage().problems());
            r = pair(summary, r, bold, "归入主题的问题（条）", o.coverage().themed());
            r = pair(summary, r, bold, "未归入主题的问题（条）", o.coverage().unthemed());
            Row share = summary.createRow(r++);
            label(share, 0, bold, "未归入主题的比例");
            share.createCell(1).setCellValue(o.coverage().unthemedShare());
            share.getCell(1).setCellStyle(percent);
            r = pair(summary, r, bold, "2 个年度提出的问题（条）", o.recurringCounts().twice());
            r = pair(summary, r, bold, "3 个及以上年度提出的问题（条）", o.recurringCounts().threeOrMore());
            r = pair(summary, r, bold, "问题 2 个年度重复的单位（个）", o.recurringCounts().unitsTwice());
            r = pair(summary, r, bold, "问题 3 个及以上年度重复的单位（个）", o.recurringCounts().unitsThreeOrMore());
            r = pair(summary, r, bold, "需回应上年承诺的报告（份）", o.commitmentTotals().reports());
            r = pair(summary, r, bold, "上年承诺（项）", o.commitmentTotals().commitments());
            r = pair(summary, r, bold, "已回应（项）", o.commitmentTotals().answered());
            r = pair(summary, r, bold, "部分回应（项）", o.commitmentTotals().partly());
            pair(summary, r, bold, "未回应（项）", o.commitmentTotals().notAnswered());
            widths(summary, 36, 20);

            Sheet themes = wb.createSheet(THEMES);
            List<String> head = new ArrayList<>(List.of("问题主题", "合计"));
            for (int y : o.years()) head.add(y + "年");
            head.add("说明");
            header(themes, bold, head);
            int row = 1;
            for (ThemeCount t : o.themes()) {
                Row x = themes.createRow(row++);
                x.createCell(0).setCellValue(t.name());
                x.createCell(1).setCellValue(t.count());
                int c = 2;
                for (int y : o.years()) x.createCell(c++).setCellValue(t.byYear().getOrDefault(y, 0));
                if (t.description() != null) x.createCell(c).setCellValue(t.description());
            }
            Row none = themes.createRow(row++);
            none.createCell(0).setCellValue(UNTHEMED);
            none.createCell(1).setCellValue(o.coverage().unthemed());
            int c = 2;
            for (int y : o.years()) none.createCell(c++).setCellValue(o.coverage().unthemedByYear().getOrDefault(y, 0));
            Row all = themes.createRow(row);
            label(all, 0, bold, "问题合计");
            all.createCell(1).setCellValue(o.coverage().problems());
            c = 2;
            for (int y : o.years()) all.createCell(c++).setCellValue(o.coverage().problemsByYear().getOrDefault(y, 0));
            int[] w = new int[head.size()];
            java.util.Arrays.fill(w, 8);
            w[0] = 22;
            w[w.length - 1] = 60;
            widths(themes, w);

            Sheet recurring = wb.createSheet(RECURRING);
            header(recurring, bold, List.of("单位", "最近年度", "段落", "问题主题", "提出年度", "年度数", "问题"));
            row = 1;
            for (Overview.Recurring x : o.recurring()) {
                Row y = recurring.createRow(row++);
                y.createCell(0).setCellValue(x.unit());
                y.createCell(1).setCellValue(x.year());
                // paragraphs are numbered from 1 for people, as in the findings
                y.createCell(2).setCellValue(x.paragraph() + 1);
                y.createCell(3).setCellValue(x.theme() == null ? "" : x.theme());
                y.createCell(4).setCellValue(String.join("、", x.years().stream().map(String::valueOf).toList()));
                y.createCell(5).setCellValue(x.years().size());
                y.createCell(6).setCellValue(x.problem());
            }
            widths(recurring, 24, 10, 6, 18, 22, 8, 80);

            Sheet commitments = wb.createSheet(COMMITMENTS);
            header(commitments, bold, List.of("单位", "年度", "已回应", "部分回应", "未回应"));
            row = 1;
            for (Overview.CommitmentCount x : o.commitments()) {
                Row y = commitments.createRow(row++);
                y.createCell(0).setCellValue(x.unit());
                y.createCell(1).setCellValue(x.year());
                y.createCell(2).setCellValue(x.answered());
                y.createCell(3).setCellValue(x.partly());
                y.createCell(4).setCellValue(x.notAnswered());
            }
            widths(commitments, 24, 8, 8, 8, 8);
            wb.write(out);
        }
    }

    private static int pair(Sheet s, int row, CellStyle bold, String label, Object value) {
        Row r = s.createRow(row);
        label(r, 0, bold, label);
        Cell v = r.createCell(1);
        if (value instanceof Number n) v.setCellValue(n.doubleValue());
        else v.setCellValue(String.valueOf(value));
        return row + 1;
    }

    private static void label(Row r, int col, CellStyle bold, String text) {
        Cell c = r.createCell(col);
        c.setCellValue(text);
        c.setCellStyle(bold);
    }

    private static void header(Sheet s, CellStyle bold, List<String> names) {
        Row r = s.createRow(0);
        for (int i = 0; i < names.size(); i++) label(r, i, bold, names.get(i));
        s.createFreezePane(0, 1);
    }

    /** Column widths in Excel's character units (a Chinese character takes about two). */
    private static void widths(Sheet s, int... units) {
        for (int i = 0; i < units.length; i++) s.setColumnWidth(i, Math.min(255, units[i]) * 256);
    }
}
