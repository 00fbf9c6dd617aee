package org.shuzhi.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shuzhi.document.Part;

/**
 * Reads a profile from YAML (JSON is valid YAML too) and checks every field, so that a mistake in a
 * user's file is reported with the field's Chinese name and its key ({@link ProfileFields}) instead of
 * surfacing later as a wrong finding.
 */
public final class ProfileReader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> TOP = Set.of("id", "name", "notice", "year", "length", "shares", "parts", "topics", "rules");
    private static final Set<String> SHARE_KEYS = Set.of("min", "max", "minChars", "maxChars", "aboutChars");
    private static final Set<String> TOPIC_KEYS = Set.of("name", "years", "terms", "quote");
    private static final Pattern FRACTION = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*/\\s*(\\d+(?:\\.\\d+)?)\\s*$");
    private static final Pattern PERCENT = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]\\s*$");

    private final String source;

    private ProfileReader(String source) {
        this.source = source;
    }

    /** @param source the file name (or built-in id) to name in error messages */
    public static Profile read(String source, String yaml) {
        return new ProfileReader(source).parse(yaml);
    }

    private Profile parse(String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw fail(null, "不是有效的 YAML" + (line > 0 ? "（第" + line + "行附近）" : ""));
        }
        if (root == null || !root.isObject()) throw fail(null, "内容应为键值对（id、name、notice、length、shares……）");
        unknownKeys(root, TOP, "");
        String id = text(root, "id", true);
        if (!id.matches("[A-Za-z0-9._-]+")) throw fail("id", "只能由字母、数字、点、下划线和连字符组成，实际为“" + id + "”");
        return new Profile(id, text(root, "name", true), text(root, "notice", true),
                optionalYear(root.get("year"), "year"), length(root.get("length")), shares(root.get("shares")),
                parts(root.get("parts")), topics(root.get("topics")), rules(root.get("rules")));
    }

    private Profile.LengthLimits length(JsonNode node) {
        if (isAbsent(node)) return new Profile.LengthLimits(null, Map.of());
        if (!node.isObject()) throw fail("length", "应包含 default 和/或 roles");
        unknownKeys(node, Set.of("default", "roles"), "length.");
        Integer def = positive(node.get("default"), "length.default");
        Map<String, Integer> roles = new LinkedHashMap<>();
        JsonNode rs = node.get("roles");
        if (!isAbsent(rs)) {
            if (!rs.isObject()) throw fail("length.roles", "应为“职务: 字数”的列表，如 党支部书记: 2000");
            for (Iterator<Map.Entry<String, JsonNode>> it = rs.fields(); it.hasNext(); ) {
                var e = it.next();
                Integer v = positive(e.getValue(), "length.roles." + e.getKey());
                if (v == null) throw fail("length.roles." + e.getKey(), "缺少字数上限");
                roles.put(e.getKey().strip(), v);
            }
        }
        return new Profile.LengthLimits(def, roles);
    }

    private Map<Part, Profile.ShareLimit> shares(JsonNode node) {
        Map<Part, Profile.ShareLimit> out = new EnumMap<>(Part.class);
        if (isAbsent(node)) return out;
        if (!node.isObject()) throw fail("shares", "应按部分（achievement、problem、plan）给出比例或字数");
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            var e = it.next();
            String field = "shares." + e.getKey();
            Part part = part(e.getKey(), field);
            JsonNode v = e.getValue();
            if (!v.isObject()) throw fail(field, "应为 {max: 50%} 或 {minChars: 1000} 这样的写法");
            unknownKeys(v, SHARE_KEYS, field + ".");
            Profile.ShareLimit limit = new Profile.ShareLimit(fraction(v.get("min"), field + ".min"),
                    fraction(v.get("max"), field + ".max"), positive(v.get("minChars"), field + ".minChars"),
                    positive(v.get("maxChars"), field + ".maxChars"), positive(v.get("aboutChars"), field + ".aboutChars"));
            if (limit.min() != null && limit.max() != null && limit.min() > limit.max()) {
                throw fail(field, "下限 min 大于上限 max");
            }
            out.put(part, limit);
        }
        return out;
    }

    private Map<Part, List<String>> parts(JsonNode node) {
        Map<Part, List<String>> out = new EnumMap<>(Part.class);
        if (isAbsent(node)) {
            for (Part p : List.of(Part.ACHIEVEMENT, Part.PROBLEM, Part.PLAN)) out.put(p, List.of());
            return out;
        }
        if (!node.isObject()) throw fail("parts", "应按部分列出标题写法，如 problem: [存在的问题]");
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            var e = it.next();
            String field = "parts." + e.getKey();
            Part part = part(e.getKey(), field);
            if (part == Part.OTHER) throw fail(field, "other 不是必备部分");
            out.put(part, strings(e.getValue(), field, false));
        }
        return out;
    }

    private List<Profile.RequiredTopic> topics(JsonNode node) {
        List<Profile.RequiredTopic> out = new ArrayList<>();
        if (isAbsent(node)) return out;
        if (!node.isArray()) throw fail("topics", "应为列表，每项含 name 和 terms");
        for (int i = 0; i < node.size(); i++) {
            JsonNode t = node.get(i);
            String field = "topics[" + (i + 1) + "]";
            if (!t.isObject()) throw fail(field, "应含 name 和 terms");
            unknownKeys(t, TOPIC_KEYS, field + ".");
            List<Integer> years = new ArrayList<>();
            JsonNode ys = t.get("years");
            if (!isAbsent(ys)) {
                if (!ys.isArray()) throw fail(field + ".years", "应为年份列表，如 [2024]");
                for (JsonNode y : ys) years.add(optionalYear(y, field + ".years"));
            }
            List<String> terms = strings(t.get("terms"), field + ".terms", true);
            String quote = t.hasNonNull("quote") ? t.get("quote").asText() : null;
            out.add(new Profile.RequiredTopic(text(t, "name", true, field + ".name"), years, terms, quote));
        }
        return out;
    }

    private Map<String, Severity> rules(JsonNode node) {
        Map<String, Severity> out = new LinkedHashMap<>();
        if (isAbsent(node)) return out;
        if (!node.isObject()) throw fail("rules", "应为“规则代码: error|warning|info|off”的列表");
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            var e = it.next();
            String field = "rules." + e.getKey();
            if (!RuleCatalog.standard().contains(e.getKey())) {
                throw fail(field, "没有这条规则；可用的规则：" + String.join("、", RuleCatalog.standard().codes()));
            }
            JsonNode v = e.getValue();
            String s = v.isBoolean() ? (v.asBoolean() ? "on" : "off") : v.asText("").strip().toLowerCase();
            switch (s) {
                case "off", "false", "no" -> out.put(e.getKey(), null);
                case "on", "true", "yes" -> { }
                case "error", "warning", "info" -> out.put(e.getKey(), Severity.of(s));
                default -> throw fail(field, "应为 error、warning、info 或 off，实际为“" + v.asText() + "”");
            }
        }
        return out;
    }

    private Part part(String key, String field) {
        try {
            return Part.of(key);
        } catch (IllegalArgumentException e) {
            throw fail(field, "部分名称应为 achievement、problem 或 plan，实际为“" + key + "”");
        }
    }

    private Double fraction(JsonNode v, String field) {
        if (isAbsent(v)) return null;
        double d;
        if (v.isNumber()) {
            d = v.asDouble();
        } else {
            String s = v.asText();
            Matcher f = FRACTION.matcher(s), p = PERCENT.matcher(s);
            if (f.matches() && Double.parseDouble(f.group(2)) > 0) d = Double.parseDouble(f.group(1)) / Double.parseDouble(f.group(2));
            else if (p.matches()) d = Double.parseDouble(p.group(1)) / 100;
            else throw fail(field, "应为比例，如 0.5、50% 或 1/3，实际为“" + s + "”");
        }
        if (d < 0 || d > 1) throw fail(field, "比例应在 0 到 1 之间（或 0% 到 100%），实际为“" + v.asText() + "”");
        return d;
    }

    private Integer positive(JsonNode v, String field) {
        Integer i = optionalInt(v, field);
        if (i != null && i <= 0) throw fail(field, "应为正整数，实际为“" + v.asText() + "”");
        return i;
    }

    /** A notice's year: a four-digit year of the People's Republic, not any integer. */
    private Integer optionalYear(JsonNode v, String field) {
        Integer y = optionalInt(v, field);
        if (y != null && (y < 1949 || y > 2100)) throw fail(field, "年份应在 1949 到 2100 之间，实际为“" + v.asText() + "”");
        return y;
    }

    private Integer optionalInt(JsonNode v, String field) {
        if (isAbsent(v)) return null;
        if (v.isIntegralNumber()) {
            // asInt() would wrap a huge number round silently
            if (!v.canConvertToInt()) throw fail(field, "数值过大：“" + v.asText() + "”");
            return v.asInt();
        }
        String s = v.asText().strip().replaceAll("字$", "");
        if (s.matches("\\d{1,9}")) return Integer.valueOf(s);
        throw fail(field, "应为整数，实际为“" + v.asText() + "”");
    }

    private List<String> strings(JsonNode v, String field, boolean required) {
        if (isAbsent(v)) {
            if (required) throw fail(field, "缺少此项");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (v.isTextual()) out.add(v.asText());
        else if (v.isArray()) for (JsonNode s : v) out.add(s.asText());
        else throw fail(field, "应为文字列表，如 [存在的问题, 问题和不足]");
        out.replaceAll(String::strip);
        out.removeIf(String::isEmpty);
        if (required && out.isEmpty()) throw fail(field, "不能为空");
        return out;
    }

    private String text(JsonNode node, String key, boolean required) {
        return text(node, key, required, key);
    }

    private String text(JsonNode node, String key, boolean required, String field) {
        JsonNode v = node.get(key);
        if (isAbsent(v) || v.asText().isBlank()) {
            if (required) throw fail(field, "缺少此项");
            return null;
        }
        if (!v.isValueNode()) throw fail(field, "应为一段文字");
        return v.asText().strip();
    }

    private void unknownKeys(JsonNode node, Set<String> allowed, String prefix) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                // each allowed key with its Chinese name, as the guide lists them: length（字数上限）
                throw fail(prefix + k, "不认识这个字段；此处可用：" + String.join("、", allowed.stream().sorted().map(a -> {
                    String name = ProfileFields.standard().nameOf(prefix + a);
                    return name == null ? a : a + "（" + name + "）";
                }).toList()));
            }
        }
    }

    private static boolean isAbsent(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode();
    }

    private ProfileException fail(String field, String what) {
        return new ProfileException("评审要求文件“" + source + "”有误：" + (field == null ? "" : ProfileFields.standard().label(field) + " ") + what);
    }
}
