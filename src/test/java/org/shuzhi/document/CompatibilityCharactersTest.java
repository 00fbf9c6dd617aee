package org.shuzhi.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.TestFiles;

/** Compatibility characters become the ideographs they stand for when a file is read; all else stays as written. */
class CompatibilityCharactersTest {
    @TempDir
    Path dir;

    /** What a PDF printed by Chromium gives for "二十大精神长期坚持不懈，六个方面": Kangxi, supplement and compatibility characters. */
    private static final String PRINTED = "⼆⼗⼤精神⻓期坚持\uF967懈，\uF9D1个⽅⾯";
    private static final String TYPED = "二十大精神长期坚持不懈，六个方面";

    @Test
    void radicalsAndCompatibilityIdeographsBecomeTheIdeographs() {
        assertEquals(TYPED, CompatibilityCharacters.normalize(PRINTED));
        for (int c = 0x2F00; c <= 0x2FD5; c++) {
            String n = CompatibilityCharacters.normalize(new String(Character.toChars(c)));
            assertTrue(Character.isIdeographic(n.codePointAt(0)), Integer.toHexString(c) + " -> " + n);
        }
        assertEquals("长门见车马风黄青龙龟母", CompatibilityCharacters.normalize("⻓⻔⻅⻋⻢⻛⻩⻘⻰⻳⺟"));
        // the supplement: U+2F8B8 is U+22B0C (both surrogate pairs); U+2F800 is 丽, one char for two, and is kept
        // so that offsets into the submitted text hold
        assertEquals(new String(Character.toChars(0x22B0C)), CompatibilityCharacters.normalize(new String(Character.toChars(0x2F8B8))));
        String pair = new String(Character.toChars(0x2F800));
        assertEquals(pair, CompatibilityCharacters.normalize(pair));
        assertEquals(PRINTED.length(), CompatibilityCharacters.normalize(PRINTED).length());
    }

    @Test
    void fullWidthFormsAndEverythingElseStayAsWritten() {
        String text = "２０２３年，（一）ＡＢＣ：“党建”！⑴①㈠㎡ﬁ⿰";
        assertSame(text, CompatibilityCharacters.normalize(text));
        // a radical with no character of its own stays (⺮, the bamboo on top of 笔)
        assertEquals("⺮", CompatibilityCharacters.normalize("⺮"));
    }

    @Test
    void everyReaderGivesTheTypedCharacters() throws Exception {
        Path txt = TestFiles.text(dir, "printed.txt", "述职报告\n" + PRINTED + "\n", StandardCharsets.UTF_8);
        Path docx = TestFiles.docx(dir, "printed.docx", List.of("述职报告", PRINTED, "|问题|整改措施", "|" + PRINTED + "|⻓期坚持"));
        assertEquals(List.of("述职报告", TYPED), texts(ReportReaders.read(txt)));
        assertEquals(List.of("述职报告", TYPED, "问题", "整改措施", TYPED, "长期坚持"), texts(ReportReaders.read(docx)));
        // text pasted into the web page or built in memory goes through the same Report
        assertEquals(List.of(TYPED), texts(Report.fromText("pasted", PRINTED)));
    }

    private static List<String> texts(Report r) {
        return r.paragraphs().stream().map(Paragraph::text).toList();
    }
}
