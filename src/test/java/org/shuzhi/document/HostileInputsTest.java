package org.shuzhi.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.TestFiles;

/**
 * Files made to hurt a reader (zip bombs, tables nested thousands deep) are refused with a Chinese reason
 * that names the bound they break; real files that merely look odd (very repetitive Word files, UTF-16
 * without a byte order mark) are read.
 */
class HostileInputsTest {
    @TempDir
    Path dir;

    private String refusal(String name, byte[] bytes) {
        var e = assertThrows(UnreadableReportException.class, () -> ReportReaders.read(name, bytes), name);
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().startsWith("无法读取 " + name + "："), e.getMessage());
        return e.getMessage();
    }

    private static List<String> texts(Report r) {
        return r.paragraphs().stream().map(Paragraph::text).toList();
    }

    // ---- UTF-16 without a byte order mark ----

    private static final String REPORT = "2023年度抓基层党建工作述职报告\n城东小学党支部书记 王丽华\n一、履职主要情况\n"
            + "一是抓好一个支部一支队伍，我全年主持支委会12次，讲专题党课3次。\n";
    /** No ASCII at all: no zero byte tells the byte order, only the characters do. */
    private static final String ALL_CHINESE = "我们一起学习二十大精神，不断提高理论水平。一是学，二是做。";

    @Test
    void utf16WithoutBomIsReadInEitherByteOrder() throws Exception {
        for (String text : List.of(REPORT, ALL_CHINESE)) {
            for (var cs : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
                Report r = ReportReaders.read("u16.txt", text.getBytes(cs));
                assertEquals(text.strip().lines().toList(), texts(r), cs + ": " + text);
            }
        }
    }

    @Test
    void gbkAndUtf8AreNotTakenForUtf16() throws Exception {
        String text = "党建工作述职报告\n我全年主持支委会十二次，讲专题党课三次。\n";
        assertEquals(text.strip().lines().toList(), texts(ReportReaders.read("gbk.txt", text.getBytes("GBK"))));
        assertEquals(text.strip().lines().toList(), texts(ReportReaders.read("u8.txt", text.getBytes(StandardCharsets.UTF_8))));
    }

    // ---- zip bombs ----

    /** A real .docx with {@code count} extra entries of {@code mb} MB of zeros each, deflated once and copied raw. */
    private byte[] withBombs(int count, int mb) throws IOException {
        byte[] docx = Files.readAllBytes(TestFiles.docx(dir, "bombs.docx", List.of("2023年度述职报告", "我全年主持支委会12次。")));
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(bomb)) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            z.putArchiveEntry(new ZipArchiveEntry("bomb"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < mb; i++) z.write(zeros);
            z.closeArchiveEntry();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile bombs = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bomb.toByteArray())).get();
             ZipFile word = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(docx)).get();
             ZipArchiveOutputStream z = new ZipArchiveOutputStream(out)) {
            word.copyRawEntries(z, e -> true);
            ZipArchiveEntry b = bombs.getEntry("bomb");
            for (int i = 0; i < count; i++) {
                ZipArchiveEntry copy = new ZipArchiveEntry("word/media/image" + i + ".png");
                copy.setMethod(b.getMethod());
                copy.setCrc(b.getCrc());
                copy.setSize(b.getSize());
                copy.setCompressedSize(b.getCompressedSize());
                z.addRawArchiveEntry(copy, bombs.getRawInputStream(b));
            }
        }
        return out.toByteArray();
    }

    @Test
    void aDocxFullOfZipBombsIsRefusedByWhatItsDirectoryDeclares() throws Exception {
        byte[] bombs = withBombs(12, 64);
        assertTrue(bombs.length < 2 << 20, "the bombs inflate 12 × 64 MB from " + bombs.length + " bytes");
        assertTrue(refusal("bombs.docx", bombs).contains("压缩炸弹"));
    }

    @Test
    void aBombWhoseDirectoryLiesIsStoppedWhileInflating() throws Exception {
        // word/document.xml declares 1 KB in the directory and inflates to 100 MB of blanks
        byte[] docx = Files.readAllBytes(TestFiles.docx(dir, "liar.docx", List.of("2023年度述职报告")));
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + Docx.W + "\"><w:body>"
                + " ".repeat(100 << 20) + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8);
        byte[] liar = declareSize(Docx.replaced(docx, "word/document.xml", xml), "word/document.xml", 1024);
        assertTrue(refusal("liar.docx", liar).contains("压缩炸弹"));
    }

    /** The zip with the uncompressed size of {@code entry} set to {@code size} in its local and central headers. */
    private static byte[] declareSize(byte[] zip, String entry, int size) {
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        byte[] out = zip.clone();
        for (int i = 0; i + 46 < out.length; i++) {
            boolean local = out[i] == 'P' && out[i + 1] == 'K' && out[i + 2] == 3 && out[i + 3] == 4;
            boolean central = out[i] == 'P' && out[i + 1] == 'K' && out[i + 2] == 1 && out[i + 3] == 2;
            if (!local && !central) continue;
            int nameAt = local ? i + 30 : i + 46, sizeAt = local ? i + 22 : i + 24;
            if (!java.util.Arrays.equals(out, nameAt, nameAt + name.length, name, 0, name.length)) continue;
            for (int k = 0; k < 4; k++) out[sizeAt + k] = (byte) (size >>> (8 * k));
        }
        return out;
    }

    @Test
    void tooManyEntriesAreRefusedBeforeTheDirectoryIsRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < BoundedZip.MAX_ENTRIES + 1; i++) {
                z.putNextEntry(new ZipEntry("word/part" + i + ".xml"));
                z.closeEntry();
            }
        }
        assertTrue(refusal("many.docx", out.toByteArray()).contains("文件过多"));
    }

    @Test
    void aLongRepetitiveReportIsReadThoughItCompressesBeyondPoisDefaultRatio() throws Exception {
        List<String> lines = new ArrayList<>(List.of("2023年度抓基层党建工作述职报告"));
        for (int i = 0; i < 3000; i++) lines.add("认真学习贯彻党的二十大精神，持续推动全面从严治党向纵深发展。");
        Path file = TestFiles.docx(dir, "repetitive.docx", lines);
        // the case at hand: POI's own guard (100 : 1 past 100 KB) refuses this document.xml
        long[] sizes = entrySizes(Files.readAllBytes(file), "word/document.xml");
        assertTrue(sizes[1] > 100 * sizes[0] && sizes[1] > 100 * 1024, "document.xml " + sizes[1] + " from " + sizes[0]);
        assertEquals(3001, ReportReaders.read(file).paragraphs().size());
    }

    /** An entry's compressed and inflated size. */
    private static long[] entrySizes(byte[] zip, String entry) throws IOException {
        try (ZipFile z = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            ZipArchiveEntry e = z.getEntry(entry);
            return new long[] {e.getCompressedSize(), e.getSize()};
        }
    }

    // ---- nesting ----

    @Test
    void tablesNestedThousandsDeepAreRefusedNotOverflowed() throws Exception {
        byte[] deep = Docx.withBody(dir, Docx.paragraph("2023年度述职报告") + Docx.nestedTables(3000, "最里层"));
        String m = refusal("deep.docx", deep);
        assertTrue(m.contains("表格嵌套过深"), m);
    }

    @Test
    void tablesNestedAFewDeepAreReadCellByCell() throws Exception {
        byte[] nested = Docx.withBody(dir, Docx.paragraph("2023年度述职报告") + Docx.nestedTables(XmlNesting.MAX_TABLE_DEPTH, "最里层"));
        Report r = ReportReaders.read("nested.docx", nested);
        assertEquals(List.of("2023年度述职报告", "最里层"), texts(r));
        assertEquals(XmlNesting.MAX_TABLE_DEPTH - 1, r.paragraphs().get(1).table().table());
    }

    @Test
    void otherElementsNestedThousandsDeepAreRefused() throws Exception {
        // smart tags inside smart tags: POI gathers a paragraph's runs through them by recursion
        String tags = "<w:smartTag w:uri=\"u\" w:element=\"e\">".repeat(5000) + "<w:r><w:t>字</w:t></w:r>" + "</w:smartTag>".repeat(5000);
        String m = refusal("tags.docx", Docx.withBody(dir, "<w:p>" + tags + "</w:p>"));
        assertTrue(m.contains("嵌套过深"), m);
    }

    @Test
    void aTruncatedDocxIsCalledDamagedAndAZipIsCalledAZipWithoutInflating() throws Exception {
        byte[] whole = Files.readAllBytes(TestFiles.docx(dir, "whole.docx", List.of("2023年度述职报告", "我全年主持支委会12次。")));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertTrue(refusal("cut.docx", cut).contains("已损坏或不完整"));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("城东小学2023.txt"));
            z.write("述职报告".getBytes(StandardCharsets.UTF_8));
        }
        byte[] plain = zip.toByteArray();
        assertTrue(refusal("reports.docx", plain).contains("压缩包"));
        assertTrue(refusal("reports-cut.docx", java.util.Arrays.copyOf(plain, plain.length - 30)).contains("压缩包"));
    }

    @Test
    void entryNamesOfATruncatedZipAreReadFromItsLocalHeaders() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            for (String n : List.of("[Content_Types].xml", "word/document.xml")) {
                z.putNextEntry(new ZipEntry(n));
                z.write("<x/>".repeat(100).getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] b = zip.toByteArray();
        assertEquals(List.of("[Content_Types].xml", "word/document.xml"), BoundedZip.localNames(java.util.Arrays.copyOf(b, b.length - 40)));
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(b))) {
            assertEquals("[Content_Types].xml", in.getNextEntry().getName());
        }
    }
}
