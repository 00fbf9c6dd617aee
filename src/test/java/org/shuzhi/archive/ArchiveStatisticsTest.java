package org.shuzhi.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bigram frequencies carried from one reader to the next during a bulk load, or fetched many at once, are exactly those counted afresh. */
class ArchiveStatisticsTest {
    @TempDir
    Path dir;

    @Test
    void frequenciesCarriedOverEqualThoseCountedAfresh() throws Exception {
        List<String> grams = List.of("理论", "学习", "党建", "两张", "张皮", "发展", "青年", "支部", "组织", "党员");
        try (var d = FSDirectory.open(dir);
             var w = new IndexWriter(d, new IndexWriterConfig(ArchiveAnalyzers.forIndex(ArchiveAnalyzers.Tokens.HANLP))
                     .setMergePolicy(NoMergePolicy.INSTANCE))) {
            ArchiveStatistics.Shared earlier = null;
            int batches = 0;
            for (String[] batch : new String[][] {
                    {"理论学习不够深入，党建和业务两张皮。", "发展青年党员工作滞后。"},
                    {"支部组织生活不规范，党员学习积极性不高。"},
                    {"党建两张皮问题仍然存在。", "理论学习浮于表面，青年党员少。", "组织生活走过场。"}}) {
                List<org.apache.lucene.document.Document> docs = new ArrayList<>();
                for (String text : batch) {
                    var doc = new org.apache.lucene.document.Document();
                    doc.add(new org.apache.lucene.document.TextField(ArchiveSchema.GRAMS, text, org.apache.lucene.document.Field.Store.NO));
                    docs.add(doc);
                }
                w.addDocuments(docs);
                try (DirectoryReader r = DirectoryReader.open(w)) {
                    IndexSearcher s = new IndexSearcher(r);
                    ArchiveStatistics.Shared carried = ArchiveStatistics.Shared.after(r, earlier);
                    if (earlier != null) assertFalse(carried.newLeaves().isEmpty());
                    ArchiveStatistics a = new ArchiveStatistics(s, null, carried);
                    ArchiveStatistics b = new ArchiveStatistics(s, null, new ArchiveStatistics.Shared(r));
                    // some fetched at once in sorted order, the others one by one: the same counts
                    a.prefetchGrams(grams.subList(0, 3 + batches * 2));
                    // the first batch looks every bigram up; later ones take what the earlier reader knew
                    for (String g : grams) assertEquals(b.gramIdf(g), a.gramIdf(g), g);
                    earlier = carried;
                    batches++;
                }
            }
            assertEquals(3, batches);
            // a merge takes the earlier segments away: then nothing carries over
            w.getConfig().setMergePolicy(new org.apache.lucene.index.TieredMergePolicy());
            w.forceMerge(1);
            try (DirectoryReader r = DirectoryReader.open(w)) {
                ArchiveStatistics.Shared merged = ArchiveStatistics.Shared.after(r, earlier);
                assertTrue(merged.baseGramDf() == null);
                IndexSearcher s = new IndexSearcher(r);
                for (String g : grams) {
                    assertEquals(new ArchiveStatistics(s, null, new ArchiveStatistics.Shared(r)).gramIdf(g),
                            new ArchiveStatistics(s, null, merged).gramIdf(g), g);
                }
            }
        }
    }
}
