package org.shuzhi.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shuzhi.corpus.Alignment;
import org.shuzhi.corpus.CorpusEntry;
import org.shuzhi.corpus.GoldParagraph;
import org.shuzhi.document.Part;

class ReadingEvaluationTest {
    private static final List<GoldParagraph> GOLD = List.of(
            new GoldParagraph(0, Part.OTHER, true, "篇1", Part.OTHER),
            new GoldParagraph(1, Part.OTHER, false, "红旗村党支部书记20", Part.OTHER),
            new GoldParagraph(2, Part.ACHIEVEMENT, false, "我全年主持支委会10", Part.ACHIEVEMENT),
            new GoldParagraph(3, Part.ACHIEVEMENT, false, "支部高度重视党建阵地", Part.ACHIEVEMENT),
            new GoldParagraph(4, Part.PROBLEM, false, "这一段不在报告里", Part.PROBLEM));

    /** The product read the run-together rows 2 and 3 as one paragraph, labelled it achievement, missed row 4. */
    private static Review review(ReviewMeta meta) {
        List<ParagraphResult> ps = List.of(
                new ParagraphResult(0, "篇1", Part.OTHER, Part.OTHER, 0.9, true, null),
                new ParagraphResult(1, "红旗村党支部书记2023年度述职报告", Part.OTHER, Part.OTHER, 0.9),
                new ParagraphResult(2, "我全年主持支委会10次。 支部高度重视党建阵地建设。", Part.ACHIEVEMENT, Part.ACHIEVEMENT, 0.9));
        return new Review("t.txt", meta, new Stats(10, Map.of()), ps, List.of(), VerdictPolicy.decide(List.of()));
    }

    private static Alignment alignment(Review r) {
        return Alignment.of(GOLD, r.paragraphs().stream().map(ParagraphResult::text).toList());
    }

    @Test
    void labelsSectionsAndMetadataAgainstTheAnnotation() {
        CorpusEntry entry = new CorpusEntry("hongqi", "中共红旗村支部委员会", "village", 2023, "党支部书记", "weak", "", null, true);
        Review r = review(new ReviewMeta("红旗村党支部", 2023, "党委书记", "李明", "default"));
        ReadingEvaluation ev = new ReadingEvaluation();
        ev.add(entry, GOLD, alignment(r), r);
        assertEquals(new ReadingEvaluation.Tally(4, 4), ev.labels(), "the row not found is left out");
        assertEquals(new ReadingEvaluation.Tally(4, 4), ev.sections());
        assertEquals(1, ev.failures().size());
        assertEquals(1, ev.inside());
        assertEquals(new ReadingEvaluation.Tally(1, 1), ev.meta("unit"));
        assertEquals(new ReadingEvaluation.Tally(0, 1), ev.meta("role"));
        assertEquals(new ReadingEvaluation.Tally(0, 1), ev.meta("name"), "annotated '-', read 李明");
        assertTrue(ev.misses().stream().anyMatch(m -> m.what().equals("role") && m.gold().equals("党支部书记") && m.product().equals("党委书记")));
        // the product marks debris (paragraph field debris): the annotated debris row is found, nothing else
        assertTrue(ev.debrisMarked());
        assertArrayEquals(new int[] {1, 0, 0}, ev.debris());
    }

    @Test
    void theNameIsScoredOnlyWhereTheManifestHasItsColumn() {
        CorpusEntry older = new CorpusEntry("hongqi", "红旗村党支部", "village", 2023, "党支部书记", "weak", "");
        Review r = review(new ReviewMeta("红旗村党支部", 2023, "党支部书记", "李明", "default"));
        ReadingEvaluation ev = new ReadingEvaluation();
        ev.add(older, GOLD, alignment(r), r);
        assertEquals(0, ev.meta("name").total());
    }

    @Test
    void debrisIsScoredOnceTheProductMarksIt() {
        // a stand-in for the paragraph field the layout work adds: here, "篇1" and the title are marked
        ReadingEvaluation ev = new ReadingEvaluation(p -> p.text().startsWith("篇") || p.text().startsWith("红旗"));
        Review r = review(new ReviewMeta(null, null, null, null, "default"));
        ev.add(new CorpusEntry("hongqi", null, "village", null, null, "weak", "", null, true), GOLD, alignment(r), r);
        assertTrue(ev.debrisMarked());
        assertArrayEquals(new int[] {1, 1, 0}, ev.debris());
    }

    @Test
    void theMarkIsReadFromTheJsonContract() throws Exception {
        assertNull(ReadingEvaluation.debris(Json.MAPPER.readTree("{\"index\": 0, \"text\": \"篇1\"}")));
        assertEquals(true, ReadingEvaluation.debris(Json.MAPPER.readTree("{\"index\": 0, \"debris\": true}")));
        assertEquals(false, ReadingEvaluation.debris(Json.MAPPER.readTree("{\"index\": 1, \"debris\": false}")));
    }
}
