package org.shuzhi.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.review.Json;

/** A unit given as people say it finds its reports; one the archive does not hold is said so, with the nearest. */
class UnitSearchTest {
    @TempDir
    Path dir;

    private Archive archive;

    private static final String A = "我带头讲党课4次，组织党员到红色教育基地现场教学2次，走访困难党员家庭11户。";
    private static final String P = "组织生活会上开展批评与自我批评辣味不足，谈问题多谈现象，我没有带头把自己摆进去。";
    private static final String L = "2024年6月底前由我牵头建立党员学习台账，每季度通报一次。";

    @BeforeEach
    void fill() {
        archive = Archive.open(dir);
        Reports.add(archive, "城东小学党支部", 2022, A, P, L);
        Reports.add(archive, "市教育局机关党委", 2023, A, P, L);
        Reports.add(archive, "园区联合党支部", 2023, A, P, L);
        // a school whose branch became a general branch: one unit, two levels
        Reports.add(archive, "城西中学党支部", 2021, A, P, L);
        Reports.add(archive, "城西中学党总支", 2023, A, P, L);
    }

    @AfterEach
    void close() {
        archive.close();
    }

    private SearchResult byUnit(String unit) {
        return archive.search(new SearchQuery(null, null, null, unit, null, 50));
    }

    private static Set<String> units(SearchResult r) {
        return new TreeSet<>(r.hits().stream().map(SearchHit::unitKey).toList());
    }

    @Test
    void theUnitsOwnNameFindsItsReports() {
        for (String said : List.of("城东小学", "中共城东小学", "城東小學", "城东小学党支部", "城东小学支部委员会",
                "城东小学（党支部）", "城东小学\u3000党支部", " 城东小学 ")) {
            SearchResult r = byUnit(said);
            assertEquals(Set.of("城东小学党支部"), units(r), said);
            assertEquals(List.of("城东小学党支部"), r.unit().matched(), said);
        }
        assertEquals(Set.of("市教育局机关党委"), units(byUnit("市教育局")));
        assertEquals(Set.of("园区联合党支部"), units(byUnit("园区")));
        assertEquals(Set.of("城西中学党支部", "城西中学党总支"), units(byUnit("城西中学")), "every level the unit had");
        assertEquals(Set.of("城西中学党总支"), units(byUnit("城西中学总支")), "a level given and held: that one");
    }

    @Test
    void aUnitNotHeldIsSaidSoWithTheNearestUnits() {
        SearchResult typo = byUnit("城东小雪");
        assertEquals(0, typo.total());
        assertTrue(typo.unit().matched().isEmpty());
        assertEquals("城东小学党支部", typo.unit().suggestions().get(0), typo.unit().toString());
        SearchResult part = byUnit("城西");
        assertTrue(part.unit().suggestions().containsAll(List.of("城西中学党支部", "城西中学党总支")), part.unit().toString());
        assertFalse(part.unit().suggestions().contains("市教育局机关党委"), part.unit().toString());
        assertTrue(byUnit("远山县林业局").unit().suggestions().isEmpty());
    }

    @Test
    void theJsonSaysHowTheUnitWasReadOnlyWhenOneWasGiven() throws Exception {
        assertNull(archive.search(SearchQuery.of("党课")).unit());
        assertFalse(Json.MAPPER.readTree(Json.write(archive.search(SearchQuery.of("党课")))).has("unit"));
        var json = Json.MAPPER.readTree(Json.write(byUnit("城东小雪")));
        assertEquals("城东小雪", json.at("/unit/given").asText());
        assertEquals("城东小学党支部", json.at("/unit/suggestions/0").asText());
    }
}
