package org.shuzhi.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.TestFiles;

/** A damaged .docx is called damaged, never a plain zip to unpack; a real zip of other files is. */
class DamagedDocxTest {
    @TempDir
    Path dir;

    private byte[] docx() throws Exception {
        return Files.readAllBytes(TestFiles.docx(dir, "whole.docx",
                List.of("2023年度抓基层党建工作述职报告", "一、履职主要情况", "我全年主持支委会12次，讲专题党课3次，走访困难党员17户。")));
    }

    private static String refusal(String name, byte[] bytes) {
        return assertThrows(UnreadableReportException.class, () -> ReportReaders.read(name, bytes)).getMessage();
    }

    private static void assertDamaged(String name, String m) {
        assertTrue(m.contains("损坏"), m);
        assertFalse(m.contains("压缩包") || m.contains("解压"), "no advice to unpack a Word file: " + m);
        assertEquals(1, m.split(java.util.regex.Pattern.quote(name), -1).length - 1, "the name once: " + m);
    }

    @Test
    void aTruncatedDocxIsDamagedWhereverItWasCut() throws Exception {
        byte[] whole = docx();
        for (int cut : new int[] {40, 200, whole.length / 4, whole.length / 2, whole.length - 30}) {
            String m = refusal("城东小学2023.docx", Arrays.copyOf(whole, cut));
            assertDamaged("城东小学2023.docx", m);
        }
    }

    @Test
    void aDocxWithoutItsBodyPartIsDamaged() throws Exception {
        String m = refusal("缺正文.docx", without(docx(), "word/document.xml"));
        assertDamaged("缺正文.docx", m);
        assertTrue(m.contains("word/document.xml"), m);
    }

    @Test
    void aRealZipOfTextFilesIsCalledAZip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String n : List.of("城东小学2023.txt", "城西中学2023.txt")) {
                z.putNextEntry(new ZipEntry(n));
                z.write("述职报告".getBytes(StandardCharsets.UTF_8));
            }
        }
        String m = refusal("报告.docx", out.toByteArray());
        assertTrue(m.contains("压缩包") && m.contains("城东小学2023.txt") && !m.contains("损坏"), m);
    }

    private static byte[] without(byte[] zip, String entry) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] body = in.readAllBytes();
                if (e.getName().equals(entry)) continue;
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(body);
            }
        }
        return out.toByteArray();
    }
}
