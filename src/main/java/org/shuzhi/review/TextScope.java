package org.shuzhi.review;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.shuzhi.document.Paragraph;
import org.shuzhi.document.Report;
import org.shuzhi.nlp.TextNormalizer;
import org.shuzhi.rules.Profile;
import org.shuzhi.rules.Rule;
import org.shuzhi.rules.RuleCatalog;
import org.shuzhi.rules.RuleEngine;
import org.shuzhi.rules.Severity;

/**
 * How much of a report a text is. A word processor connected as to a LanguageTool server sends one
 * paragraph at a time while the secretary writes; such a fragment can be judged by the paragraph rules
 * (班子口吻, 缺少数据事例, 套话堆砌, 模板残留, 问题推给他人, 只讲客观原因, 打算空泛 …), not by the rules that
 * judge the report as a whole: its length, shares, parts and required topics, whether a plan answers
 * each problem ({@link Rule#needsWholeReport()}), and the archive's checks, which need the unit and year
 * that the title and byline give and would take the writer's own earlier report for another unit's.
 */
public enum TextScope {
    WHOLE_REPORT, FRAGMENT;

    /** No duty report is shorter: the shortest of the corpus and the held-out sets has 12 paragraphs and 583 characters. */
    static final int MIN_PARAGRAPHS = 4;
    static final int MIN_CHARS = 300;

    /** A whole report when it has at least {@value #MIN_PARAGRAPHS} paragraphs and {@value #MIN_CHARS} characters. */
    public static TextScope of(Report report) {
        if (report.paragraphs().size() < MIN_PARAGRAPHS) return FRAGMENT;
        int chars = 0;
        for (Paragraph p : report.paragraphs()) chars += TextNormalizer.countChars(p.text());
        return chars < MIN_CHARS ? FRAGMENT : WHOLE_REPORT;
    }

    /** The codes that judge a report as a whole, left out on a fragment, in the catalog's order. */
    public static Set<String> wholeReportRules() {
        Set<String> needWhole = new LinkedHashSet<>();
        for (Rule r : RuleEngine.all()) if (r.needsWholeReport()) needWhole.add(r.code());
        Set<String> out = new LinkedHashSet<>();
        RuleCatalog catalog = RuleCatalog.standard();
        for (String code : catalog.codes()) {
            if (needWhole.contains(code) || catalog.get(code).reportLevel() || catalog.get(code).archive()) out.add(code);
        }
        return out;
    }

    /** What to ask the reviewer for a text of this scope: on a fragment, no whole-report rule and no archive. */
    public ReviewRequest request(ReviewRequest asked) {
        if (this == WHOLE_REPORT) return asked;
        Map<String, Severity> off = new LinkedHashMap<>();
        for (String code : wholeReportRules()) off.put(code, null);
        return new ReviewRequest(null, asked.overrides(), false, asked.resolveProfile().withRules(off));
    }
}
