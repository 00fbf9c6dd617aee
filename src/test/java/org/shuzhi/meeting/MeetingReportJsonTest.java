package org.shuzhi.meeting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.shuzhi.review.Json;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewers;

/**
 * A meeting report saved as JSON (as a stored batch keeps it) comes back whole: the same draft, grade and
 * rectification rows without analysing the report again.
 */
class MeetingReportJsonTest {
    @Test
    void aSavedReportGivesTheSameDraftGradeAndRows() throws Exception {
        Path file = Path.of("corpus/reports/liuxi-cun-2021.txt");
        MeetingReport report = new MeetingReviewer(Reviewers.withoutArchive()).review(file, ReviewRequest.defaults())
                .withOverrides(null, "赵德林", null);
        String json = Json.MAPPER.writeValueAsString(report);
        MeetingReport back = Json.MAPPER.readValue(json, MeetingReport.class);
        assertEquals(CommentDrafter.standard().draft(report), CommentDrafter.standard().draft(back));
        assertEquals(GradeSuggester.standard().suggest(report.review()), GradeSuggester.standard().suggest(back.review()));
        assertEquals(report.facts(), back.facts());
        assertEquals("赵德林", back.name());
        assertArrayEquals(Files.readAllBytes(file), back.original());
        assertEquals(report.review().findings(), back.review().findings());
    }
}
