package org.shuzhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.archive.Archive;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.review.Reviewers;

/** remove: one report by unit and year, or every demo report with --demo; never both, never neither. */
class RemoveCommandTest {
    @TempDir
    Path dir;

    @Test
    void eitherOneReportOrTheDemoReports() {
        Path archive = dir.resolve("archive");
        for (String[] args : new String[][] {{"remove"}, {"remove", "--unit", "城东小学党支部"}, {"remove", "--demo", "--year", "2023"}}) {
            CliRun r = CliRun.of(concat(args, "--archive", archive.toString()));
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains("--unit 和 --year") && r.err().contains("--demo"), r.err());
        }
    }

    @Test
    void theDemoReportsOfARealArchiveAreRemovedAndItsOwnKept() {
        Path archive = dir.resolve("archive");
        try (Archive a = Archive.open(archive)) {
            a.add(Report.fromText("r.txt", "2023年度述职报告\n城东小学党支部书记 王丽华\n一、履职主要情况\n我讲党课4次。"),
                    new ReportMeta("城东小学党支部", 2023, null), Reviewers.withoutArchive()::label);
        }
        CliRun r = CliRun.of("remove", "--demo", "--archive", archive.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("档案库中没有演示报告，未删除任何报告", r.out().strip());
        try (Archive a = Archive.openReadOnly(archive)) {
            assertEquals(1, a.size());
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
