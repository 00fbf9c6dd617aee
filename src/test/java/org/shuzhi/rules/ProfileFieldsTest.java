package org.shuzhi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ProfileFieldsTest {
    static final Path GUIDE = Path.of("docs/评审要求配置指南.md");
    /** Record components whose YAML key differs from their Java name (default is a Java keyword). */
    private static final Map<String, String> YAML_KEY = Map.of("defaultLimit", "default");

    @Test
    void everyFieldOfTheProfileHasAChineseName() {
        Set<String> keys = new TreeSet<>();
        walk(Profile.class, "", keys);
        assertEquals(keys, new TreeSet<>(ProfileFields.standard().patterns().keySet()),
                "rules/profile-fields.yaml names exactly the keys of org.shuzhi.rules.Profile");
    }

    @Test
    void theGuideExplainsEveryKeyWithItsChineseName() throws Exception {
        List<String> lines = Files.readAllLines(GUIDE, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> e : ProfileFields.standard().patterns().entrySet()) {
            String key = "`" + e.getKey() + "`";
            List<String> rows = lines.stream().filter(l -> l.startsWith("|") && l.contains(key)).toList();
            assertTrue(!rows.isEmpty(), GUIDE + " has a table row for " + key);
            for (String fixed : e.getValue().split("\\{[a-z]+}")) {
                if (fixed.isBlank()) continue;
                assertTrue(rows.stream().anyMatch(r -> r.contains(fixed.strip())),
                        GUIDE + ": the row of " + key + " gives its name “" + e.getValue() + "” (missing “" + fixed + "”)");
            }
        }
    }

    @Test
    void concreteKeysAreNamedFromTheirPattern() {
        ProfileFields f = ProfileFields.standard();
        assertEquals("问题部分最低占比", f.nameOf("shares.problem.min"));
        assertEquals("打算部分参考字数", f.nameOf("shares.plan.aboutChars"));
        assertEquals("党总支书记的字数上限", f.nameOf("length.roles.党总支书记"));
        assertEquals("第3项必述内容的适用年度", f.nameOf("topics[3].years"));
        assertEquals("成绩部分的标题写法", f.nameOf("parts.achievement"));
        assertEquals("篇幅占比", f.nameOf("shares.conclusion"), "an unknown part: named by where it stands");
        assertNull(f.nameOf("lenght"));
    }

    private static void walk(Class<?> record, String prefix, Set<String> keys) {
        for (RecordComponent c : record.getRecordComponents()) {
            String path = prefix + YAML_KEY.getOrDefault(c.getName(), c.getName());
            keys.add(path);
            descend(c.getGenericType(), path, keys);
        }
    }

    private static void descend(Type type, String path, Set<String> keys) {
        if (type instanceof Class<?> k && k.isRecord()) {
            walk(k, path + ".", keys);
        } else if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            keys.add(path + ".*");
            descend(p.getActualTypeArguments()[1], path + ".*", keys);
        } else if (type instanceof ParameterizedType p && p.getRawType() == List.class
                && p.getActualTypeArguments()[0] instanceof Class<?> item && item.isRecord()) {
            keys.add(path + "[]");
            walk(item, path + "[].", keys);
        }
    }
}
