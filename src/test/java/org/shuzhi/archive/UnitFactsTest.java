package org.shuzhi.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.archive.history.UnitHistories;
import org.shuzhi.archive.overview.Overview;
import org.shuzhi.archive.overview.OverviewQuery;
import org.shuzhi.archive.overview.Overviews;

/** A unit's derived facts follow its reports: added, replaced, deleted, and seen by a reader in another process. */
class UnitFactsTest {
    @TempDir
    Path dir;

    static final String STUDY_2022 = "一是理论学习的系统性不强，学习多停留在读文件、记笔记，学用结合不够紧密。";
    static final String STUDY_2023 = "一是理论学习还不够系统深入，学习多停留在读文件、记笔记，学用结合还不够紧密。";
    static final String OTHER_2023 = "一是支部活动阵地建设滞后，党员活动室长期被挪作仓库，宣传栏两年没有更新。";

    private static void add(Archive a, int year, String problem) {
        Reports.add(a, "杨柳湾村党支部", year, List.of("我全年主持支委会10次，讲党课3次。"), List.of(problem),
                List.of((year + 1) + "年6月底前由我牵头建成党员活动室，每季度组织党员活动1次。"));
    }

    private static int recurring(Archive a) {
        Overview o = Overviews.of(a, OverviewQuery.all());
        return o.recurringCounts().twice() + o.recurringCounts().threeOrMore();
    }

    @Test
    void factsAreRebuiltWhenAReportOfTheUnitChanges() {
        try (Archive a = Archive.open(dir.resolve("archive"))) {
            add(a, 2022, STUDY_2022);
            assertEquals(0, recurring(a));
            add(a, 2023, STUDY_2023);
            assertEquals(1, recurring(a));
            // a reader in another process sees the reports and their facts in the same commit
            try (Archive reader = Archive.openReadOnly(dir.resolve("archive"))) {
                assertEquals(1, recurring(reader));
                assertEquals(1, Overviews.of(reader, OverviewQuery.all()).commitmentTotals().commitments());
            }
            // the earlier year goes: the later problem is new again
            assertTrue(a.delete("杨柳湾村党支部", 2022));
            assertEquals(0, recurring(a));
            assertFalse(UnitHistories.of(a, "杨柳湾村党支部").years().get(0).problems().get(0).repeated());
            assertEquals(0, Overviews.of(a, OverviewQuery.all()).commitmentTotals().commitments());
            add(a, 2022, STUDY_2022);
            assertEquals(1, recurring(a));
            // the later report replaced by one raising another problem
            add(a, 2023, OTHER_2023);
            assertEquals(0, recurring(a));
            assertEquals("阵地建设", UnitHistories.of(a, "杨柳湾村党支部").years().get(1).problems().get(0).theme());
            // and the commitment to build the activity room is answered now
            assertEquals(1, Overviews.of(a, OverviewQuery.all()).commitmentTotals().answered()
                    + Overviews.of(a, OverviewQuery.all()).commitmentTotals().partly());
        }
    }
}
