package org.shuzhi.rules;

import java.util.List;
import java.util.Map;

/**
 * What the catalog (resource rules/catalog.yaml) says about one rule: its Chinese name, default severity,
 * the requirement it enforces with the notices behind it, the verdict reasons it bears on, whether it
 * is a cross-report check that needs the archive, its category, and the rules whose findings its finding
 * replaces ("all" for a text that is no duty report).
 */
public record RuleInfo(String code, String name, boolean reportLevel, Severity severity, String requirement,
                       List<String> sources, List<String> verdictReasons, boolean archive, RuleCategory category,
                       List<String> supersedes) {
    public RuleInfo {
        supersedes = supersedes == null ? List.of() : List.copyOf(supersedes);
    }

    /** A finding whose message names what was found, then the requirement and the notices it comes from. */
    public Finding finding(Integer paragraph, Span span, String found, Map<String, Object> evidence) {
        return new Finding(code, severity, paragraph, span,
                found + "。" + requirement + "（" + String.join("；", sources) + "）", evidence);
    }

    /** A finding against a figure of the profile: the requirement is the profile's, from its notice. */
    public Finding finding(Integer paragraph, String found, String requirement, Profile profile, Map<String, Object> evidence) {
        return new Finding(code, severity, paragraph, null, found + "。" + requirement + "（" + profile.notice() + "）", evidence);
    }
}
