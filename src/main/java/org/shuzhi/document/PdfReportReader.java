package org.shuzhi.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF through PDFBox. PDF text breaks lines inside sentences, so a line is joined to the next unless it
 * ends a sentence or the next one starts like a heading.
 */
final class PdfReportReader implements ReportReader {
    private static final Pattern ENDS_PARAGRAPH = Pattern.compile(".*[。！？!?：:；;”」）)]$|^.{0,24}$");
    private static final Pattern STARTS_HEADING = Pattern.compile(
            "^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[)）]|\\d{1,2}[.．、](?!\\d)|[一二三四五六七八九十]是|第[一二三四五六七八九十]+[,，、:：])");

    @Override
    public Report read(String name, byte[] bytes) throws UnreadableReportException {
        String text;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(doc);
        } catch (InvalidPasswordException e) {
            throw new UnreadableReportException(name, "PDF 设有打开密码（已加密），无法读取；请去掉密码后再试", e);
        } catch (Exception | LinkageError e) {
            throw new UnreadableReportException(name, "文件已损坏或不完整，不是有效的 PDF 文档", e);
        }
        if (text.isBlank()) {
            throw new UnreadableReportException(name, "PDF 中没有文字层（可能是扫描件或图片），无法读取文字；请提供 Word 或文本文件，或先做文字识别（OCR）");
        }
        List<String> merged = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\\r?\\n")) {
            String t = ParagraphSplitter.strip(line);
            if (t.isEmpty() || STARTS_HEADING.matcher(t).find()) flush(merged, current);
            if (t.isEmpty()) continue;
            current.append(t);
            if (ENDS_PARAGRAPH.matcher(t).matches()) flush(merged, current);
        }
        flush(merged, current);
        return Report.fromText(name, String.join("\n", merged));
    }

    private static void flush(List<String> out, StringBuilder sb) {
        if (sb.length() > 0) out.add(sb.toString());
        sb.setLength(0);
    }
}
