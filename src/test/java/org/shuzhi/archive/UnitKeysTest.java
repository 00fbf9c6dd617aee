package org.shuzhi.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Resolving unit names in memory must file every name where the rule applied to every held key files it. */
class UnitKeysTest {
    /** The rule as written: the name's own key if held, else the one held key it matches, else its own key. */
    private static String byRule(String unit, Set<String> held) {
        String key = UnitKey.of(unit);
        if (key == null || held.contains(key)) return key;
        List<String> matches = held.stream().filter(k -> UnitKey.sameUnit(key, k)).toList();
        return matches.size() == 1 ? matches.get(0) : key;
    }

    @Test
    void resolvesAsTheRuleOverEveryKeyOnCorpusUnitsAndTheirNamesakes() throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("corpus/manifest.tsv"))) {
            if (!line.startsWith("#")) names.add(line.split("\t")[1]);
        }
        names.addAll(List.of("市律协党委", "省农业科学院作物研究所党支部", "院图书馆党总支", "江州理工大学图书馆党支部",
                "城东小学", "中共", "党委", "市财政局机关第一党支部", "财政局党支部", "区市场监管局机关第二党支部"));
        // units of the same kind in other places: abbreviations that now match two units, or one
        List<String> all = new ArrayList<>();
        for (String place : List.of("", "松岭", "白湖区", "青山县", "江州市")) {
            for (String n : names) all.add(place + n);
        }
        UnitKeys keys = new UnitKeys();
        Set<String> held = new LinkedHashSet<>();
        int merged = 0, ambiguous = 0;
        for (String name : all) {
            String expected = byRule(name, held);
            assertEquals(expected, keys.resolve(name), name);
            if (expected != null && !expected.equals(UnitKey.of(name))) merged++;
            String own = UnitKey.of(name);
            if (own != null && !held.contains(own) && held.stream().filter(k -> UnitKey.sameUnit(own, k)).count() > 1) ambiguous++;
            if (expected != null) {
                keys.add(expected);
                held.add(expected);
            }
        }
        // the names exercise both outcomes of the abbreviation rule
        assertTrue(merged >= 10 && ambiguous >= 3, "merged " + merged + ", ambiguous " + ambiguous);
    }

    @Test
    void aCopyIsAddedToAlone() {
        UnitKeys keys = new UnitKeys();
        keys.add(UnitKey.of("市律师协会党支部"));
        UnitKeys copy = new UnitKeys(keys);
        copy.add(UnitKey.of("市律师工作协会党支部"));
        assertEquals("市律师协会党支部", keys.resolve("市律协党支部"));
        assertEquals("市律协党支部", copy.resolve("市律协党支部")); // two units match: keeps its own key
    }
}
