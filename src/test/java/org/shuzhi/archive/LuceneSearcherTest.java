package org.shuzhi.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded archive's {@link ArchiveSearcher}: Lucene's own answers, and pages in one order whatever the index order. */
class LuceneSearcherTest {
    @TempDir
    Path dir;

    @Test
    void countsAndFrequenciesAreTheIndexsOwn() {
        try (Archive a = Archive.open(dir)) {
            fill(a);
            a.read(s -> {
                var lucene = ((LuceneSearcher) s).indexSearcher();
                Query paragraphs = ArchiveQueries.paragraphs();
                assertEquals(lucene.count(paragraphs), s.count(paragraphs));
                int limited = s.count(paragraphs, 2);
                assertTrue(limited >= 2 && limited <= s.count(paragraphs), "counted to the limit: " + limited);
                assertEquals(lucene.getIndexReader().numDocs(), s.numDocs());
                List<String> grams = List.of("理论", "党建", "两张", "没有这个", "组织");
                Map<String, Integer> df = s.docFreqs(ArchiveSchema.GRAMS, grams);
                for (String g : grams) {
                    int expected = lucene.getIndexReader().docFreq(new Term(ArchiveSchema.GRAMS, g));
                    assertEquals(expected, df.get(g), g);
                    assertEquals(expected, s.docFreq(ArchiveSchema.GRAMS, g), g);
                }
                assertEquals(0, df.get("没有这个"));
                assertTrue(df.get("党建") > 1, df.toString());
                var looked = s.lookup(ArchiveSchema.GRAMS, grams);
                for (String g : grams) assertEquals(df.get(g), looked.get(g).docFreq(), g);
                assertEquals(s.count(paragraphs), s.all(paragraphs).size());
                Map<String, Integer> counts = s.termCounts(ArchiveQueries.reports(), ArchiveSchema.GRAMS, List.of("党建", "没有这个"));
                assertEquals(df.get("党建"), counts.get("党建"));
                assertEquals(0, counts.get("没有这个"));
                List<Document> byYear = s.top(ArchiveQueries.reports(), 2, new Sort(new SortField(ArchiveSchema.YEAR, SortField.Type.INT, true)));
                assertEquals(List.of(2023, 2023), byYear.stream().map(ArchiveSchema::year).toList());
                return null;
            });
        }
    }

    /**
     * Equal scores are ordered by report id and paragraph, not by where the index put them (reports were added out of
     * that order), and pages cut through a run of equal scores continue it without a gap or a repeat.
     */
    @Test
    void pagesByScoreBreakTiesByReportAndParagraph() {
        try (Archive a = Archive.open(dir)) {
            fill(a);
            a.read(s -> {
                Query tied = new ConstantScoreQuery(ArchiveQueries.paragraphs());
                List<Document> expected = new ArrayList<>(s.all(ArchiveQueries.paragraphs()));
                expected.sort(Comparator.comparing((Document d) -> d.get(ArchiveSchema.REPORT_ID))
                        .thenComparingInt(d -> d.getField(ArchiveSchema.PARAGRAPH).numericValue().intValue()));
                assertTrue(expected.size() >= 9, "enough paragraphs to cut pages through: " + expected.size());
                // as the index holds them, the first paragraphs are not the first by report id
                assertTrue(!key(s.all(ArchiveQueries.paragraphs()).get(0)).equals(key(expected.get(0))), "index order differs from key order");
                List<String> paged = new ArrayList<>();
                for (int from = 0; from < expected.size(); from += 4) {
                    for (Document d : s.ranked(tied, from, 4)) paged.add(key(d));
                }
                assertEquals(expected.stream().map(LuceneSearcherTest::key).toList(), paged);
                return null;
            });
        }
    }

    private static String key(Document d) {
        return d.get(ArchiveSchema.REPORT_ID) + "#" + d.getField(ArchiveSchema.PARAGRAPH).numericValue().intValue();
    }

    /** Reports added so that the index order is not the order of their ids (the later unit's first). */
    private static void fill(Archive a) {
        Reports.add(a, "西城街道党工委", 2023, "全年开展理论学习12次，党建引领基层治理。", "党建和业务两张皮问题仍然存在。", "2024年底前完成组织生活规范化。");
        Reports.add(a, "东湖区城东小学党支部", 2023, "支部组织生活规范开展，党建品牌初步形成。", "理论学习不够深入，党建两张皮。", "每月开展一次主题党日。");
        Reports.add(a, "东湖区城东小学党支部", 2022, "发展青年党员3名，党建工作有起色。", "组织生活走过场。", "2023年6月底前建立学习台账。");
    }
}
