package org.shuzhi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.nlp.ReportAnalyzer;

class ScaleCorpusTest {
    private static final Corpus CORPUS = Corpus.at(Path.of("corpus"));
    private final ScaleCorpus scale = ScaleCorpus.standard(CORPUS);

    @Test
    void sameIndexSameReportAndUnitsSpanTheYears() {
        assertEquals(scale.archived(42).text(), scale.archived(42).text());
        GeneratedReport first = scale.archived(0), last = scale.archived(ScaleCorpus.YEARS - 1);
        assertEquals(first.unit(), last.unit(), "one unit a report a year");
        assertEquals(ScaleCorpus.FIRST_YEAR, first.year());
        assertEquals(ScaleCorpus.FIRST_YEAR + ScaleCorpus.YEARS - 1, last.year());
        assertNotEquals(first.unit(), scale.archived(ScaleCorpus.YEARS).unit());
    }

    @Test
    void reportsAreRewordedNotCopiedFromTheCorpus() {
        Set<String> corpusLines = new HashSet<>();
        for (var e : CORPUS.entries()) corpusLines.addAll(CORPUS.text(e.id()).lines().toList());
        int lines = 0, verbatim = 0;
        for (int i = 0; i < 50; i++) {
            for (String line : scale.archived(i).text().lines().toList()) {
                lines++;
                if (corpusLines.contains(line)) verbatim++;
            }
        }
        // headings and short lines may come through untouched; most paragraphs must not
        assertTrue(verbatim < lines / 2, verbatim + " of " + lines + " lines verbatim");
    }

    @Test
    void aUnitsTextNamesItAndItsYear() {
        GeneratedReport r = scale.archived(3);
        String place = r.unit().substring(0, 3);
        assertTrue(r.text().contains(place), "the unit's new name appears in its text");
        assertTrue(r.text().contains(String.valueOf(r.year())), r.text().lines().findFirst().orElse(""));
    }

    @Test
    void reviewReportsReachTheRequestedLength() {
        List<Integer> chars = List.of(0, 7, 13).stream()
                .map(u -> ReportAnalyzer.analyze(scale.forReview(u, 0, 2000).report(), null).chars()).toList();
        for (int c : chars) assertTrue(c >= 1800 && c <= 3000, "chars " + chars);
        assertFalse(scale.forReview(1, 0, 0).text().equals(scale.forReview(1, 1, 0).text()), "variants differ");
    }
}
