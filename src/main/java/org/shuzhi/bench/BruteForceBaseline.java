package org.shuzhi.bench;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.shuzhi.archive.Archive;
import org.shuzhi.rules.Check;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.RuleContext;

/**
 * What a script without an index would do: compare each paragraph of the report with every other unit's
 * archived paragraph ({@link Archive#exhaustiveChecks()}), by the very confirmation the indexed checks use
 * (same eligibility, filters, thresholds, same code). Its findings are the reference the indexed path's
 * recall is measured against. Single-threaded, like such a script.
 */
final class BruteForceBaseline {
    /** The checks whose candidates come from the index: what the comparison is about. */
    static final Set<String> RULES = Set.of("REPEATED_PROBLEM", "COPIED_FROM_OTHER_REPORT");

    private final Check checks;

    /** Reads every paragraph of the archive into memory (a few seconds at 50,000 reports). */
    BruteForceBaseline(Archive archive) {
        this.checks = archive.exhaustiveChecks();
    }

    /** The baseline's repeat and copy findings, as "RULE@paragraph". */
    Set<String> findings(RuleContext context) {
        return keyed(checks.check(context));
    }

    /** Repeat and copy findings on paragraphs, as "RULE@paragraph". */
    static Set<String> keyed(List<Finding> findings) {
        Set<String> out = new LinkedHashSet<>();
        for (Finding f : findings) if (f.paragraph() != null && RULES.contains(f.rule())) out.add(f.rule() + "@" + f.paragraph());
        return out;
    }
}
