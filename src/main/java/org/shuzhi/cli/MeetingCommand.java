package org.shuzhi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveException;
import org.shuzhi.document.UnreadableReportException;
import org.shuzhi.meeting.GradeDistribution;
import org.shuzhi.meeting.GradeSuggestion;
import org.shuzhi.meeting.Meeting;
import org.shuzhi.meeting.MeetingPack;
import org.shuzhi.meeting.MeetingReport;
import org.shuzhi.meeting.MeetingReviewer;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewers;
import org.shuzhi.rules.Profile;
import org.shuzhi.rules.ProfileException;
import org.shuzhi.rules.Profiles;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "meeting", description = {"为述职评议会生成全部材料：评审每份报告，写出 汇总表.xlsx、整改清单.xlsx、整改清单.docx、点评意见.docx、"
        + "测评表.xlsx，以及 批注/<原文件名>.docx（在原文上以批注标出每条问题，标题处附点评意见）。",
        "点评意见和建议等次是供评审人修改的草稿，不是会议的结论。会后用 score 命令汇总填好的测评表。"})
public final class MeetingCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "输出目录（不存在则创建；同名文件会被覆盖）")
    Path out;

    @Option(names = "--profile", paramLabel = "ID|FILE", description = "评审要求：内置编号或自定义文件")
    String profile;

    @Option(names = "--name", paramLabel = "会议名称", description = "会议名称，写在各文件标题前，如“2023年度党支部书记述职评议会”")
    String name;

    @Mixin
    MetaOptions meta;

    @ArgGroup(exclusive = true)
    ReviewCommand.ArchiveChoice archiveChoice;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "报告文件或目录（目录及其子目录下的 .txt .docx .doc .pdf）")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Profile chosen;
        try {
            chosen = Profiles.resolve(profile);
        } catch (ProfileException e) {
            err.println("错误：" + e.getMessage());
            return 1;
        }
        List<Path> reports;
        try {
            reports = ReportFiles.expand(files, err);
        } catch (IOException e) {
            err.println("错误：无法读取目录（" + e.getMessage() + "）");
            return 1;
        }
        // an output folder inside the reports' folder: a second run must not take last run's 批注 for reports
        Path outDir = out.toAbsolutePath().normalize();
        List<Path> kept = new ArrayList<>();
        for (Path p : reports) {
            if (p.toAbsolutePath().normalize().startsWith(outDir)) err.println("跳过：" + p + "（输出目录 " + out + " 中的文件）");
            else kept.add(p);
        }
        reports = kept;
        if (reports.isEmpty()) {
            err.println("错误：给出的目录中没有 .txt .docx .doc .pdf 报告文件");
            return 1;
        }
        Archive archive;
        try {
            archive = ReviewCommand.ArchiveChoice.open(archiveChoice);
        } catch (ArchiveException e) {
            err.println("错误：" + e.getMessage());
            return 1;
        }
        try (archive) {
            MeetingReviewer reviewer = new MeetingReviewer(Reviewers.withArchive(archive));
            ReviewRequest request = new ReviewRequest(profile, meta.overrides(), archive != null, chosen);
            List<MeetingReport> done = new ArrayList<>();
            int failures = 0;
            for (Path file : reports) {
                try {
                    done.add(reviewer.review(file, request));
                } catch (UnreadableReportException e) {
                    err.println("错误：" + e.getMessage());
                    failures++;
                } catch (IOException | RuntimeException e) {
                    // a fault on one report must not cost the others their place in the pack
                    err.println("错误：评审 " + file + " 时出错（" + e + "）");
                    failures++;
                }
                err.flush();
            }
            if (done.isEmpty()) {
                err.println("错误：没有一份报告能够评审，未生成会议材料");
                return 1;
            }
            Meeting meeting = new Meeting(name, chosen.id(), done);
            try {
                MeetingPack.write(meeting, out);
            } catch (IOException e) {
                err.println("错误：无法写入 " + out + "（" + e.getMessage() + "）");
                return 1;
            }
            for (MeetingReport r : done) {
                GradeSuggestion g = meeting.grade(r);
                stdout.println(r.file() + "\t" + r.label() + "\t建议等次：" + g.grade().label() + "\t预审建议：" + r.review().verdict().outcome());
            }
            GradeDistribution d = meeting.distribution();
            if (d.warning() != null) stdout.println("提醒：" + d.warning());
            stdout.println("已生成：" + out.toAbsolutePath() + "（" + MeetingPack.SUMMARY + "、" + MeetingPack.RECTIFICATION_XLSX + "、"
                    + MeetingPack.RECTIFICATION_DOCX + "、" + MeetingPack.COMMENTS + "、" + MeetingPack.SCORING + "、" + MeetingPack.ANNOTATED
                    + "/ 下" + done.size() + "份批注文档）");
            stdout.flush();
            return failures == 0 ? 0 : 1;
        }
    }
}
