package org.shuzhi.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 规则可信度.xlsx: per rule, how many of its findings reviewers marked 误报 and 已核实, and the share of
 * false alarms — so that a department learns which rules to trust.
 */
public final class RuleTrustWorkbook {
    public record Row3(String rule, String ruleName, int falseAlarms, int confirmed) {}

    private RuleTrustWorkbook() {}

    public static byte[] write(List<Row3> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("规则可信度");
            String[] head = {"规则代码", "规则名称", "误报", "已核实", "合计", "误报比例"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < head.length; i++) h.createCell(i).setCellValue(head[i]);
            var percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            int r = 1;
            for (Row3 row : rows) {
                Row x = sheet.createRow(r++);
                x.createCell(0).setCellValue(row.rule());
                x.createCell(1).setCellValue(row.ruleName());
                x.createCell(2).setCellValue(row.falseAlarms());
                x.createCell(3).setCellValue(row.confirmed());
                x.createCell(4).setCellValue(row.falseAlarms() + row.confirmed());
                var share = x.createCell(5);
                share.setCellValue(row.falseAlarms() + row.confirmed() == 0 ? 0 : (double) row.falseAlarms() / (row.falseAlarms() + row.confirmed()));
                share.setCellStyle(percent);
            }
            for (int i = 0; i < head.length; i++) sheet.autoSizeColumn(i);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows from the marks' counts, each rule named by the catalog. */
    public static <T> List<Row3> rows(List<T> counts, Function<T, String> rule, Function<String, String> name,
            Function<T, Integer> falseAlarms, Function<T, Integer> confirmed) {
        return counts.stream().map(c -> new Row3(rule.apply(c), name.apply(rule.apply(c)), falseAlarms.apply(c), confirmed.apply(c))).toList();
    }
}
