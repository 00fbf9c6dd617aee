package org.shuzhi.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The one way in for report files: picks the reader by the file's content (magic bytes) and name, and
 * refuses empty, binary, corrupt and unsupported files with a message that names the file.
 */
public final class ReportReaders {
    /** Larger inputs are refused rather than risk the process: no real report comes near this. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private ReportReaders() {}

    public static Report read(Path path) throws UnreadableReportException {
        String name = path.toString();
        try {
            if (Files.isDirectory(path)) throw new UnreadableReportException(name, "这是一个目录，不是文件");
            if (Files.size(path) > MAX_BYTES) throw new UnreadableReportException(name, "文件超过 50 MB，不像一份述职报告");
            return read(name, Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            throw new UnreadableReportException(name, "文件不存在");
        } catch (IOException e) {
            throw new UnreadableReportException(name, "读取失败（" + e.getClass().getSimpleName() + "）", e);
        }
    }

    public static Report read(String name, byte[] bytes) throws UnreadableReportException {
        if (bytes.length == 0) throw new UnreadableReportException(name, "文件为空");
        if (bytes.length > MAX_BYTES) throw new UnreadableReportException(name, "文件超过 50 MB，不像一份述职报告");
        Report report = readerFor(name, bytes).read(name, bytes);
        if (report.paragraphs().isEmpty()) throw new UnreadableReportException(name, "文件中没有任何文字内容");
        return report;
    }

    private static ReportReader readerFor(String name, byte[] b) throws UnreadableReportException {
        String ext = extension(name);
        boolean zip = b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
        boolean ole = b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11 && (b[3] & 0xFF) == 0xE0;
        boolean pdf = b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F';
        switch (ext) {
            case "docx", "docm", "dotx":
                if (ole) return new DocReportReader();
                return new DocxReportReader();
            case "doc", "dot":
                if (zip) return new DocxReportReader();
                return new DocReportReader();
            case "pdf":
                return new PdfReportReader();
            case "txt", "text", "md", "":
                if (zip || ole || pdf) break;
                return new TextReportReader();
            default:
                if (!zip && !ole && !pdf) {
                    throw new UnreadableReportException(name, "不支持的文件类型 ." + ext + "，请提供 .txt、.docx、.doc 或 .pdf 文件");
                }
        }
        if (zip) return new DocxReportReader();
        if (ole) return new DocReportReader();
        return new PdfReportReader();
    }

    private static String extension(String name) {
        String file = name.replace('\\', '/');
        file = file.substring(file.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
