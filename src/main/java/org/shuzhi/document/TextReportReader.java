package org.shuzhi.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Plain text in UTF-8 (with or without BOM), UTF-16 with BOM, or the GB family. UTF-8 is tried strictly
 * first because it is self-validating; anything else goes to juniversalchardet, and whatever it calls
 * GB2312/GBK is decoded as GB18030, their superset.
 */
final class TextReportReader implements ReportReader {
    @Override
    public Report read(String name, byte[] bytes) throws UnreadableReportException {
        String text = decode(name, bytes);
        if (looksBinary(text)) throw new UnreadableReportException(name, "不是文本文件（含有大量控制字符），请提供 .txt、.docx、.doc 或 .pdf 文件");
        return Report.fromText(name, text);
    }

    static String decode(String name, byte[] bytes) throws UnreadableReportException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        if (startsWith(bytes, 0xFF, 0xFE)) return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        if (startsWith(bytes, 0xFE, 0xFF)) return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) return utf8;
        Charset detected = detect(bytes);
        String text = strict(bytes, detected);
        if (text == null) {
            throw new UnreadableReportException(name, "无法识别文字编码（不是 UTF-8、GBK 或 GB18030），请另存为 UTF-8 文本后重试");
        }
        return text;
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String cs = detector.getDetectedCharset();
        if (cs == null || cs.startsWith("GB") || cs.equals("HZ-GB-2312")) return Charset.forName("GB18030");
        if (cs.equals("BIG5")) return Charset.forName("Big5");
        try {
            return Charset.forName(cs);
        } catch (RuntimeException e) {
            return Charset.forName("GB18030");
        }
    }

    private static String strict(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Text with NULs or more than 1% other control characters is not a report. */
    private static boolean looksBinary(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) return true;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        return control > 0 && control * 100 > text.length();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
