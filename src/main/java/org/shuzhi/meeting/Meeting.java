package org.shuzhi.meeting;

import java.util.List;

/**
 * A meeting's batch: its name (述职评议会 as the reviewer calls it, or null), the profile applied, and its
 * reports in order. What every document of the pack is a function of.
 */
public record Meeting(String name, String profile, List<MeetingReport> reports) {
    public Meeting {
        reports = List.copyOf(reports);
    }

    /** The 点评 of a report: the reviewer's edit where there is one, else the draft. */
    public String comment(MeetingReport report) {
        return report.comment() != null && !report.comment().isBlank() ? report.comment() : CommentDrafter.standard().draft(report);
    }

    public GradeSuggestion grade(MeetingReport report) {
        return GradeSuggester.standard().suggest(report.review());
    }

    public GradeDistribution distribution() {
        return GradeSuggester.standard().distribution(reports.stream().map(this::grade).toList());
    }

    /** A document's title: the meeting's name before it when there is one ("2023年度述职评议会 点评意见"). */
    public String title(String document) {
        return name == null || name.isBlank() ? document : name.strip() + document;
    }
}
