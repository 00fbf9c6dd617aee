package org.shuzhi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.document.Part;

class ProfilesTest {
    private static final String MINIMAL = "id: x\nname: 测试\nnotice: 测试通知\n";

    /** Messages list the parts in the report's order, the same in every run (a hashed map's order is not). */
    @Test
    void partsAndSharesKeepTheReportsOrder() {
        for (Profile p : Profiles.builtIn()) {
            List<Part> parts = List.copyOf(p.parts().keySet()), shares = List.copyOf(p.shares().keySet());
            assertEquals(parts.stream().sorted().toList(), parts, p.id());
            assertEquals(shares.stream().sorted().toList(), shares, p.id());
            assertTrue(parts.size() >= 3, p.id() + " " + parts);
        }
    }

    @Test
    void builtInProfilesCarryTheNoticesFigures() {
        assertEquals(List.of("default", "edu-district-2021", "institute-2023", "high-school-2018", "city-organs-2020", "county-2022"),
                Profiles.builtIn().stream().map(Profile::id).toList());
        Profile edu = Profiles.resolve("edu-district-2021");
        assertEquals(2000, edu.length().limitFor("党支部书记"));
        assertEquals(2500, edu.length().limitFor("党总支书记"));
        assertEquals(1.0 / 3, edu.share(Part.ACHIEVEMENT).max(), 1e-9);
        Profile institute = Profiles.resolve("institute-2023");
        assertEquals(1000, institute.length().limitFor("在职党支部书记"), "the longest role name contained wins");
        assertEquals(1500, institute.length().limitFor("二级党组织书记"));
        assertEquals(0.3, institute.share(Part.PROBLEM).min(), 1e-9);
        Profile city = Profiles.resolve("city-organs-2020");
        assertEquals(2500, city.length().limitFor("党组书记"));
        assertEquals(1000, city.share(Part.PROBLEM).minChars());
        assertEquals(1.0 / 3, Profiles.resolve("county-2022").share(Part.PROBLEM).min(), 1e-9);
        assertFalse(Profiles.resolve("high-school-2018").enabled("LENGTH_OVER_LIMIT"));
        assertEquals(Severity.ERROR, Profiles.resolve("high-school-2018").severity("VAGUE_PLAN", Severity.WARNING));
        assertEquals("default", Profiles.resolve(null).id());
    }

    @Test
    void theRolesTitlesAreReadAsTakeTheirLimits() {
        // roles as MetadataExtractor reads them from titles, each meeting the limit of the notice's own role word
        Profile institute = Profiles.resolve("institute-2023"), edu = Profiles.resolve("edu-district-2021");
        String text = "2023年度土壤研究所在职党支部书记述职报告\n一、履职情况";
        String role = org.shuzhi.document.MetadataExtractor.extract(org.shuzhi.document.Report.fromText("t.txt", text)).role();
        assertEquals("在职党支部书记", role);
        assertEquals(1000, institute.length().limitFor(role));
        assertEquals(1500, institute.length().limitFor("机关党委书记"), "a 机关党委 is a 党委");
        assertEquals(1500, institute.length().limitFor("二级党组织书记"));
        assertEquals(2500, edu.length().limitFor("党总支书记"));
        assertEquals(2000, edu.length().limitFor("党支部书记"));
        assertNull(edu.length().limitFor(null), "no role read: the profile's default");
    }

    @Test
    void aUsersFileIsReadAndUnlistedRulesKeepTheirDefaults(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("2025.yaml");
        Files.writeString(f, MINIMAL + "length: {default: 3000}\nshares: {problem: {min: 25%}}\nrules: {SLOGAN_HEAVY: off}\n",
                StandardCharsets.UTF_8);
        Profile p = Profiles.resolve(f.toString());
        assertEquals(3000, p.length().limitFor("党委书记"));
        assertEquals(0.25, p.share(Part.PROBLEM).min(), 1e-9);
        assertFalse(p.enabled("SLOGAN_HEAVY"));
        assertTrue(p.enabled("NO_DATA"));
        assertEquals(Severity.WARNING, p.severity("NO_DATA", Severity.WARNING));
        assertEquals(3, p.parts().size(), "all three parts are required unless the profile says otherwise");
    }

    @Test
    void malformedProfilesAreRejectedNamingTheField() {
        assertField("shares.achievement.max", MINIMAL + "shares: {achievement: {max: 一半}}\n");
        assertField("shares.problem.min", MINIMAL + "shares: {problem: {min: 130%}}\n");
        assertField("length.roles.党支部书记", MINIMAL + "length: {roles: {党支部书记: 两千}}\n");
        assertField("rules.NO_FIGURES", MINIMAL + "rules: {NO_FIGURES: warning}\n");
        assertField("rules.NO_DATA", MINIMAL + "rules: {NO_DATA: loud}\n");
        assertField("notice", "id: x\nname: 测试\n");
        assertField("topics[1].terms", MINIMAL + "topics: [{name: 党纪学习教育}]\n");
        assertField("shares.conclusion", MINIMAL + "shares: {conclusion: {max: 0.1}}\n");
        assertField("lenght", MINIMAL + "lenght: {default: 100}\n");
        ProfileException e = assertThrows(ProfileException.class, () -> ProfileReader.read("bad.yaml", "id: [unclosed"));
        assertTrue(e.getMessage().contains("bad.yaml") && e.getMessage().contains("YAML"), e.getMessage());
    }

    @Test
    void errorsNameTheFieldInChineseWithItsKey() {
        assertMessage("「问题部分最低占比」(shares.problem.min) 比例应在 0 到 1 之间", MINIMAL + "shares: {problem: {min: 130%}}\n");
        assertMessage("「成绩部分最多字数」(shares.achievement.maxChars) 应为整数", MINIMAL + "shares: {achievement: {maxChars: 一千}}\n");
        assertMessage("「党支部书记的字数上限」(length.roles.党支部书记)", MINIMAL + "length: {roles: {党支部书记: 两千}}\n");
        assertMessage("「第1项必述内容的关键词」(topics[1].terms) 缺少此项", MINIMAL + "topics: [{name: 党纪学习教育}]\n");
        assertMessage("「规则 NO_DATA 的级别」(rules.NO_DATA)", MINIMAL + "rules: {NO_DATA: loud}\n");
        assertMessage("「依据的通知」(notice) 缺少此项", "id: x\nname: 测试\n");
        // a part the profile has no such thing as is named by where it was written
        assertMessage("「篇幅占比」(shares.conclusion)", MINIMAL + "shares: {conclusion: {max: 0.1}}\n");
        assertMessage("字段(lenght) 不认识这个字段；此处可用：id（编号）、length（字数上限）、name（名称）", MINIMAL + "lenght: {default: 100}\n");
        assertMessage("此处可用：aboutChars（问题部分参考字数）、max（问题部分最高占比）", MINIMAL + "shares: {problem: {mni: 0.3}}\n");
    }

    private static void assertMessage(String expected, String yaml) {
        ProfileException e = assertThrows(ProfileException.class, () -> ProfileReader.read("p.yaml", yaml));
        assertTrue(e.getMessage().contains(expected), "expected “" + expected + "” in: " + e.getMessage());
    }

    @Test
    void unknownProfileNamesTheBuiltIns() {
        ProfileException e = assertThrows(ProfileException.class, () -> Profiles.resolve("no-such-profile"));
        assertTrue(e.getMessage().contains("institute-2023"), e.getMessage());
    }

    @Test
    void noLengthLimitWhenTheNoticeSetsNone() {
        Profile.LengthLimits none = Profiles.resolve("county-2022").length();
        assertNull(none.limitFor("党委书记"));
    }

    @Test
    void aYearOutOfRangeOrTooBigForAnIntegerIsNamedNotWrappedRound() {
        String base = "id: p\nname: 测试\nnotice: 测试通知\n";
        assertField("year", base + "year: 99999999999999999999\n");
        assertField("year", base + "year: 20240\n");
        assertField("topics[1].years", base + "topics:\n  - name: 党史学习教育\n    years: [99999999999]\n    terms: [党史]\n");
        assertEquals(2024, ProfileReader.read("p.yaml", base + "year: 2024\n").year());
    }

    private static void assertField(String field, String yaml) {
        ProfileException e = assertThrows(ProfileException.class, () -> ProfileReader.read("p.yaml", yaml));
        assertTrue(e.getMessage().contains("(" + field + ") "), "message names " + field + ": " + e.getMessage());
        assertTrue(e.getMessage().contains("p.yaml"), e.getMessage());
    }
}
