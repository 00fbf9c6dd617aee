package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.List;

/** Runs the report-internal checks that a profile turns on. */
public final class RuleEngine implements Check {
    private final List<Check> checks;

    public RuleEngine(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    public static RuleEngine standard() {
        return new RuleEngine(List.of());
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> out = new ArrayList<>();
        for (Check c : checks) out.addAll(c.check(context));
        return out;
    }
}
