package org.shuzhi.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuzhi.document.Part;

/** The calibration figures and the temperature fit, on predictions whose answers are worked out by hand. */
class CalibrationTest {
    @Test
    void eceBrierAndLowConfidenceAccuracyByHand() {
        double[][] dist = {
                {0.9, 0.1, 0, 0},   // right, bin 0.9–1.0
                {0.9, 0.1, 0, 0},   // wrong (gold problem), bin 0.9–1.0
                {0.6, 0.4, 0, 0},   // right, bin 0.6–0.7, below 0.8
                null};              // no text in this view: skipped
        List<Part> gold = List.of(Part.ACHIEVEMENT, Part.PROBLEM, Part.ACHIEVEMENT, Part.OTHER);
        Calibration c = Calibration.of(dist, gold);
        // bin 0.9: confidence 0.9, accuracy 0.5 (2 of 3); bin 0.6: confidence 0.6, accuracy 1 (1 of 3)
        assertEquals(2.0 / 3 * 0.4 + 1.0 / 3 * 0.4, c.ece(), 1e-4);
        // (0.01 + 0.01) + (0.81 + 0.81) + (0.16 + 0.16), over 3
        assertEquals((0.02 + 1.62 + 0.32) / 3, c.brier(), 1e-4);
        assertEquals(1, c.low());
        assertEquals(1.0, c.lowAccuracy());
        assertEquals(2, c.rest());
        assertEquals(0.5, c.restAccuracy());
        assertEquals(2, c.bins().size());
    }

    /**
     * An overconfident learner: log-odds of 4 per √word for the chosen label, right 3 times in 4. The
     * fitted temperature brings the confidence down to about 0.75 and never changes the label.
     */
    @Test
    void fittedTemperatureMatchesTheAccuracy() {
        List<double[]> dist = new ArrayList<>();
        List<Integer> terms = new ArrayList<>();
        List<Part> gold = new ArrayList<>();
        double q = Math.exp(-4.0 * 10); // 100 terms: √100 = 10
        double p = 1 - 3 * q;
        for (int i = 0; i < 400; i++) {
            dist.add(new double[] {p, q, q, q});
            terms.add(100);
            gold.add(i % 4 == 0 ? Part.PROBLEM : Part.ACHIEVEMENT);
        }
        Temperature t = Temperature.fit(dist, terms, gold);
        double[] scaled = t.apply(dist.get(0), 100);
        assertEquals(0.75, scaled[0], 1e-3);
        assertTrue(scaled[0] > scaled[1] && scaled[1] == scaled[2]);
        // p_k ∝ p_k^(1/(T·√n)): p/q = e^40 becomes 0.75/(0.25/3) = 9, so T·10 = 40/ln 9
        assertEquals(4.0 / Math.log(9), t.value(), 1e-3);
    }
}
