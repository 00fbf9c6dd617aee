package org.shuzhi.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuzhi.document.Paragraph;
import org.shuzhi.document.Part;
import org.shuzhi.document.ReportMeta;

/** A held-out set as the newer ones come: any encoding, .docx, "-" for what the text does not give, sections, debris. */
class CorpusTest {
    private static final Corpus MINI = Corpus.at(Path.of("src/test/resources/evaluation/mini-heldout"));

    @Test
    void aGbkTextAndADocxAreReadThroughTheProductsReaders() {
        List<String> gbk = MINI.report("hongqi-cun-2023").paragraphs().stream().map(Paragraph::text).toList();
        assertEquals("红旗村党支部书记2023年度抓基层党建工作述职报告", gbk.get(0));
        List<Paragraph> docx = MINI.report("qiaotou-xiaoxue-2022").paragraphs();
        assertEquals("问题", docx.get(7).text());
        assertTrue(docx.get(7).inTable());
        assertEquals("2024年度述职报告", MINI.report("duanwen-2024").paragraphs().get(0).text(), "the BOM is no character");
    }

    @Test
    void aDashMeansTheTextDoesNotGiveIt() {
        CorpusEntry speech = MINI.entry("dianping-2023");
        assertEquals(new ReportMeta(null, 2023, null, null), speech.meta());
        assertTrue(speech.notAReport());
        assertTrue(speech.nameAnnotated());
        assertEquals("鲁XX", MINI.entry("duanwen-2024").name());
        assertNull(MINI.entry("duanwen-2024").unit());
    }

    @Test
    void goldRowsCarryTheirSectionAndDebrisCountsAsOther() {
        List<GoldParagraph> rows = MINI.goldParagraphs("dianping-2023");
        assertTrue(rows.get(0).debris());
        assertEquals(Part.OTHER, rows.get(0).label());
        assertEquals("篇1", rows.get(0).prefix());
        assertEquals(Part.OTHER, MINI.labels("dianping-2023").get(0));
        assertEquals(Part.PLAN, MINI.goldParagraphs("hongqi-cun-2023").get(8).section());
    }

    @Test
    void theCorpusItselfReadsAsBefore() {
        Corpus corpus = Corpus.at(Path.of("corpus"));
        CorpusEntry e = corpus.entries().get(0);
        assertFalse(e.nameAnnotated());
        assertNull(e.name());
        // through the readers, a UTF-8 report has exactly its non-blank lines as paragraphs
        List<String> lines = corpus.text(e.id()).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertEquals(lines, corpus.report(e.id()).paragraphs().stream().map(Paragraph::text).toList());
        assertNull(corpus.goldParagraphs(e.id()).get(0).section());
        assertTrue(Alignment.of(corpus.goldParagraphs(e.id()), lines).identity());
    }

    @Test
    void everyExistingSetAlignsOneToOneSoItsFiguresStay() {
        for (String dir : List.of("corpus", "src/test/resources/rules/heldout", "src/test/resources/rules/heldout-final",
                "src/test/resources/rules/heldout-3", "src/test/resources/rules/heldout-4", "src/test/resources/rules/heldout-5")) {
            Corpus c = Corpus.at(Path.of(dir));
            for (CorpusEntry e : c.entries()) {
                List<String> texts = c.report(e.id()).paragraphs().stream().map(Paragraph::text).toList();
                assertTrue(Alignment.of(c.goldParagraphs(e.id()), texts).identity(), dir + " " + e.id());
            }
        }
    }
}
