package org.shuzhi.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Chinese names of a profile's keys, read from {@code /rules/profile-fields.yaml}: the one list that
 * the loading errors and the profile guide share, so a user reads 「问题部分最低占比」(shares.problem.min)
 * rather than a bare path.
 */
public final class ProfileFields {
    private static final Pattern ITEM = Pattern.compile("\\[(\\d*)]");
    private static final ProfileFields STANDARD = load();

    private final Map<String, String> names;
    private final Map<String, String> parts;

    private ProfileFields(Map<String, String> names, Map<String, String> parts) {
        this.names = Collections.unmodifiableMap(names);
        this.parts = Collections.unmodifiableMap(parts);
    }

    public static ProfileFields standard() {
        return STANDARD;
    }

    /** Every key pattern (as {@code shares.*.min}, {@code topics[].terms}) with its name template, in file order. */
    public Map<String, String> patterns() {
        return names;
    }

    /**
     * The Chinese name of a concrete key path such as {@code shares.problem.min}, {@code topics[2].terms} or
     * {@code length.roles.党支部书记}; null when the key is none a profile has (a misspelt key).
     */
    public String nameOf(String path) {
        String n = null;
        Matcher m = ITEM.matcher(path);
        if (m.find()) n = m.group(1);
        String[] original = path.split("\\.", -1);
        String[] segments = ITEM.matcher(path).replaceAll("[]").split("\\.", -1);
        for (Map.Entry<String, String> e : names.entrySet()) {
            String[] pattern = e.getKey().split("\\.", -1);
            if (pattern.length != segments.length) continue;
            int wild = -1;
            boolean matches = true;
            for (int i = 0; i < pattern.length && matches; i++) {
                if (pattern[i].equals("*")) wild = i;
                else matches = pattern[i].equals(segments[i]);
            }
            if (!matches) continue;
            String name = e.getValue();
            if (name.contains("{part}")) {
                String part = wild < 0 ? null : parts.get(segments[wild]);
                // an unknown part (shares.conclusion) is named by the place it was written in
                if (part == null) return wild <= 0 ? null : nameOf(String.join(".", java.util.Arrays.copyOf(original, wild)));
                name = name.replace("{part}", part);
            }
            if (wild >= 0) name = name.replace("{key}", segments[wild]);
            return name.replace("{n}", n == null ? "" : n);
        }
        return null;
    }

    /** How an error names a key: 「问题部分最低占比」(shares.problem.min), or the bare key when it has no name. */
    public String label(String path) {
        String name = nameOf(path);
        return name == null ? "字段(" + path + ")" : "「" + name + "」(" + path + ")";
    }

    private static ProfileFields load() {
        try (InputStream in = ProfileFields.class.getResourceAsStream("/rules/profile-fields.yaml")) {
            if (in == null) throw new IllegalStateException("/rules/profile-fields.yaml is missing from the jar");
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            return new ProfileFields(strings(root.get("fields")), strings(root.get("parts")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    /** The part keys ({@code achievement}, …) with their Chinese names. */
    public Map<String, String> parts() {
        return parts;
    }
}
