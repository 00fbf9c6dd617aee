package org.shuzhi.meeting;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles and print settings the meeting's workbooks share. */
final class Workbooks {
    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrap;
    final CellStyle center;
    final CellStyle percent;
    final CellStyle decimal;

    Workbooks(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title = wb.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        header = bordered(wb);
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        text = bordered(wb);
        wrap = bordered(wb);
        wrap.setWrapText(true);
        center = bordered(wb);
        center.setAlignment(HorizontalAlignment.CENTER);
        percent = bordered(wb);
        percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
        decimal = bordered(wb);
        decimal.setDataFormat(wb.createDataFormat().getFormat("0.00"));
    }

    private static CellStyle bordered(Workbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    static Cell put(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        if (value != null) c.setCellValue(value);
        c.setCellStyle(style);
        return c;
    }

    static Cell put(Row row, int column, double value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(style);
        return c;
    }

    static void headers(Row row, CellStyle style, String... names) {
        for (int i = 0; i < names.length; i++) put(row, i, names[i], style);
    }

    /** Widths in characters (a CJK character counts two). */
    static void widths(Sheet sheet, int... chars) {
        for (int i = 0; i < chars.length; i++) sheet.setColumnWidth(i, Math.min(255, chars[i]) * 256);
    }

    /** A4 landscape, fit to one page wide, the rows up to {@code headerRow} repeated on every page. */
    static void printable(Sheet sheet, int headerRow, int lastColumn) {
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(0, headerRow, -1, -1));
        int last = Math.max(headerRow, sheet.getLastRowNum());
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastColumn, 0, last);
        sheet.setHorizontallyCenter(true);
    }
}
