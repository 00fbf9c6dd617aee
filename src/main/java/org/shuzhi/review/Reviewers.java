package org.shuzhi.review;

import org.shuzhi.archive.ArchiveEngine;
import org.shuzhi.classify.Classifiers;
import org.shuzhi.rules.RuleEngine;

/** Assembles the standard reviewer from the installed model, the built-in rules and an optional archive. */
public final class Reviewers {
    private Reviewers() {}

    public static Reviewer withoutArchive() {
        return new Reviewer(Classifiers.standard(), RuleEngine.standard(), null);
    }

    /** A reviewer that also runs the cross-report checks against {@code archive} (null: none). */
    public static Reviewer withArchive(ArchiveEngine archive) {
        return new Reviewer(Classifiers.standard(), RuleEngine.standard(), archive == null ? null : archive.checks(), archive);
    }
}
