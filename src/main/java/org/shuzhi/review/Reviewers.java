package org.shuzhi.review;

import org.shuzhi.archive.Archive;
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
    public static Reviewer withArchive(Archive archive) {
        return new Reviewer(Classifiers.standard(), RuleEngine.standard(), archive == null ? null : archive.checks(), archive);
    }

    /**
     * A reviewer over either engine: the embedded archive's checks, or, for an engine whose cross-report checks
     * are not there yet (a SolrCloud collection), none, as without an archive.
     */
    public static Reviewer withArchive(ArchiveEngine engine) {
        return engine instanceof Archive a ? withArchive(a) : withoutArchive();
    }
}
