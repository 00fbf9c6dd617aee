package org.shuzhi.document;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What a file's first bytes say it is, whatever its name says. */
enum FileKind {
    /** Zip: .docx (and any other Office Open XML or plain zip). */
    ZIP,
    /** OLE2 compound file: .doc, an encrypted .docx, or another old Office format. */
    OLE,
    PDF,
    RTF,
    /** A web page, often saved by an editor under a .doc name. */
    HTML,
    /** Anything else: text, or junk the text reader will refuse. */
    OTHER;

    static FileKind of(byte[] b) {
        if (startsWith(b, 0, 'P', 'K', 3, 4)) return ZIP;
        if (startsWith(b, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) return OLE;
        String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1);
        if (head.contains("%PDF-")) return PDF; // the PDF header may follow some junk within the first 1024 bytes
        String start = head.replaceFirst("^(\u00EF\u00BB\u00BF)?\\s*", "").toLowerCase(Locale.ROOT);
        if (start.startsWith("{\\rtf")) return RTF;
        if (start.startsWith("<html") || start.startsWith("<!doctype html") || start.startsWith("mime-version:")
                || start.startsWith("<?xml") && head.contains("<html")) return HTML;
        return OTHER;
    }

    private static boolean startsWith(byte[] b, int at, int... prefix) {
        if (b.length < at + prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[at + i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
