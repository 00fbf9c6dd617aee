package org.shuzhi.meeting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportReaders;
import org.shuzhi.document.UnreadableReportException;
import org.shuzhi.review.Review;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewer;

/** Reviews a report for a meeting: the review and the facts the documents need, from one analysis. */
public final class MeetingReviewer {
    private final Reviewer reviewer;

    public MeetingReviewer(Reviewer reviewer) {
        this.reviewer = reviewer;
    }

    /** A report file as uploaded or found in a folder: {@code name} is what the documents call it. */
    public MeetingReport review(String name, byte[] bytes, ReviewRequest request) throws UnreadableReportException {
        Report report = ReportReaders.read(name, bytes);
        return review(report, bytes, format(name), request);
    }

    public MeetingReport review(Path file, ReviewRequest request) throws UnreadableReportException, IOException {
        Report report = ReportReaders.read(file);
        return review(report, Files.readAllBytes(file), format(file.getFileName().toString()), request);
    }

    /** A report already read; {@code original} may be null (pasted text). */
    public MeetingReport review(Report report, byte[] original, String format, ReviewRequest request) {
        ReportFacts[] facts = {ReportFacts.NONE};
        Review review = reviewer.review(report, request, ctx -> facts[0] = ReportFacts.of(ctx));
        return new MeetingReport(report.file(), original, format, review, facts[0]);
    }

    /** docx, doc, pdf or txt by the name's extension (txt for anything else: the readers took it as text). */
    static String format(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {"docx", "doc", "pdf"}) if (lower.endsWith("." + ext)) return ext;
        return "txt";
    }
}
