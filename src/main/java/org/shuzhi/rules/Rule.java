package org.shuzhi.rules;

/** A check with a code from the catalog; its findings carry the catalog's default severity. */
public interface Rule extends Check {
    String code();

    default RuleInfo info() {
        return RuleCatalog.standard().get(code());
    }

    /**
     * Whether the rule judges the report as a whole: its length, shares and parts, or a paragraph against
     * the others (a problem that no plan of the report answers). Such a rule cannot judge a fragment, such
     * as the one paragraph a word processor sends at a time.
     */
    default boolean needsWholeReport() {
        return info().reportLevel();
    }
}
