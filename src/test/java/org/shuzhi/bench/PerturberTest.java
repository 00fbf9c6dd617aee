package org.shuzhi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PerturberTest {
    private final Perturber always = new Perturber(1.0, 1.0);

    @Test
    void shiftsYearsButNotOtherNumbers() {
        assertEquals("2022年主持支委会12次，2023年底前完成。", always.shiftYears("2020年主持支委会12次，2021年底前完成。", 2));
    }

    @Test
    void renumbersCountsButKeepsYearsAndListMarkers() {
        String text = "（2）2023年全年召开支委会12次，发展党员3名。";
        String out = always.renumber(text, new Random(7));
        assertTrue(out.startsWith("（2）2023年"), out);
        assertNotEquals(text, out);
        assertEquals(text.replaceAll("\\d", "").length(), out.replaceAll("\\d", "").length(), "only figures change");
    }

    @Test
    void swapsWordsWithinTheirSynonymGroup() {
        String out = always.swapSynonyms("加强理论学习", new Random(1));
        assertTrue(out.matches("(加强|强化|增强|加大)理论(学习|研学)"), out);
        // with many draws, the word is replaced at least once
        boolean changed = false;
        for (int seed = 0; seed < 20 && !changed; seed++) changed = !always.swapSynonyms("加强", new Random(seed)).equals("加强");
        assertTrue(changed);
    }

    @Test
    void shufflesMiddleClausesKeepingTheLeadAndTheEnd() {
        String s = "聚焦主业，抓好学习，抓好队伍，抓好制度，见到成效。";
        String out = always.shuffleClauses(s, new Random(3));
        assertTrue(out.startsWith("聚焦主业，") && out.endsWith("见到成效。"), out);
        assertEquals(sorted(s), sorted(out), "the same characters, in another order");
    }

    private static String sorted(String s) {
        return s.chars().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
