package org.shuzhi.rules;

import java.util.List;

/** One rule or family of rules over a whole report. */
public interface Check {
    List<Finding> check(RuleContext context);
}
