package org.shuzhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.shuzhi.review.Json;
import org.shuzhi.rules.Profile;
import org.shuzhi.rules.Profiles;

/** `profiles` lists every built-in profile with the limits the rules apply. */
class ProfilesCommandTest {
    @Test
    void everyBuiltInProfileIsListedWithItsLimits() {
        CliRun r = CliRun.of("profiles");
        assertEquals(0, r.code(), r.err());
        for (Profile p : Profiles.builtIn()) assertTrue(r.out().contains(p.id() + "  " + p.name()), p.id() + "\n" + r.out());
        String edu = section(r.out(), "edu-district-2021");
        assertTrue(edu.contains("党总支书记 ≤ 2500 字；党支部书记 ≤ 2000 字"), edu);
        assertTrue(edu.contains("成绩 ≤ 33.3%"), edu);
        assertTrue(edu.contains("必述：党史学习教育（2021年）"), edu);
        String city = section(r.out(), "city-organs-2020");
        assertTrue(city.contains("篇幅：≤ 2500 字") && city.contains("问题 ≥ 1000 字"), city);
        assertTrue(section(r.out(), "high-school-2018").contains("篇幅超限（LENGTH_OVER_LIMIT）不查"), r.out());
    }

    @Test
    void jsonListsTheProfilesAsTheApiDoes() throws Exception {
        CliRun r = CliRun.of("profiles", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode all = Json.MAPPER.readTree(r.out());
        assertEquals(Profiles.builtIn().size(), all.size());
        assertEquals(Json.MAPPER.readTree(Json.write(Profiles.builtIn())), all);
    }

    /** The profile's line and the indented lines under it. */
    private static String section(String out, String id) {
        int from = out.indexOf(id + "  ");
        assertTrue(from >= 0, id);
        StringBuilder b = new StringBuilder();
        for (String line : out.substring(from).split("\n")) {
            if (b.length() > 0 && !line.startsWith("  ")) break;
            b.append(line).append('\n');
        }
        return b.toString();
    }
}
