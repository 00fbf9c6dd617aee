package org.shuzhi.review;

import org.shuzhi.classify.Classifiers;
import org.shuzhi.rules.RuleEngine;

/** Assembles the standard reviewer from the installed model, the built-in rules and an optional archive. */
public final class Reviewers {
    private Reviewers() {}

    public static Reviewer withoutArchive() {
        return new Reviewer(Classifiers.standard(), RuleEngine.standard(), null);
    }
}
