package org.shuzhi.document;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Word 97–2003 files through POI's HWPF; table cells come out as paragraphs in order. The same OLE2
 * container also holds password-protected .docx files and other Office formats, which are named as such.
 */
final class DocReportReader implements ReportReader {
    static final String PASSWORD = "文件设有打开密码（已加密），无法读取；请去掉密码后另存再试";

    @Override
    public Report read(String name, byte[] bytes) throws UnreadableReportException {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
        } catch (Exception | LinkageError e) {
            throw new UnreadableReportException(name, "文件已损坏或不完整，不是有效的 Word（.doc）文档", e);
        }
        try (fs) {
            return read(name, fs);
        } catch (java.io.IOException e) {
            throw new UnreadableReportException(name, "读取失败（" + e.getClass().getSimpleName() + "）", e);
        }
    }

    private static Report read(String name, POIFSFileSystem fs) throws UnreadableReportException {
        DirectoryNode root = fs.getRoot();
        if (root.hasEntry("EncryptionInfo")) throw new UnreadableReportException(name, PASSWORD);
        if (!root.hasEntry("WordDocument")) {
            throw new UnreadableReportException(name, "不是 Word 文档（可能是 Excel、PowerPoint 等其他 Office 文件）");
        }
        try (HWPFDocument doc = new HWPFDocument(fs);
             WordExtractor extractor = new WordExtractor(doc)) {
            List<Paragraph> out = new ArrayList<>();
            for (String raw : extractor.getParagraphText()) {
                for (String cell : raw.split("\u0007")) {
                    String t = ParagraphSplitter.strip(WordExtractor.stripFields(cell).replace('\u000B', ' '));
                    if (!t.isEmpty()) out.add(new Paragraph(out.size(), t, raw.indexOf('\u0007') >= 0));
                }
            }
            return new Report(name, out);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableReportException(name, PASSWORD, e);
        } catch (Exception | LinkageError e) {
            throw new UnreadableReportException(name, "文件已损坏或不完整，不是有效的 Word（.doc）文档", e);
        }
    }
}
