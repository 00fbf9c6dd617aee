package org.shuzhi.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.RuleCatalog;
import org.shuzhi.rules.Severity;

/**
 * Suggests the pre-review outcome, with reasons in the notices' own terms: the "五个不通过" of 002 and
 * the "两个必须" and "四个不能" of 003 (each rule's reasons, the archive's cross-report checks included, are
 * in rules/catalog.yaml, which admits only the items the notices state). Each reason names where it was
 * found: the paragraphs, or for a whole-report finding "全文" with what was found when the finding says it
 * in a word (evidence {@code summary}: "问题部分占29%，要求不少于30%").
 * <ul>
 *   <li>退回修改: a finding at error severity (a hard limit of the profile's notice), or findings touching
 *       three or more of the 五个不通过 — the report fails review as a whole;</li>
 *   <li>修改后通过: only warnings — passages to fix before the meeting;</li>
 *   <li>通过: nothing, or only hints.</li>
 * </ul>
 */
public final class VerdictPolicy {
    static final String FIVE = "五个不通过";
    static final int FIVE_ITEMS_TO_RETURN = 3;
    private static final String WHOLE = "全文";

    private VerdictPolicy() {}

    public static Verdict decide(List<Finding> findings) {
        Map<String, Set<String>> where = new LinkedHashMap<>();
        // what the text is (not a report, cut off) comes before what it says
        Set<String> first = new LinkedHashSet<>();
        boolean error = false, warning = false;
        for (Finding f : findings) {
            error |= f.severity() == Severity.ERROR;
            warning |= f.severity() == Severity.WARNING;
            if (f.severity() == Severity.INFO) continue;
            List<String> reasons = RuleCatalog.standard().contains(f.rule())
                    ? RuleCatalog.standard().get(f.rule()).verdictReasons() : List.of("其他：" + f.rule());
            for (String r : reasons) where.computeIfAbsent(r, k -> new LinkedHashSet<>()).add(place(f));
            if (RuleCatalog.standard().supersedesAny(f.rule())) first.addAll(reasons);
        }
        long fiveItems = where.keySet().stream().filter(r -> r.startsWith(FIVE)).count();
        List<String> reasons = new ArrayList<>();
        where.entrySet().stream()
                .sorted((a, b) -> Integer.compare(first.contains(a.getKey()) ? -1 : rank(a.getKey()),
                        first.contains(b.getKey()) ? -1 : rank(b.getKey())))
                .forEach(e -> reasons.add(e.getKey() + "（" + places(e.getValue()) + "）"));
        if (error || fiveItems >= FIVE_ITEMS_TO_RETURN) return new Verdict(Verdict.RETURN, reasons);
        if (warning) return new Verdict(Verdict.REVISE, reasons);
        return new Verdict(Verdict.PASS, reasons);
    }

    private static int rank(String reason) {
        return reason.startsWith(FIVE) ? 0 : reason.startsWith("两个必须") || reason.startsWith("四个不能") ? 1 : 2;
    }

    private static String place(Finding f) {
        if (f.paragraph() != null) return TextFormatter.paragraphName(f.paragraph());
        return f.evidence().get(Finding.SUMMARY) instanceof String s && !s.isBlank() ? WHOLE + "：" + s : WHOLE;
    }

    /** "全文：问题部分占29%…；第3段、第5段": the whole report's findings, then the paragraphs. */
    private static String places(Set<String> where) {
        List<String> whole = where.stream().filter(w -> w.startsWith(WHOLE)).toList();
        // "全文" alone says nothing once another whole-report finding has said what it found
        if (whole.size() > 1) whole = whole.stream().filter(w -> !w.equals(WHOLE)).toList();
        List<String> list = where.stream().filter(w -> !w.startsWith(WHOLE)).toList();
        String paragraphs = list.size() > 6 ? String.join("、", list.subList(0, 6)) + "等" + list.size() + "处" : String.join("、", list);
        List<String> out = new ArrayList<>(whole);
        if (!paragraphs.isEmpty()) out.add(paragraphs);
        return String.join("；", out);
    }
}
