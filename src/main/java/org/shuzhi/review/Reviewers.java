package org.shuzhi.review;

import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveEngine;
import org.shuzhi.classify.Classifiers;
import org.shuzhi.rules.Check;
import org.shuzhi.rules.PhraseCommonness;
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
     * A reviewer over either engine: its cross-report checks, and its phrase counts where it keeps them. An engine
     * whose checks are not there yet (it says so with {@link UnsupportedOperationException}) reviews as without an archive.
     */
    public static Reviewer withArchive(ArchiveEngine engine) {
        if (engine == null) return withoutArchive();
        if (engine instanceof Archive a) return withArchive(a);
        Check checks;
        try {
            checks = engine.checks();
        } catch (UnsupportedOperationException e) {
            return withoutArchive();
        }
        return new Reviewer(Classifiers.standard(), RuleEngine.standard(), checks, engine instanceof PhraseCommonness p ? p : null);
    }
}
