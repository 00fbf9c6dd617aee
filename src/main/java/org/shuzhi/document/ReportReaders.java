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
        Report report = readSafely(name, bytes);
        if (report.paragraphs().isEmpty()) throw new UnreadableReportException(name, "文件中没有任何文字内容");
        return report;
    }

    /**
     * The reader's report. The readers bound what they read (depth, entries, inflated size); should a file
     * still exhaust the stack or the heap inside a library, it is refused like any unreadable file, so one
     * file never takes down an indexing run or a server thread.
     */
    private static Report readSafely(String name, byte[] bytes) throws UnreadableReportException {
        ReportReader reader = readerFor(name, bytes);
        try {
            return reader.read(name, bytes);
        } catch (StackOverflowError e) {
            throw new UnreadableReportException(name, "文件结构嵌套过深，无法读取（不是正常的述职报告）", e);
        } catch (OutOfMemoryError e) {
            throw new UnreadableReportException(name, "文件解开后过大，内存不足以读取（不是正常的述职报告）", e);
        }
    }

    private static final String RESAVE = "请在 Word 或 WPS 中另存为 .docx 后重试";

    /** By content first: a .doc that is really a .docx (or a PDF) is read as what it is. */
    private static ReportReader readerFor(String name, byte[] bytes) throws UnreadableReportException {
        String ext = extension(name);
        FileKind kind = FileKind.of(bytes);
        switch (kind) {
            case ZIP: return new DocxReportReader();
            case OLE: return new DocReportReader();
            case PDF: return new PdfReportReader();
            case RTF: throw new UnreadableReportException(name, "这是 RTF 格式的文件，暂不支持；" + RESAVE);
            default: break;
        }
        switch (ext) {
            case "docx", "docm", "dotx", "doc", "dot":
                if (kind == FileKind.HTML) {
                    throw new UnreadableReportException(name, "这是网页（HTML）格式的文件，只是扩展名为 ." + ext + "；" + RESAVE);
                }
                throw new UnreadableReportException(name, "不是 Word 文档：文件内容既不是 .docx 也不是 .doc 格式（可能是改了扩展名的其他文件）");
            case "pdf":
                throw new UnreadableReportException(name, "不是 PDF 文档：文件中没有 PDF 标记（可能是改了扩展名的其他文件）");
            case "txt", "text", "md", "":
                return new TextReportReader();
            default:
                throw new UnreadableReportException(name, "不支持的文件类型 ." + ext + "，请提供 .txt、.docx、.doc 或 .pdf 文件");
        }
    }

    private static String extension(String name) {
        String file = name.replace('\\', '/');
        file = file.substring(file.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
