package org.shuzhi.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Plain text in UTF-8 (with or without BOM), UTF-16 (with a BOM, or told by its byte pattern), or the GB
 * family. UTF-8 is tried strictly first because it is self-validating, then UTF-16 by its pattern; anything
 * else goes to juniversalchardet, and whatever it calls GB2312/GBK is decoded as GB18030, their superset.
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
        boolean nul = indexOf(bytes, (byte) 0) >= 0;
        // NUL bytes are never UTF-8 text, yet valid UTF-8: UTF-16's zero high bytes must not be read as it
        String utf8 = nul ? null : strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) return utf8;
        String utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) return utf16;
        if (nul) throw new UnreadableReportException(name, BINARY);
        Charset detected = detect(bytes);
        String text = strict(bytes, detected);
        if (text == null) {
            throw new UnreadableReportException(name, "无法识别文字编码（不是 UTF-8、GBK 或 GB18030），请另存为 UTF-8 文本后重试");
        }
        return text;
    }

    /**
     * UTF-16 saved without a BOM (Notepad's "Unicode" in some tools, big- or little-endian), told by the
     * byte pattern: decoded in the right byte order, nearly every character is a Chinese character, Chinese
     * or ASCII punctuation, a digit, a letter or white space. In the wrong order, and for text in the GB
     * family or UTF-8 read as UTF-16, most pairs fall on Hangul, private-use or unpaired surrogates instead.
     * (Zero bytes alone do not tell the order: ASCII puts them on one side, 一 and every U+xx00 on the other.)
     */
    private static String utf16WithoutBom(byte[] bytes) {
        if (bytes.length < 2 || bytes.length % 2 != 0) return null;
        String best = null;
        double bestShare = 0;
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            String text = strict(bytes, cs);
            if (text == null) continue;
            double share = plausibleShare(text);
            if (share > bestShare) {
                bestShare = share;
                best = text;
            }
        }
        return bestShare >= MIN_PLAUSIBLE_SHARE && !looksBinary(best) ? best : null;
    }

    /** A Chinese text read in the right encoding is made of such characters all but a few (emoji, symbols). */
    private static final double MIN_PLAUSIBLE_SHARE = 0.9;

    private static double plausibleShare(String text) {
        long plausible = text.codePoints().filter(TextReportReader::plausible).count();
        return (double) plausible / Math.max(1, text.codePointCount(0, text.length()));
    }

    private static boolean plausible(int c) {
        if (c < 0x80) return c >= 0x20 && c != 0x7F || c == '\n' || c == '\r' || c == '\t';
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF || c >= 0x2000 && c <= 0x206F
                || c == 0x00B7 || c == 0x00A0 || c == 0xFEFF;
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
