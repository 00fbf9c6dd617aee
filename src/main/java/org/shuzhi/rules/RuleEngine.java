package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs the rules the profile turns on, at the severity the profile gives them. */
public final class RuleEngine implements Check {
    private final List<Rule> rules;

    public RuleEngine(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static RuleEngine standard() {
        return new RuleEngine(all());
    }

    /** Every archive-free rule, in the order findings are listed. */
    public static List<Rule> all() {
        return List.of(new LengthRule(), ShareRule.achievementHigh(), ShareRule.problemLow(), new StructureRule(),
                new RequiredTopicRule(), new PlaceholderRule(), new CollectiveVoiceRule(), new NoDataRule(),
                new SloganRule(), new DisguisedAchievementRule(), new BlameOthersRule(), new ObjectiveCausesRule(),
                new VaguePlanRule(), new ProblemWithoutPlanRule());
    }

    public static Rule byCode(String code) {
        return all().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule " + code));
    }

    public List<Rule> rules() {
        return rules;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        Profile profile = context.profile();
        List<Finding> out = new ArrayList<>();
        for (Rule r : rules) {
            if (!profile.enabled(r.code())) continue;
            Severity severity = profile.severity(r.code(), r.info().severity());
            for (Finding f : r.check(context)) {
                out.add(new Finding(f.rule(), severity, f.paragraph(), f.span(), f.message(), f.evidence()));
            }
        }
        out.sort(Comparator.comparing((Finding f) -> f.paragraph() == null ? -1 : f.paragraph()));
        return out;
    }
}
