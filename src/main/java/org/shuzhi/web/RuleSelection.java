package org.shuzhi.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.shuzhi.rules.Profile;
import org.shuzhi.rules.RuleCatalog;
import org.shuzhi.rules.RuleInfo;
import org.shuzhi.rules.Severity;

/**
 * The rules a LanguageTool client asks for ({@code enabledRules}, {@code disabledRules},
 * {@code enabledCategories}, {@code disabledCategories}, {@code enabledOnly}), as LanguageTool reads them:
 * comma-separated ids, unknown ids ignored, disabling wins over enabling, and with {@code enabledOnly}
 * nothing runs but what is enabled. Applied to the profile as its {@code rules:} section would be.
 */
record RuleSelection(Set<String> enabledRules, Set<String> disabledRules, Set<String> enabledCategories,
                     Set<String> disabledCategories, boolean enabledOnly) {
    static final RuleSelection ALL = new RuleSelection(Set.of(), Set.of(), Set.of(), Set.of(), false);

    RuleSelection {
        if (enabledOnly && enabledRules.isEmpty() && enabledCategories.isEmpty()) {
            throw LanguageToolApi.refuse("'enabledOnly=true' needs 'enabledRules' or 'enabledCategories'（只启用指定规则时须给出规则或类别）");
        }
    }

    static RuleSelection of(java.util.function.Function<String, String> param) {
        String only = param.apply("enabledOnly");
        return new RuleSelection(ids(param.apply("enabledRules")), ids(param.apply("disabledRules")),
                ids(param.apply("enabledCategories")), ids(param.apply("disabledCategories")),
                only != null && Boolean.parseBoolean(only.strip()));
    }

    private static Set<String> ids(String list) {
        if (list == null || list.isBlank()) return Set.of();
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** The profile with the rules this selection turns off set off, and those it turns on at their default. */
    Profile apply(Profile profile) {
        Map<String, Severity> changes = new LinkedHashMap<>();
        RuleCatalog catalog = RuleCatalog.standard();
        for (String code : catalog.codes()) {
            RuleInfo info = catalog.get(code);
            boolean enabled = enabledRules.contains(code) || enabledCategories.contains(info.category().id());
            boolean disabled = disabledRules.contains(code) || disabledCategories.contains(info.category().id());
            if (disabled || (enabledOnly && !enabled)) changes.put(code, null);
            else if (enabled && !profile.enabled(code)) changes.put(code, info.severity());
        }
        return changes.isEmpty() ? profile : profile.withRules(changes);
    }
}
