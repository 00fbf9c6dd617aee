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

/**
 * The rules' descriptions, requirements and sources, read once from resource rules/catalog.yaml, and the
 * reasons a verdict may give (each with the notice's words): a rule's verdict reasons must be among them.
 */
public final class RuleCatalog {
    private static final RuleCatalog STANDARD = load();
    private static final String ALL = "all";
    private final Map<String, RuleInfo> rules;
    private final Map<String, VerdictReason> reasons;
    private final Map<String, List<String>> supersedes;

    /** A reason a verdict may give, and the notice (by name) and words it stands on. */
    public record VerdictReason(String reason, String notice, String words) {}

    private RuleCatalog(Map<String, RuleInfo> rules, Map<String, VerdictReason> reasons, Map<String, List<String>> supersedes) {
        this.rules = rules;
        this.reasons = reasons;
        this.supersedes = supersedes;
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

    /**
     * The rules whose findings a finding of {@code code} replaces: every other rule when it says what the
     * text is (not a duty report), those that only measure what a cut text lacks for TEXT_INCOMPLETE.
     */
    public boolean supersedes(String code, String other) {
        List<String> s = supersedes.getOrDefault(code, List.of());
        return !code.equals(other) && (s.contains(ALL) || s.contains(other));
    }

    /** Whether a finding of {@code code} replaces any other: it says what the text is, before what it says. */
    public boolean supersedesAny(String code) {
        return !supersedes.getOrDefault(code, List.of()).isEmpty();
    }

    /** Whether a finding of {@code code} leaves no other finding: it says the text is no duty report at all. */
    public boolean supersedesAll(String code) {
        return supersedes.getOrDefault(code, List.of()).contains(ALL);
    }

    /** Every reason a verdict may give, in the catalog's order. */
    public List<VerdictReason> verdictReasons() {
        return List.copyOf(reasons.values());
    }

    private static RuleCatalog load() {
        try (InputStream in = RuleCatalog.class.getResourceAsStream("/rules/catalog.yaml")) {
            if (in == null) throw new IllegalStateException("missing resource /rules/catalog.yaml");
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            JsonNode notices = root.get("notices");
            Map<String, VerdictReason> allowed = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.get("verdictReasons").fields(); it.hasNext(); ) {
                var e = it.next();
                JsonNode n = e.getValue();
                String notice = n.has("notice") ? notices.get(n.get("notice").asText()).asText() : null;
                allowed.put(e.getKey(), new VerdictReason(e.getKey(), notice, n.has("words") ? n.get("words").asText() : null));
            }
            Map<String, RuleInfo> out = new LinkedHashMap<>();
            Map<String, List<String>> supersedes = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.get("rules").fields(); it.hasNext(); ) {
                var e = it.next();
                JsonNode r = e.getValue();
                List<String> sources = new ArrayList<>();
                // the notices' numbers in the catalog are ours, not the documents': users see the notices' names
                for (JsonNode s : r.get("sources")) sources.add(notices.get(s.asText()).asText());
                List<String> reasons = new ArrayList<>();
                for (JsonNode s : r.get("verdict")) {
                    // a reason the notices do not state would reach users as if they did
                    if (!allowed.containsKey(s.asText())) {
                        throw new IllegalStateException("rules/catalog.yaml: " + e.getKey() + " gives the verdict reason \""
                                + s.asText() + "\", which is not in verdictReasons");
                    }
                    reasons.add(s.asText());
                }
                if (r.has("supersedes")) {
                    JsonNode sup = r.get("supersedes");
                    List<String> codes = new ArrayList<>();
                    if (sup.isArray()) for (JsonNode c : sup) codes.add(c.asText());
                    else codes.add(sup.asText());
                    supersedes.put(e.getKey(), List.copyOf(codes));
                }
                out.put(e.getKey(), new RuleInfo(e.getKey(), r.get("name").asText(), r.get("scope").asText().equals("report"),
                        Severity.of(r.get("severity").asText()), r.get("requirement").asText(), sources, reasons,
                        r.has("check") && r.get("check").asText().equals("archive"), category(e.getKey(), r.get("category")),
                        supersedes.get(e.getKey())));
            }
            for (var e : supersedes.entrySet()) {
                for (String c : e.getValue()) {
                    if (!c.equals(ALL) && !out.containsKey(c)) {
                        throw new IllegalStateException("rules/catalog.yaml: " + e.getKey() + " supersedes unknown rule " + c);
                    }
                }
            }
            return new RuleCatalog(out, allowed, supersedes);
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
