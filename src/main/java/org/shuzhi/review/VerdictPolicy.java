package org.shuzhi.review;

import java.util.List;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.Severity;

/** Suggests the pre-review outcome from the findings. */
public final class VerdictPolicy {
    private VerdictPolicy() {}

    public static Verdict decide(List<Finding> findings) {
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        if (errors > 0) return new Verdict(Verdict.RETURN, List.of("存在不符合通知硬性要求的问题"));
        if (warnings > 0) return new Verdict(Verdict.REVISE, List.of("存在需要修改完善的内容"));
        return new Verdict(Verdict.PASS, List.of());
    }
}
