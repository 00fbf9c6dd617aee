package org.shuzhi.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.SmallDisk;

/**
 * A full disk on a real small filesystem: the write that fails says so in Chinese, the archive keeps exactly
 * what it held, and once space is back the same open archive takes writes again (a server need not restart).
 */
class ArchiveDiskFullTest {
    @TempDir
    Path dir;

    private static List<String> lines(String seed, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(seed + "第" + i + "项：我牵头组织党员开展志愿服务" + (i * 7 + 3) + "次，走访群众" + (i * 13 + 5) + "户，解决实际问题" + i + "件。");
        }
        return out;
    }

    @Test
    void aFullDiskIsSaidInChineseAndTheArchiveTakesWritesAgainOnceThereIsSpace() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 8)) {
            Path where = disk.root().resolve("archive");
            try (Archive archive = Archive.open(where)) {
                Reports.add(archive, "城东小学党支部", 2022, lines("学习", 5), lines("问题", 2), lines("打算", 2));
                Path filler = disk.fill(16 * 1024);
                ArchiveException e = assertThrows(ArchiveException.class,
                        () -> Reports.add(archive, "城西小学党支部", 2022, lines("学习", 400), lines("问题", 100), lines("打算", 100)));
                assertTrue(e.getMessage().startsWith(Archive.OUT_OF_SPACE), e.getMessage());
                assertTrue(Archive.isOutOfSpace(e));
                assertFalse(e.getMessage().contains("closed"), e.getMessage());
                // a second try while the disk is still full: the same clear answer, not "this IndexWriter is closed"
                ArchiveException again = assertThrows(ArchiveException.class,
                        () -> Reports.add(archive, "城西小学党支部", 2022, lines("学习", 400), lines("问题", 100), lines("打算", 100)));
                assertTrue(Archive.isOutOfSpace(again), again.getMessage());
                assertEquals(1, archive.size());
                assertEquals(List.of("城东小学党支部"), archive.units().stream().map(UnitSummary::unit).toList());

                Files.delete(filler);
                Reports.add(archive, "城西小学党支部", 2022, lines("学习", 400), lines("问题", 100), lines("打算", 100));
                assertEquals(2, archive.size());
            }
            try (Archive reopened = Archive.openReadOnly(where)) {
                assertEquals(2, reopened.size());
            }
        }
    }
}
