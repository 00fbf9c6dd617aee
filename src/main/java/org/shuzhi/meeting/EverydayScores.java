package org.shuzhi.meeting;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The everyday assessment (日常考核) to combine with the meeting's score: an .xlsx whose first sheet has,
 * within its first ten rows, a header row with a 序号 column and a column whose header holds 日常考核 (a
 * 测评结果.xlsx with that column filled will do); below it, per secretary number, a score from 0 to 100 or
 * nothing. Anything else is refused with the cell named.
 */
public final class EverydayScores {
    static final int HEADER_ROWS = 10;

    private EverydayScores() {}

    public static Map<Integer, Double> read(String file, InputStream in) throws ScoringSheetException {
        try (XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            int header = -1, number = -1, score = -1;
            for (int r = 0; r <= Math.min(HEADER_ROWS, s.getLastRowNum()) && header < 0; r++) {
                if (s.getRow(r) == null) continue;
                int n = -1, d = -1;
                for (int c = 0; c < s.getRow(r).getLastCellNum(); c++) {
                    String t = ScoringSheetReader.text(s, r, c);
                    if (t.equals("序号")) n = c;
                    if (t.contains("日常考核")) d = c;
                }
                if (n >= 0 && d >= 0) {
                    header = r;
                    number = n;
                    score = d;
                }
            }
            if (header < 0) throw new ScoringSheetException(file + "：前" + HEADER_ROWS + "行中找不到含“序号”和“日常考核得分”两列的表头");
            Map<Integer, Double> out = new LinkedHashMap<>();
            for (int r = header + 1; r <= s.getLastRowNum(); r++) {
                String n = ScoringSheetReader.text(s, r, number), v = ScoringSheetReader.text(s, r, score);
                if (n.isEmpty()) {
                    if (!v.isEmpty()) throw ScoringSheetReader.refuse(file, r, number, "填了日常考核得分，但没有序号");
                    continue;
                }
                int k;
                try {
                    k = Integer.parseInt(n);
                } catch (NumberFormatException e) {
                    throw ScoringSheetReader.refuse(file, r, number, "序号应为数字，实为“" + n + "”");
                }
                if (v.isEmpty()) continue;
                double d;
                try {
                    d = Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    throw ScoringSheetReader.refuse(file, r, score, "日常考核得分应为0到100的数，实为“" + v + "”");
                }
                if (d < 0 || d > 100) throw ScoringSheetReader.refuse(file, r, score, "日常考核得分应在0到100之间，实为" + v);
                if (out.put(k, d) != null) throw ScoringSheetReader.refuse(file, r, number, "序号" + k + "重复");
            }
            return out;
        } catch (IOException | RuntimeException e) {
            throw new ScoringSheetException(file + "：无法读取日常考核得分，不是有效的 Excel（.xlsx）文件");
        }
    }
}
