package org.shuzhi.archive;

import java.nio.file.Path;

/** Child process for {@link ArchiveCrashTest}: indexes reports without end, announcing each commit. */
public final class CrashIndexer {
    private CrashIndexer() {}

    public static void main(String[] args) {
        try (Archive a = Archive.open(Path.of(args[0]))) {
            for (int i = 0; ; i++) {
                Reports.add(a, "测试单位" + i + "党支部", 2023, "我全年主持支委会" + i + "次，讲专题党课3次，推动解决实际问题5项。",
                        "理论学习的系统性不强，学用结合不够紧密。", "2024年3月底前由我牵头修订三会一课记录规范。");
                System.out.println("committed " + i);
                System.out.flush();
            }
        }
    }
}
