package org.shuzhi.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.shuzhi.TestFiles;

/** Word files for the hostile-input tests: a real POI .docx with its body or its zip changed. */
public final class Docx {
    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private Docx() {}

    /** A real .docx (POI) whose word/document.xml body is {@code body} (the XML inside w:body). */
    public static byte[] withBody(Path dir, String body) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + W + "\"><w:body>"
                + body + "</w:body></w:document>";
        return replaced(Files.readAllBytes(TestFiles.docx(dir, "base.docx", List.of("标题"))), "word/document.xml",
                xml.getBytes(StandardCharsets.UTF_8));
    }

    public static String paragraph(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    /** Tables nested {@code depth} deep, the innermost holding {@code text}. */
    public static String nestedTables(int depth, String text) {
        StringBuilder sb = new StringBuilder();
        sb.append("<w:tbl><w:tr><w:tc>".repeat(depth));
        sb.append(paragraph(text));
        sb.append("</w:tc></w:tr></w:tbl>".repeat(depth));
        return sb.toString();
    }

    /** The zip with one entry's content replaced (or added), the others copied as they are. */
    public static byte[] replaced(byte[] zip, String entry, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                z.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    z.write(content);
                    found = true;
                } else {
                    in.transferTo(z);
                }
                z.closeEntry();
            }
            if (!found) {
                z.putNextEntry(new ZipEntry(entry));
                z.write(content);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
