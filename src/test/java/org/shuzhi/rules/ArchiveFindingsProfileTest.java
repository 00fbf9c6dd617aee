package org.shuzhi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.archive.Archive;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.corpus.CorpusEntry;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.review.Review;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewer;
import org.shuzhi.review.Reviewers;

/** A profile's rules: section governs the archive's findings as it governs the rules of the report alone. */
class ArchiveFindingsProfileTest {
    @TempDir
    Path dir;

    @Test
    void aProfileTurnsOffAndRegradesArchiveFindings() throws Exception {
        Corpus corpus = Corpus.at(Path.of("corpus"));
        try (Archive archive = Archive.open(dir.resolve("archive"))) {
            // 锦绣社区 2022, from which 金桥街道滨江社区 2023 lifted two paragraphs (corpus/crossrefs.tsv)
            CorpusEntry source = corpus.entry("jinxiu-shequ-2022");
            Reviewer reviewer = Reviewers.withArchive(archive);
            archive.add(corpus.report(source.id()), new ReportMeta(source.unit(), source.year(), source.role()), reviewer::label);
            CorpusEntry copier = corpus.entry("jinqiao-binjiang-shequ-2023");
            ReportMeta meta = new ReportMeta(copier.unit(), copier.year(), copier.role());

            Review byDefault = reviewer.review(corpus.report(copier.id()), new ReviewRequest(null, meta, true));
            List<Finding> copies = byDefault.findings().stream().filter(f -> f.rule().equals("COPIED_FROM_OTHER_REPORT")).toList();
            assertEquals(List.of(5, 6), copies.stream().map(Finding::paragraph).toList(), byDefault.findings().toString());
            assertTrue(copies.stream().allMatch(f -> f.severity() == Severity.ERROR), "the catalog's default severity");
            assertEquals("退回修改", byDefault.verdict().outcome());

            Path profile = dir.resolve("lenient.yaml");
            Files.writeString(profile, "id: lenient\nname: 测试\nnotice: 测试通知\n"
                    + "rules: {COPIED_FROM_OTHER_REPORT: info, SELF_COPY: off}\n", StandardCharsets.UTF_8);
            Review lenient = reviewer.review(corpus.report(copier.id()), new ReviewRequest(profile.toString(), meta, true));
            List<Finding> infos = lenient.findings().stream().filter(f -> f.rule().equals("COPIED_FROM_OTHER_REPORT")).toList();
            assertEquals(2, infos.size(), lenient.findings().toString());
            assertTrue(infos.stream().allMatch(f -> f.severity() == Severity.INFO));
            assertTrue(lenient.verdict().reasons().stream().noneMatch(r -> r.startsWith("两个必须：必须如实反映履行抓党建工作情况")
                            || r.startsWith("其他：照搬他人材料")),
                    "hints bear on no verdict reason: " + lenient.verdict().reasons());

            Path off = dir.resolve("off.yaml");
            Files.writeString(off, "id: off\nname: 测试\nnotice: 测试通知\nrules: {COPIED_FROM_OTHER_REPORT: off}\n", StandardCharsets.UTF_8);
            Review without = reviewer.review(corpus.report(copier.id()), new ReviewRequest(off.toString(), meta, true));
            assertTrue(without.findings().stream().noneMatch(f -> f.rule().equals("COPIED_FROM_OTHER_REPORT")), without.findings().toString());
        }
    }
}
