package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.shuzhi.nlp.AnalyzedReport;

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
        return List.of(new NotADutyReportRule(), new TextIncompleteRule(),
                new LengthRule(), ShareRule.achievementHigh(), ShareRule.problemLow(), new StructureRule(), new RequiredTopicRule(), new PlaceholderRule(), new CollectiveVoiceRule(), new NoDataRule(),
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
            if (profile.enabled(r.code())) out.addAll(r.check(context));
        }
        return withoutSuperseded(byProfile(profile, withoutDebris(context.report(), out)));
    }

    /**
     * The findings that are not about web-page debris: a line such as "本文由XX上传" is not the writer's,
     * and no rule may judge it (RuleContext already keeps it out of what rules read; this holds for any check).
     */
    public static List<Finding> withoutDebris(AnalyzedReport report, List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (f.paragraph() != null && f.paragraph() >= 0 && f.paragraph() < report.paragraphs().size()
                    && report.paragraphs().get(f.paragraph()).isDebris()) continue;
            out.add(f);
        }
        return out;
    }

    /**
     * The findings without those another finding replaces (the catalog's supersedes:): a text that is not
     * a duty report keeps only that finding; a text cut off loses the findings that only measure what is
     * missing after the cut (shares, missing parts). Order is kept.
     */
    public static List<Finding> withoutSuperseded(List<Finding> findings) {
        RuleCatalog catalog = RuleCatalog.standard();
        List<String> present = findings.stream().map(Finding::rule).distinct().toList();
        return findings.stream()
                .filter(f -> present.stream().noneMatch(code -> catalog.contains(code) && catalog.supersedes(code, f.rule())))
                .toList();
    }

    /**
     * The findings the profile keeps, at the severity it gives each rule (the rule's own when it names
     * none), in paragraph order with whole-report findings first. The archive's findings pass through
     * here too, so a profile's rules: section governs every rule alike.
     */
    public static List<Finding> byProfile(Profile profile, List<Finding> findings) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (!profile.enabled(f.rule())) continue;
            Severity severity = profile.severity(f.rule(), f.severity());
            out.add(new Finding(f.rule(), severity, f.paragraph(), f.span(), f.message(), f.evidence()));
        }
        out.sort(Comparator.comparing((Finding f) -> f.paragraph() == null ? -1 : f.paragraph()));
        return out;
    }
}
