package org.shuzhi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Writes real input files for tests: Word documents made with POI, text in a chosen encoding. */
public final class TestFiles {
    private TestFiles() {}

    /**
     * A .docx with one Word paragraph per entry of {@code paragraphs}; an entry starting with "|" is a
     * table row whose cells are separated by "|".
     */
    public static Path docx(Path dir, String name, List<String> paragraphs) throws IOException {
        Path file = dir.resolve(name);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFTable table = null;
            for (String p : paragraphs) {
                if (p.startsWith("|")) {
                    String[] cells = p.substring(1).split("\\|");
                    if (table == null) {
                        table = doc.createTable(1, cells.length);
                        for (int i = 0; i < cells.length; i++) table.getRow(0).getCell(i).setText(cells[i]);
                    } else {
                        var row = table.createRow();
                        for (int i = 0; i < cells.length; i++) row.getCell(i).setText(cells[i]);
                    }
                } else {
                    table = null;
                    doc.createParagraph().createRun().setText(p);
                }
            }
            doc.write(out);
        }
        return file;
    }

    public static Path text(Path dir, String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }
}
