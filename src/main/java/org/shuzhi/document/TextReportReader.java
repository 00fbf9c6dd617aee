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
    private static final String BINARY = "不是文本文件（内容是二进制数据），请提供 .txt、.docx、.doc 或 .pdf 文件";

    @Override
    public Report read(String name, byte[] bytes) throws UnreadableReportException {
        String text = decode(name, bytes);
        if (looksBinary(text)) throw new UnreadableReportException(name, BINARY);
        return Report.fromText(name, text);
    }

    static String decode(String name, byte[] bytes) throws UnreadableReportException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        if (startsWith(bytes, 0xFF, 0xFE)) return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        if (startsWith(bytes, 0xFE, 0xFF)) return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) return utf8;
        if (indexOf(bytes, (byte) 0) >= 0) {
            String utf16 = utf16WithoutBom(bytes);
            if (utf16 != null) return utf16;
            throw new UnreadableReportException(name, BINARY);
        }
        Charset detected = detect(bytes);
        String text = strict(bytes, detected);
        if (text == null) {
            throw new UnreadableReportException(name, "无法识别文字编码（不是 UTF-8、GBK 或 GB18030），请另存为 UTF-8 文本后重试");
        }
        return text;
    }

    /**
     * UTF-16 saved without a BOM (Notepad's "Unicode" in some tools): the zero high bytes of line breaks,
     * digits and ASCII punctuation stand on one side of the byte pairs (on the other side only those of
     * the few characters U+xx00, such as 一), which text in the GB family and binary data do not do.
     */
    private static String utf16WithoutBom(byte[] bytes) {
        if (bytes.length % 2 != 0) return null;
        int even = 0, odd = 0;
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == 0) { if (i % 2 == 0) even++; else odd++; }
        if (Math.max(even, odd) < 3 * Math.min(even, odd)) return null;
        String text = strict(bytes, odd > 0 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        return text == null || looksBinary(text) || !mostlyText(text) ? null : text;
    }

    /** Letters, digits, punctuation and white space make up nearly all of a text. */
    private static boolean mostlyText(String text) {
        long odd = text.codePoints().filter(c -> !Character.isLetterOrDigit(c) && !Character.isWhitespace(c)
                && !isPunctuation(c)).count();
        return odd * 20 < text.length();
    }

    private static boolean isPunctuation(int c) {
        int t = Character.getType(c);
        return t >= Character.DASH_PUNCTUATION && t <= Character.OTHER_PUNCTUATION
                || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                || t == Character.MATH_SYMBOL || t == Character.CURRENCY_SYMBOL || t == Character.OTHER_SYMBOL;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == b) return i;
        return -1;
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
