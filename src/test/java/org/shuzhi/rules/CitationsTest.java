package org.shuzhi.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.review.Review;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewer;
import org.shuzhi.review.Reviewers;

/** Findings cite the notices by name, never by the numbers the catalog files them under. */
class CitationsTest {
    /** The catalog's own notice numbers as they used to leak into messages: （000）…（004）. */
    private static final Pattern INTERNAL_NUMBER = Pattern.compile("[（(]\\s*00\\d\\s*[）)]");

    @Test
    void theCatalogAndTheBuiltInProfilesNameNoticesWithoutInternalNumbers() {
        RuleCatalog catalog = RuleCatalog.standard();
        for (String code : catalog.codes()) {
            for (String source : catalog.get(code).sources()) {
                assertFalse(INTERNAL_NUMBER.matcher(source).find(), code + ": " + source);
                assertTrue(source.length() > 8, code + " cites a notice by its name: " + source);
            }
        }
        for (Profile p : Profiles.builtIn()) assertFalse(INTERNAL_NUMBER.matcher(p.notice()).find(), p.id() + ": " + p.notice());
    }

    @Test
    void findingsOfRealReportsUnderEachBuiltInProfileCiteTheNoticeByName() {
        Corpus corpus = Corpus.at(Path.of("corpus"));
        Reviewer reviewer = Reviewers.withoutArchive();
        for (Profile p : Profiles.builtIn()) {
            List<String> messages = new ArrayList<>();
            for (String id : List.of("chengtou-jituan-2023", "liuxi-cun-2022", "chengdong-xiaoxue-2021")) {
                Review r = reviewer.review(corpus.report(id), new ReviewRequest(p.id(), null, false));
                r.findings().forEach(f -> messages.add(f.message()));
            }
            assertFalse(messages.isEmpty(), p.id());
            for (String m : messages) assertFalse(INTERNAL_NUMBER.matcher(m).find(), p.id() + ": " + m);
            if (p.share(org.shuzhi.document.Part.ACHIEVEMENT) != null || p.share(org.shuzhi.document.Part.PROBLEM) != null) {
                assertTrue(messages.stream().anyMatch(m -> m.endsWith("（" + p.notice() + "）")),
                        p.id() + ": a share finding cites the profile's notice: " + messages);
            }
        }
    }
}
