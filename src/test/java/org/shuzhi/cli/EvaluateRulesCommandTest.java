package org.shuzhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.corpus.Alignment;
import org.shuzhi.corpus.GoldParagraph;
import org.shuzhi.document.Part;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.RuleEvaluation;
import org.shuzhi.rules.Severity;

/** evaluate-rules on a held-out set as the newer ones come (src/test/resources/evaluation/mini-heldout). */
class EvaluateRulesCommandTest {
    private static final String MINI = "src/test/resources/evaluation/mini-heldout";

    @TempDir
    Path dir;

    @Test
    void aHeldOutSetWithDocxRunTogetherLinesAndNotGivenFieldsIsScored() throws Exception {
        Path out = dir.resolve("eval.md");
        CliRun r = CliRun.of("evaluate-rules", "--corpus", MINI, "--heldout", MINI, "--labels", "both", "--details", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String md = Files.readString(out, StandardCharsets.UTF_8);
        // whole-report codes are scored before any rule emits them
        assertTrue(md.contains("| NOT_A_DUTY_REPORT | 1 | "), md);
        assertTrue(md.contains("| TEXT_INCOMPLETE | 1 | "), md);
        assertTrue(md.contains("texts that are no duty report (quality `not-report`)"), md);
        // the content rules apart from the whole-report codes: 4 of the 6 annotations are about paragraphs
        assertTrue(md.contains("| **content** (paragraph rules) | 4 | "), md);
        // every annotated paragraph found, the docx's table cells and the GBK text's run-together line among them
        String reading = md.substring(md.indexOf("## Reading: held-out set " + MINI));
        assertTrue(reading.contains("4 reports, 37 annotated paragraphs: 37 aligned"), reading);
        assertTrue(reading.contains(", 0 not found;"), reading);
        assertTrue(reading.contains("| section | "), reading);
        // metadata as the text gives it, "-" (not given) matching only null: no name in hongqi's byline, no unit in the speech
        for (String field : List.of("unit", "year", "role", "name")) {
            assertTrue(reading.contains("| " + field + " | 4 | 4 | 1.00 |"), field + "\n" + reading);
        }
        assertTrue(reading.contains("Page debris:") && reading.contains("1 annotated"), reading);
    }

    @Test
    void aFindingOnAParagraphHoldingTwoRowsGoesToTheRowThatExpectsIt() {
        List<GoldParagraph> rows = List.of(
                new GoldParagraph(0, Part.OTHER, false, "一、履职情况", null),
                new GoldParagraph(1, Part.ACHIEVEMENT, false, "我全年主持支委会10", null),
                new GoldParagraph(2, Part.ACHIEVEMENT, false, "支部高度重视党建阵地", null));
        Alignment a = Alignment.of(rows, List.of("一、履职情况", "我全年主持支委会10次。 支部高度重视党建阵地建设。", "二、存在的问题"));
        Set<RuleEvaluation.Key> expected = Set.of(new RuleEvaluation.Key("r", 2, "NO_DATA"));
        assertEquals(2, EvaluateRulesCommand.goldParagraph(finding("NO_DATA", 1), "r", rows, a, expected));
        assertEquals(1, EvaluateRulesCommand.goldParagraph(finding("COLLECTIVE_VOICE", 1), "r", rows, a, expected));
        // a paragraph no row starts continues the row before it
        assertEquals(2, EvaluateRulesCommand.goldParagraph(finding("COLLECTIVE_VOICE", 2), "r", rows, a, expected));
        assertEquals(null, EvaluateRulesCommand.goldParagraph(finding("STRUCTURE_MISSING_PART", null), "r", rows, a, expected));
    }

    private static Finding finding(String rule, Integer paragraph) {
        return new Finding(rule, Severity.WARNING, paragraph, null, "x", Map.of());
    }
}
