package org.shuzhi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveEngine;
import org.shuzhi.archive.ArchiveException;
import org.shuzhi.archive.ArchiveLocation;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportReaders;
import org.shuzhi.document.UnreadableReportException;
import org.shuzhi.review.ArchiveCoverage;
import org.shuzhi.review.Json;
import org.shuzhi.review.Review;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewer;
import org.shuzhi.review.Reviewers;
import org.shuzhi.review.TextFormatter;
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

@Command(name = "review", description = "评审一份或多份述职报告（.txt .docx .doc .pdf，或整个目录）。")
public final class ReviewCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "输出格式：text 或 json（默认 ${DEFAULT-VALUE}）")
    Format format;

    @Option(names = "--profile", paramLabel = "ID|FILE", description = "评审要求：内置编号或自定义文件")
    String profile;

    @Mixin
    MetaOptions meta;

    static final class ArchiveChoice {
        @Option(names = "--archive", paramLabel = "DIR",
                description = "档案库目录（默认与 serve 相同：环境变量 SHUZHI_ARCHIVE，%n否则 ~/.shuzhi/archive）")
        Path archive;

        @Option(names = "--no-archive", description = "不与档案库比对")
        boolean noArchive;

        /**
         * The archive to compare with: none with --no-archive; the given directory (which must hold one);
         * else the default directory if an archive is there. Read-only, so a running server may keep writing.
         * {@code choice} is null when neither option was given.
         */
        static Archive open(ArchiveChoice choice) {
            if (choice != null && choice.noArchive) return null;
            if (choice != null && choice.archive != null) return Archive.openReadOnly(choice.archive);
            Path dir = ArchiveLocation.defaultDirectory();
            return Archive.exists(dir) ? Archive.openReadOnly(dir) : null;
        }

        /**
         * As {@link #open(ArchiveChoice)}, or the collection on SolrCloud: {@code --solr}, or the environment's
         * SHUZHI_SOLR when no {@code --archive} names a directory. --no-archive compares with neither.
         */
        static ArchiveEngine open(ArchiveChoice choice, SolrOption solr) {
            if (choice != null && choice.noArchive) return null;
            boolean directoryGiven = choice != null && choice.archive != null;
            org.shuzhi.archive.solr.SolrLocation location = solr.solr != null || !directoryGiven ? solr.location() : null;
            if (location != null) return org.shuzhi.archive.solr.SolrArchive.open(location);
            return open(choice);
        }
    }

    @ArgGroup(exclusive = true)
    ArchiveChoice archiveChoice;

    @Mixin
    SolrOption solrOption;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "报告文件或目录（目录及其子目录下的 .txt .docx .doc .pdf）")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Profile chosen;
        try {
            // read once: a mistake in the user's profile is one line, not one per report
            chosen = Profiles.resolve(profile);
        } catch (ProfileException e) {
            err.println("错误：" + e.getMessage());
            return 1;
        }
        ArchiveEngine archive;
        try {
            archive = ArchiveChoice.open(archiveChoice, solrOption);
        } catch (ArchiveException e) {
            err.println("错误：" + e.getMessage());
            return 1;
        }
        try (archive) {
            return review(out, err, archive, new ReviewRequest(profile, meta.overrides(), archive != null, chosen));
        }
    }

    /** Why a review has no archive to compare with, for the text output. */
    private String whyNoArchive() {
        if (archiveChoice != null && archiveChoice.noArchive) return "指定了 --no-archive";
        return "未指定 --archive，默认位置 " + ArchiveLocation.defaultDirectory() + " 也没有档案库";
    }

    private int review(PrintWriter out, PrintWriter err, ArchiveEngine archive, ReviewRequest request) {
        Reviewer reviewer = Reviewers.withArchive(archive);
        List<Review> reviews = new ArrayList<>();
        int failures = 0;
        List<Path> reports;
        try {
            reports = ReportFiles.expand(files, err);
        } catch (java.io.IOException e) {
            err.println("错误：无法读取目录（" + e.getMessage() + "）");
            return 1;
        }
        if (reports.isEmpty()) {
            err.println("错误：给出的目录中没有 .txt .docx .doc .pdf 报告文件");
            return 1;
        }
        for (Path file : reports) {
            try {
                Report report = ReportReaders.read(file);
                Review review = reviewer.review(report, request);
                reviews.add(review);
                if (format == Format.text) {
                    out.println(TextFormatter.format(review, request.resolveProfile(), ArchiveCoverage.describe(review, archive, whyNoArchive())));
                }
            } catch (UnreadableReportException e) {
                err.println("错误：" + e.getMessage());
                failures++;
            } catch (RuntimeException e) {
                // a fault on one report must not cost the others their review
                err.println("错误：评审 " + file + " 时出错（" + e + "）");
                failures++;
            }
            err.flush();
        }
        if (format == Format.json) out.println(Json.write(reviews));
        out.flush();
        return failures == 0 ? 0 : 1;
    }
}
