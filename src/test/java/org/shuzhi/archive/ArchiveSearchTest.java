package org.shuzhi.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches on a real index: words the segmenter does not know, known words, and several groups. */
class ArchiveSearchTest {
    @TempDir
    Path dir;

    private Archive archive;

    // 到课率 and 参学率 are not in HanLP's dictionary: the segmenter cuts them into single characters
    private static final String ATTENDANCE_1 = "我坚持每月讲一次专题党课，支部党员到课率由去年的82%提高到96%，缺课党员逐一补学。";
    private static final String ATTENDANCE_2 = "外出务工党员多，集中学习时到课率偏低，线上补学跟踪不到位，这是我抓得不实的地方。";
    private static final String ATTENDANCE_3 = "2024年6月底前由我牵头建立党员学习台账，每季度通报各党小组到课率和参学率。";
    /** Every one of 到, 课, 率 (and 参, 学) but never 到课率 or 参学率. */
    private static final List<String> NOISE = List.of(
            "我带头讲党课4次，组织党员到红色教育基地现场教学2次，推动学校课后服务覆盖率达到100%。",
            "课堂教学效率还有提升空间，部分青年教师把党建工作和业务工作看成两回事，责任落实不到位。",
            "我把主题党日和教研活动结合起来，全年开展示范课展示12节，教学质量合格率稳定在98%以上。",
            "组织生活会上开展批评与自我批评辣味不足，谈问题多谈现象，我没有带头把自己摆进去。",
            "班子成员参加组织生活会准备不充分，相互批评顾虑多，我作为书记督促不够。",
            "把党员教育管理纳入年度考核，每半年对党员的教育和管理情况排查一次。");

    @BeforeEach
    void fill() {
        archive = Archive.open(dir);
        Reports.add(archive, "城东小学党支部", 2022, List.of(ATTENDANCE_1, NOISE.get(0)), List.of(NOISE.get(1), NOISE.get(3)),
                List.of(NOISE.get(5)));
        Reports.add(archive, "柳溪村党支部", 2023, List.of(NOISE.get(2)), List.of(ATTENDANCE_2, NOISE.get(4)),
                List.of(ATTENDANCE_3));
    }

    @AfterEach
    void close() {
        archive.close();
    }

    private static Set<String> texts(SearchResult r) {
        return r.hits().stream().map(SearchHit::text).collect(Collectors.toSet());
    }

    @Test
    void anUnknownWordIsFoundAsAWholeNotCharacterByCharacter() {
        SearchResult r = archive.search(SearchQuery.of("到课率"));
        assertEquals(Set.of(ATTENDANCE_1, ATTENDANCE_2, ATTENDANCE_3), texts(r));
        assertEquals(3, r.total(), "the total counts only paragraphs holding the word");
        for (SearchHit h : r.hits()) {
            String marked = h.highlight().render("[", "]");
            assertTrue(marked.contains("[到课率]"), marked);
        }
        SearchResult other = archive.search(SearchQuery.of("参学率"));
        assertEquals(Set.of(ATTENDANCE_3), texts(other));
        assertEquals(1, other.total());
    }

    @Test
    void groupsSeparatedByBlanksOrPunctuationAreAlternativesAndBothRankFirst() {
        for (String q : List.of("组织生活会 批评与自我批评", "组织生活会、批评与自我批评")) {
            SearchResult r = archive.search(SearchQuery.of(q));
            // 批评与自我批评 is one group: a paragraph with only 批评 or only 与 is not a hit
            assertEquals(Set.of(NOISE.get(3), NOISE.get(4)), texts(r), q);
            assertEquals(NOISE.get(3), r.hits().get(0).text(), "both groups outrank one: " + q);
        }
    }

    @Test
    void knownWordsOfAGroupAreAllRequiredButNeedNotStandTogether() {
        SearchResult r = archive.search(SearchQuery.of("党员教育管理"));
        assertEquals(Set.of(NOISE.get(5)), texts(r), "党员的教育和管理 holds all three words");
        assertEquals(0, archive.search(SearchQuery.of("党员教育督导")).total(), "督导 is in no paragraph");
    }

    @Test
    void historyAndHitsNameTheFileNotThePathItWasIndexedFrom() {
        for (String path : List.of("/home/zzb/2024年述职/石桥村党支部2024年述职报告.docx", "D:\\述职材料\\石桥村党支部2024年述职报告.docx",
                "石桥村党支部2024年述职报告.docx")) {
            org.shuzhi.document.Report report = org.shuzhi.document.Report.fromText(path, String.join("\n",
                    "2024年度抓基层党建工作述职报告", "石桥村党支部书记 周建军", "一、履职主要情况", ATTENDANCE_1,
                    "二、存在的问题", ATTENDANCE_2, "三、下一步工作打算", ATTENDANCE_3));
            var analyzed = Reports.analyzed(report, "石桥村党支部", 2024);
            archive.add(analyzed, Reports.labels(analyzed));
            org.shuzhi.archive.history.UnitHistory.Year year = org.shuzhi.archive.history.UnitHistories.of(archive, "石桥村党支部").years().get(0);
            assertEquals("石桥村党支部2024年述职报告.docx", year.file(), path);
            SearchHit hit = archive.search(new SearchQuery("到课率", null, null, "石桥村党支部", null, 5)).hits().get(0);
            assertEquals("石桥村党支部2024年述职报告.docx", hit.file(), path);
        }
    }

    @Test
    void aPastedSentenceNeedsMostOfItsWords() {
        // a reworded sentence: most words as in the archived paragraph, a few changed
        SearchResult r = archive.search(SearchQuery.of("外出务工党员较多，集中学习时到课率偏低，线上补学跟踪还不到位"));
        assertEquals(ATTENDANCE_2, r.hits().get(0).text());
    }

    @Test
    void aHitNamesTheFileOfTheReportAsLastIndexedNotAsFirstSearched() {
        for (String name : List.of("石桥村党支部2024年述职报告.docx", "石桥村党支部述职报告（修改稿）.docx", "石桥村2024.pdf")) {
            org.shuzhi.document.Report report = org.shuzhi.document.Report.fromText("/tmp/" + name, String.join("\n",
                    "2024年度抓基层党建工作述职报告", "石桥村党支部书记 周建军", "一、履职主要情况", ATTENDANCE_1,
                    "二、存在的问题", ATTENDANCE_2, "三、下一步工作打算", ATTENDANCE_3));
            var analyzed = Reports.analyzed(report, "石桥村党支部", 2024);
            archive.add(analyzed, Reports.labels(analyzed));
            // searched twice: the second answer must not come from what the first one looked up under an older commit
            for (int i = 0; i < 2; i++) {
                SearchHit hit = archive.search(new SearchQuery("到课率", null, null, "石桥村党支部", null, 5)).hits().get(0);
                assertEquals(name, hit.file());
            }
        }
    }

    /**
     * Every search gives exactly what the plain way of running it gives: the top hits by the query with its
     * filters, the total counted apart, each hit's stored fields, the highlighter reading the stored text itself,
     * and the file looked up on the hit's report document; scores and snippets to the last bit and character.
     */
    @Test
    void searchAnswersExactlyAsThePlainWayOfRunningIt() {
        Reports.add(archive, "石桥村党支部", 2024, List.of(ATTENDANCE_1, NOISE.get(2)), List.of(ATTENDANCE_2, NOISE.get(3), NOISE.get(4)),
                List.of(ATTENDANCE_3, NOISE.get(5)));
        for (SearchQuery q : List.of(SearchQuery.of("到课率"), SearchQuery.of("党员"), SearchQuery.of("组织生活会 批评与自我批评"),
                new SearchQuery("党员", 2023, 2024, null, null, 3), new SearchQuery("党员", null, null, null, org.shuzhi.document.Part.PROBLEM, 2),
                new SearchQuery("课", null, null, "城东小学", null, 20), new SearchQuery("", 2022, 2022, null, null, 4),
                SearchQuery.of("外出务工党员较多，集中学习时到课率偏低，线上补学跟踪还不到位"), SearchQuery.of("督导"))) {
            assertEquals(plain(q), archive.search(q), q.toString());
        }
    }

    /** The snippets another engine's hits get (the same highlighter over the hits' texts alone) are the embedded search's. */
    @Test
    void snippetsOfHitsTextsAloneAreTheSearchsOwn() {
        for (String q : List.of("到课率", "组织生活会 批评与自我批评", "党员教育管理", "外出务工党员较多，集中学习时到课率偏低")) {
            SearchResult r = archive.search(SearchQuery.of(q));
            assertTrue(r.total() > 0, q);
            assertEquals(r.hits().stream().map(SearchHit::highlight).toList(),
                    ArchiveDocuments.highlights(r.hits().stream().map(SearchHit::text).toList(), q, ArchiveAnalyzers.DEFAULT), q);
        }
    }

    private SearchResult plain(SearchQuery q) {
        java.util.Collection<String> units = q.unit() == null ? null : ArchiveDocuments.matching(archive.withSearcher(s ->
                Archive.all(s, ArchiveQueries.reports()).stream().map(d -> d.get(ArchiveSchema.UNIT_KEY)).toList()), q.unit());
        SearchResult.UnitMatch unit = q.unit() == null ? null : archive.search(q).unit();
        return archive.withSearcher(s -> {
            var query = archive.queries().search(q, units);
            var top = s.search(query, q.limit());
            long total = s.count(query);
            int[] ids = java.util.Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
            Object[] marks = new Object[ids.length];
            if (!q.text().isBlank() && ids.length > 0) {
                class Plain extends org.apache.lucene.search.uhighlight.UnifiedHighlighter {
                    Plain(Builder b) {
                        super(b);
                    }

                    Object[] of(org.apache.lucene.search.Query words) throws java.io.IOException {
                        return highlightFieldsAsObjects(new String[] {ArchiveSchema.TEXT}, words, ids, new int[] {2}).get(ArchiveSchema.TEXT);
                    }
                }
                marks = new Plain(org.apache.lucene.search.uhighlight.UnifiedHighlighter.builder(s, archive.analyzer())
                        .withFormatter(new ArchiveSearch.SpanFormatter()).withMaxLength(100_000)).of(archive.queries().typed(q.text()));
            }
            List<SearchHit> hits = new java.util.ArrayList<>();
            for (int i = 0; i < ids.length; i++) {
                var d = s.storedFields().document(ids[i]);
                String text = d.get(ArchiveSchema.TEXT);
                var report = s.search(ArchiveQueries.ofReport(d.get(ArchiveSchema.REPORT_ID), true), 1).scoreDocs;
                String file = ArchivedReport.fileName(s.storedFields().document(report[0].doc).get(ArchiveSchema.FILE));
                hits.add(new SearchHit(d.get(ArchiveSchema.UNIT), d.get(ArchiveSchema.UNIT_KEY), ArchiveSchema.year(d),
                        d.getField(ArchiveSchema.PARAGRAPH).numericValue().intValue(), org.shuzhi.document.Part.of(d.get(ArchiveSchema.LABEL)),
                        org.shuzhi.document.Part.of(d.get(ArchiveSchema.SECTION)), top.scoreDocs[i].score, text,
                        marks[i] instanceof Highlight h ? h : new Highlight(ArchiveSearch.abbreviate(text), List.of()), file));
            }
            return new SearchResult(total, hits, unit);
        });
    }
}
