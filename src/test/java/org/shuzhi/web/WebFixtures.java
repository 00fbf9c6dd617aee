package org.shuzhi.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.shuzhi.archive.Archive;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.review.Reviewers;

/**
 * A small archive for the web tests, written as a corpus directory and seeded the way {@code serve} seeds
 * the demo corpus: 城南中学 in 2022 and 2023 (a problem raised again) and 河湾村 in 2023 (a passage that a
 * draft of another unit copies).
 */
final class WebFixtures {
    static final String COPIED = "我牵头建立“村民说事”制度，每月10日在村党群服务中心召开说事会，全年开展12次，"
            + "收集村民诉求87件、办结81件，其中解决河湾组灌溉渠淤塞问题惠及农户43户。";
    static final String PROBLEM_2022 = "一是理论学习的系统性不强，学习多停留在读文件、记笔记，学用结合不够紧密，"
            + "学习成果转化为推动学校发展的实际成效不明显。";

    private static final Map<String, List<String>> REPORTS = Map.of(
            "chengnan-2022", List.of(
                    "2022年度抓基层党建工作述职报告", "城南中学党支部书记 赵明",
                    "一、履职主要情况",
                    "我全年主持支委会14次，讲专题党课4次，带头联系高一、高二两个年级组，推动解决青年教师培养问题3项。",
                    "二、存在的问题",
                    PROBLEM_2022,
                    "二是对青年教师的政治引领抓得不紧，近两年只有1名青年教师递交入党申请书。",
                    "三、下一步工作打算",
                    "2023年3月底前由我牵头制定支部学习计划，每月组织专题研讨1次，年底前形成调研报告2篇。"),
            "chengnan-2023", List.of(
                    "2023年度抓基层党建工作述职报告", "城南中学党支部书记 赵明",
                    "一、履职主要情况",
                    "我全年主持支委会16次，讲专题党课5次，组织主题教育专题研讨10次，党员撰写学习体会38篇。",
                    "二、存在的问题",
                    "一是理论学习还不够系统深入，学习多停留在读文件、记笔记，学用结合不够紧密，学习成果转化为推动学校发展的实效不明显。",
                    "三、下一步工作打算",
                    "2024年6月底前由我牵头建立青年教师“一对一”培养台账，每学期谈心谈话至少1次。"),
            "hewan-2023", List.of(
                    "2023年度抓基层党建工作述职报告", "河湾村党支部书记 孙立新",
                    "一、履职主要情况",
                    COPIED,
                    "我带头走访留守老人和困难党员，全年入户走访96户次，为12户困难群众协调解决医疗救助和低保申请。",
                    "二、存在的问题",
                    "一是党员老龄化严重，全村38名党员中60岁以上的有21名，发展年轻党员的力度不够。",
                    "三、下一步工作打算",
                    "2024年底前由我负责培养2名35岁以下入党积极分子，每季度开展1次集中培训。"));

    private static final String MANIFEST = String.join("\n",
            "#id\tunit\tkind\tyear\trole\tquality\tstyle",
            "chengnan-2022\t城南中学党支部\tschool\t2022\t党支部书记\tmixed\t",
            "chengnan-2023\t城南中学党支部\tschool\t2023\t党支部书记\tweak\t",
            "hewan-2023\t河湾村党支部\tvillage\t2023\t党支部书记\tmixed\t") + "\n";

    private WebFixtures() {}

    /** Opens an archive in {@code dir/archive} seeded with the fixture reports. */
    static Archive seededArchive(Path dir) throws IOException {
        Corpus corpus = corpus(dir);
        Archive archive = Archive.open(dir.resolve("archive"));
        DemoArchive.seed(archive, Reviewers.withoutArchive(), corpus);
        return archive;
    }

    /** The fixture reports written as a corpus directory {@code dir/corpus}, the shape of the bundled one. */
    static Corpus corpus(Path dir) throws IOException {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus.resolve("reports"));
        Files.writeString(corpus.resolve("manifest.tsv"), MANIFEST, StandardCharsets.UTF_8);
        for (var e : REPORTS.entrySet()) {
            Files.writeString(corpus.resolve("reports/" + e.getKey() + ".txt"), String.join("\n", e.getValue()) + "\n",
                    StandardCharsets.UTF_8);
        }
        return Corpus.at(corpus);
    }

    /** A draft of another unit that copies 河湾村's passage; {@code extra} lines are added to its achievements. */
    static List<String> draft(String unit, int year, String... extra) {
        List<String> lines = new java.util.ArrayList<>(List.of(
                // a title of its own: the fixture reports' common title is not what the tests look at
                unit + "书记" + year + "年述职", unit + "书记 周文",
                "一、履职主要情况",
                COPIED));
        lines.addAll(List.of(extra));
        lines.addAll(List.of(
                "二、存在的问题",
                "一是我对党员教育管理抓得不够细，个别党员参加组织生活不够积极。",
                "三、下一步工作打算",
                (year + 1) + "年6月底前由我牵头修订党员积分管理办法，每季度公示1次积分。"));
        return lines;
    }
}
