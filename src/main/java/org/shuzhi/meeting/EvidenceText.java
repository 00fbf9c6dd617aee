package org.shuzhi.meeting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.rules.Finding;

/**
 * A finding's evidence in a line of Chinese for a Word comment ("占位符：XX次、XXXX分；叙述口吻：支部"): the
 * keys people read, in their words; keys of the rules' internals are left out.
 */
final class EvidenceText {
    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(Finding.SUMMARY, "");
        NAMES.put("placeholders", "占位符");
        NAMES.put("actors", "叙述口吻");
        NAMES.put("phrases", "套话");
        NAMES.put("blamed", "归咎于");
        NAMES.put("objective", "客观因素");
        NAMES.put("subjective", "主观因素");
        NAMES.put("lacks", "缺少");
        NAMES.put("praise", "评功摆好的说法");
        NAMES.put("topics", "问题主题");
        NAMES.put("topic", "必述内容");
        NAMES.put("missing", "缺少");
        NAMES.put("years", "此前提出的年度");
        NAMES.put("similarity", "相似度");
        NAMES.put("source", "出处");
    }

    private EvidenceText() {}

    static String of(Finding f) {
        List<String> parts = new ArrayList<>();
        for (var e : NAMES.entrySet()) {
            Object v = f.evidence().get(e.getKey());
            String s = render(e.getKey(), v);
            if (s == null || s.isBlank()) continue;
            parts.add(e.getValue().isEmpty() ? s : e.getValue() + "：" + s);
        }
        return String.join("；", parts);
    }

    private static String render(String key, Object v) {
        if (v == null) return null;
        if (key.equals("similarity") && v instanceof Number n) return Math.round(n.doubleValue() * 100) + "%";
        if (key.equals("source") && v instanceof Map<?, ?> m) {
            List<String> out = new ArrayList<>();
            if (m.get("unit") != null) out.add(m.get("unit").toString());
            if (m.get("year") != null) out.add(m.get("year") + "年度");
            if (m.get("text") != null) {
                String t = m.get("text").toString();
                out.add("“" + (t.length() > 60 ? t.substring(0, 60) + "……" : t) + "”");
            }
            return String.join(" ", out);
        }
        if (v instanceof Map<?, ?> m) return m.isEmpty() ? null : String.join("、", m.keySet().stream().map(String::valueOf).toList());
        if (v instanceof Collection<?> c) return c.isEmpty() ? null : String.join("、", c.stream().map(String::valueOf).toList());
        if (key.equals("missing") && v instanceof String s) {
            try {
                return org.shuzhi.document.Part.named(s).chinese();
            } catch (IllegalArgumentException e) {
                return s;
            }
        }
        return v.toString();
    }
}
