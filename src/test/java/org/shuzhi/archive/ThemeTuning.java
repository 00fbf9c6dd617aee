package org.shuzhi.archive;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.shuzhi.archive.themes.ThemeClassifier;

/** Prints the theme figures ({@code -Dshuzhi.themes=report}) or a grid of weights on the corpus ({@code =grid}). */
@EnabledIfSystemProperty(named = "shuzhi.themes", matches = ".+")
class ThemeTuning {
    @Test
    void figures() throws Exception {
        String mode = System.getProperty("shuzhi.themes");
        if (mode.equals("grid")) {
            var inputs = ThemeEvaluation.inputs();
            for (double head : new double[] {1, 2, 3}) for (double ch : new double[] {0, 0.1, 0.2, 0.3, 0.4, 0.5})
                for (double ct : new double[] {0, 0.05, 0.1, 0.2}) for (double th : new double[] {0.1, 0.15, 0.2, 0.25, 0.3, 0.35}) {
                    var w = new ThemeClassifier.Weights(head, ch, ct, th);
                    var r = ThemeEvaluation.rows(ThemeEvaluation.judge(ThemeEvaluation.standard(w), inputs)).get("corpus");
                    System.out.printf("%s\tunthemed %.3f\texact %d/%d\tacceptable %d\tnone %d/%d%n", w, r.unthemedShare(), r.exact(), r.scored(),
                            r.acceptable(), r.goldNoneKept(), r.goldNone());
                }
            return;
        }
        List<ThemeEvaluation.Judged> judged = ThemeEvaluation.judge(ThemeEvaluation.standard(ThemeClassifier.Weights.DEFAULT));
        Map<String, ThemeEvaluation.Row> rows = ThemeEvaluation.rows(judged);
        rows.values().forEach(System.out::println);
        for (ThemeEvaluation.Judged j : judged) {
            String t = j.assigned().theme();
            String g = j.gold() == null ? "?" : j.gold().theme() == null ? "-" : j.gold().theme();
            boolean ok = j.gold() != null && j.gold().accepted().contains(t == null ? "-" : t);
            System.out.printf("%s\t%s\t%s/%d\tgot %s (%.2f; best %s, 2nd %.2f)\tgold %s\t%s%n", ok ? "ok" : j.gold() == null ? "??" : "XX",
                    j.set(), j.report(), j.paragraph(), t, j.assigned().score(), j.assigned().best(), j.assigned().runnerUp(), g,
                    j.text().length() > 60 ? j.text().substring(0, 60) : j.text());
        }
    }
}
