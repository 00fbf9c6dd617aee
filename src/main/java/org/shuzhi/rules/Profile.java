package org.shuzhi.rules;

import java.util.List;
import java.util.Map;
import org.shuzhi.document.Part;

/**
 * The requirements of one year's notice, read from a profile file (see docs/profiles.md).
 *
 * @param id      short name used with --profile
 * @param name    what the profile is, in Chinese
 * @param notice  the notice it comes from, named as reviewers know it
 * @param year    the year the notice is for, or null
 * @param length  length limits by role
 * @param shares  share limits per part
 * @param parts   the parts the report must have, with the notice's heading wordings
 * @param topics  topics the notice makes mandatory
 * @param rules   severity per rule code; a code that is absent keeps the rule's default, null means off
 */
public record Profile(String id, String name, String notice, Integer year, LengthLimits length,
                      Map<Part, ShareLimit> shares, Map<Part, List<String>> parts, List<RequiredTopic> topics,
                      Map<String, Severity> rules) {

    public Profile {
        // in the parts' own order (achievement, problem, plan): Map.copyOf would list them differently in every run
        shares = byPart(shares);
        parts = byPart(parts);
        topics = List.copyOf(topics);
        rules = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(rules));
    }

    private static <V> Map<Part, V> byPart(Map<Part, V> m) {
        Map<Part, V> out = new java.util.EnumMap<>(Part.class);
        out.putAll(m);
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Length limits: one per role, matched by the role's name, and a default for every other role. */
    public record LengthLimits(Integer defaultLimit, Map<String, Integer> roles) {
        public LengthLimits {
            roles = Map.copyOf(roles);
        }

        /** The limit for a role; the longest role name contained in {@code role} wins ("在职党支部书记" → 党支部书记). */
        public Integer limitFor(String role) {
            if (role != null) {
                String best = null;
                for (String r : roles.keySet()) {
                    if ((role.contains(r) || r.contains(role)) && (best == null || r.length() > best.length())) best = r;
                }
                if (best != null) return roles.get(best);
            }
            return defaultLimit;
        }
    }

    /** Share limits of one part: as fractions of the whole report or as character counts; any may be null. */
    public record ShareLimit(Double min, Double max, Integer minChars, Integer maxChars, Integer aboutChars) {}

    /** A topic the notice makes mandatory: covered when the report uses any of its terms. */
    public record RequiredTopic(String name, List<Integer> years, List<String> terms, String quote) {
        public RequiredTopic {
            years = List.copyOf(years);
            terms = List.copyOf(terms);
        }

        public boolean appliesTo(Integer year) {
            return years.isEmpty() || year == null || years.contains(year);
        }
    }

    public boolean enabled(String code) {
        return !rules.containsKey(code) || rules.get(code) != null;
    }

    public Severity severity(String code, Severity fallback) {
        Severity s = rules.get(code);
        return s == null ? fallback : s;
    }

    public ShareLimit share(Part part) {
        return shares.get(part);
    }

    /**
     * This profile with some rules set otherwise: each code of {@code changes} at the severity given, or
     * off where it maps to null; every other rule as this profile has it. The requirements stay the same.
     */
    public Profile withRules(Map<String, Severity> changes) {
        Map<String, Severity> merged = new java.util.HashMap<>(rules);
        merged.putAll(changes);
        return new Profile(id, name, notice, year, length, shares, parts, topics, merged);
    }
}
