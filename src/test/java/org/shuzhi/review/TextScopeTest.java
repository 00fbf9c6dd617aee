package org.shuzhi.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.document.Report;
import org.shuzhi.rules.Finding;

/** A paragraph sent alone is judged by the paragraph rules only; a whole report by every rule. */
class TextScopeTest {
    private static final Reviewer REVIEWER = Reviewers.withoutArchive();
    /** A problem, with its owner and its cause, and nothing after it: no plan answers it in this text. */
    private static final String PROBLEM = "二是党员教育管理不够严格，个别党员参加组织生活不够积极，我对流动党员的日常联系和管理抓得不够紧，"
            + "全年只开展了1次集中学习，教育效果不明显。";

    private static List<String> rules(Review r) {
        return r.findings().stream().map(Finding::rule).toList();
    }

    @Test
    void aParagraphAloneIsAFragmentAndACorpusReportIsWhole() {
        assertEquals(TextScope.FRAGMENT, TextScope.of(Report.fromText("t", PROBLEM)));
        assertEquals(TextScope.FRAGMENT, TextScope.of(Report.fromText("t", "一、履职主要情况\n" + PROBLEM + "\n三、下一步打算\n我牵头。")),
                "four lines but too short to be a report");
        Corpus corpus = Corpus.bundled();
        for (String id : List.of("chengdong-xiaoxue-2020", "hengda-jixie-2023")) {
            assertEquals(TextScope.WHOLE_REPORT, TextScope.of(corpus.report(id)), id);
        }
    }

    @Test
    void aFragmentIsNotJudgedByTheRulesThatNeedTheWholeReport() {
        Report fragment = Report.fromText("草稿", PROBLEM);
        // reviewed as if it were a whole report, the paragraph is a report without plans, parts or length
        Review asWhole = REVIEWER.review(fragment, ReviewRequest.defaults());
        assertTrue(rules(asWhole).contains("PROBLEM_WITHOUT_PLAN"), rules(asWhole).toString());
        assertTrue(rules(asWhole).contains("STRUCTURE_MISSING_PART"), rules(asWhole).toString());

        Review asFragment = REVIEWER.review(fragment, TextScope.FRAGMENT.request(ReviewRequest.defaults()));
        Set<String> whole = TextScope.wholeReportRules();
        for (String rule : rules(asFragment)) assertFalse(whole.contains(rule), rule + " judged a fragment");
        assertTrue(whole.containsAll(List.of("LENGTH_OVER_LIMIT", "ACHIEVEMENT_SHARE_HIGH", "PROBLEM_SHARE_LOW",
                "STRUCTURE_MISSING_PART", "REQUIRED_TOPIC_MISSING", "PROBLEM_WITHOUT_PLAN", "REPEATED_PROBLEM",
                "COMMITMENT_NOT_ADDRESSED", "COPIED_FROM_OTHER_REPORT", "SELF_COPY")), whole.toString());
        assertFalse(whole.contains("COLLECTIVE_VOICE"));
        assertFalse(whole.contains("VAGUE_PLAN"));
    }

    @Test
    void aParagraphRuleStillJudgesAFragment() {
        String vague = "下一步，我们将进一步加强理论学习，不断提升党建工作质量，推动各项工作再上新台阶。";
        Review r = REVIEWER.review(Report.fromText("草稿", vague), TextScope.FRAGMENT.request(ReviewRequest.defaults()));
        assertTrue(rules(r).contains("VAGUE_PLAN"), rules(r).toString());
    }

    @Test
    void aWholeReportIsAskedAsItWas() {
        ReviewRequest asked = ReviewRequest.defaults();
        assertEquals(asked, TextScope.WHOLE_REPORT.request(asked));
        assertFalse(TextScope.FRAGMENT.request(asked).useArchive());
    }
}
