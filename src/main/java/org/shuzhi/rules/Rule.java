package org.shuzhi.rules;

/** A check with a code from the catalog; its findings carry the catalog's default severity. */
public interface Rule extends Check {
    String code();

    default RuleInfo info() {
        return RuleCatalog.standard().get(code());
    }
}
