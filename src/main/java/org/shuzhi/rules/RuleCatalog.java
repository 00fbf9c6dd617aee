package org.shuzhi.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rules' descriptions, requirements and sources, read once from resource rules/catalog.yaml. */
public final class RuleCatalog {
    private static final RuleCatalog STANDARD = load();
    private final Map<String, RuleInfo> rules;

    private RuleCatalog(Map<String, RuleInfo> rules) {
        this.rules = rules;
    }

    public static RuleCatalog standard() {
        return STANDARD;
    }

    public boolean contains(String code) {
        return rules.containsKey(code);
    }

    public RuleInfo get(String code) {
        RuleInfo r = rules.get(code);
        if (r == null) throw new IllegalArgumentException("rule " + code + " is not in rules/catalog.yaml");
        return r;
    }

    public List<String> codes() {
        return List.copyOf(rules.keySet());
    }

    private static RuleCatalog load() {
        try (InputStream in = RuleCatalog.class.getResourceAsStream("/rules/catalog.yaml")) {
            if (in == null) throw new IllegalStateException("missing resource /rules/catalog.yaml");
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            JsonNode notices = root.get("notices");
            Map<String, RuleInfo> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.get("rules").fields(); it.hasNext(); ) {
                var e = it.next();
                JsonNode r = e.getValue();
                List<String> sources = new ArrayList<>();
                // the notices' numbers in the catalog are ours, not the documents': users see the notices' names
                for (JsonNode s : r.get("sources")) sources.add(notices.get(s.asText()).asText());
                List<String> reasons = new ArrayList<>();
                for (JsonNode s : r.get("verdict")) reasons.add(s.asText());
                out.put(e.getKey(), new RuleInfo(e.getKey(), r.get("name").asText(), r.get("scope").asText().equals("report"),
                        Severity.of(r.get("severity").asText()), r.get("requirement").asText(), sources, reasons,
                        r.has("check") && r.get("check").asText().equals("archive"), category(e.getKey(), r.get("category"))));
            }
            return new RuleCatalog(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every rule has one category, as in LanguageTool ("never null"): a code without one is a catalog error. */
    private static RuleCategory category(String code, JsonNode c) {
        if (c == null || c.get("id") == null || c.get("name") == null) {
            throw new IllegalStateException("rules/catalog.yaml: " + code + " needs category: {id: …, name: …}");
        }
        return new RuleCategory(c.get("id").asText(), c.get("name").asText());
    }
}
