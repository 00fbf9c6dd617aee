package org.shuzhi.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive writes its segments with {@link ArchiveCodec}, and reads and rewrites segments of Lucene's default codec. */
class ArchiveCodecTest {
    @TempDir
    Path dir;

    private static final String ACH = "我全年主持支委会12次、讲专题党课3次，带头联系2个教研组，推动解决青年教师入党培养问题5项。";
    private static final String PROB = "理论学习的系统性不强，学用结合不够紧密，对青年教师的政治引领抓得不够。";
    private static final String PLAN = "2024年3月底前由我牵头修订三会一课记录规范，每季度抽查各党小组记录1次。";

    private Set<String> codecs() throws Exception {
        try (var d = FSDirectory.open(dir)) {
            return SegmentInfos.readLatestCommit(d).asList().stream().map(c -> c.info.getCodec().getName())
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void writesSmallChunksAndTakesOverArchivesOfTheDefaultCodec() throws Exception {
        ArchivedReport before;
        try (Archive a = Archive.open(dir)) {
            Reports.add(a, "城东小学党支部", 2022, ACH, PROB, PLAN);
            before = a.report("城东小学党支部", 2022).orElseThrow();
        }
        assertEquals(Set.of(ArchiveCodec.NAME), codecs());
        // an archive as an earlier version wrote it: every segment rewritten by Lucene's default codec
        try (var d = FSDirectory.open(dir);
             var w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()).setCodec(Codec.getDefault()))) {
            w.forceMerge(1);
            w.getConfig().setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE);
            w.commit();
        }
        assertEquals(Set.of(Codec.getDefault().getName()), codecs());
        try (Archive a = Archive.open(dir)) {
            assertEquals(before, a.report("城东小学党支部", 2022).orElseThrow());
            Reports.add(a, "城东小学党支部", 2023, ACH, PROB, PLAN);
            a.compact();
            assertEquals(before, a.report("城东小学党支部", 2022).orElseThrow());
            assertEquals(2, a.size());
        }
        assertEquals(Set.of(ArchiveCodec.NAME), codecs());
    }
}
