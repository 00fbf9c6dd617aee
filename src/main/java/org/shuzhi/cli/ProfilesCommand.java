package org.shuzhi.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shuzhi.document.Part;
import org.shuzhi.review.Json;
import org.shuzhi.rules.Profile;
import org.shuzhi.rules.Profiles;
import org.shuzhi.rules.RuleCatalog;
import org.shuzhi.rules.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "profiles", description = "列出内置的评审要求（profile）：编号、来源通知、篇幅与各部分比例的限制、必述内容。")
public final class ProfilesCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "输出格式：text 或 json（默认 ${DEFAULT-VALUE}）")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Profile> profiles = Profiles.builtIn();
        if (format == Format.json) {
            out.println(Json.write(profiles));
        } else {
            for (Profile p : profiles) out.println(describe(p));
            out.println("用法：review --profile 编号；也可用自己写的评审要求文件（见 docs/profiles.md）。");
        }
        out.flush();
        return 0;
    }

    /** One profile as a reviewer reads it: its id and name, the notice, then each limit on a line. */
    static String describe(Profile p) {
        List<String> lines = new ArrayList<>();
        lines.add(p.id() + "  " + p.name());
        lines.add("  通知：" + p.notice());
        lines.add("  篇幅：" + length(p.length()));
        List<String> shares = new ArrayList<>();
        for (Part part : List.of(Part.ACHIEVEMENT, Part.PROBLEM, Part.PLAN)) {
            String s = share(p.share(part));
            if (s != null) shares.add(part.shortChinese() + " " + s);
        }
        lines.add("  比例：" + (shares.isEmpty() ? "不限" : String.join("；", shares)));
        List<String> topics = new ArrayList<>();
        for (Profile.RequiredTopic t : p.topics()) {
            topics.add(t.name() + (t.years().isEmpty() ? "" : "（" + String.join("、", t.years().stream().map(y -> y + "年").toList()) + "）"));
        }
        if (!topics.isEmpty()) lines.add("  必述：" + String.join("；", topics));
        List<String> rules = new ArrayList<>();
        for (Map.Entry<String, Severity> e : new java.util.TreeMap<>(p.rules()).entrySet()) {
            String name = RuleCatalog.standard().contains(e.getKey()) ? RuleCatalog.standard().get(e.getKey()).name() : e.getKey();
            rules.add(name + "（" + e.getKey() + "）" + (e.getValue() == null ? "不查" : "按" + e.getValue().chinese()));
        }
        if (!rules.isEmpty()) lines.add("  规则：" + String.join("；", rules));
        return String.join("\n", lines);
    }

    private static String length(Profile.LengthLimits l) {
        if (l == null || (l.defaultLimit() == null && l.roles().isEmpty())) return "不限";
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(l.roles()).entrySet()) parts.add(e.getKey() + " ≤ " + e.getValue() + " 字");
        if (l.defaultLimit() != null) parts.add((l.roles().isEmpty() ? "" : "其他 ") + "≤ " + l.defaultLimit() + " 字");
        return String.join("；", parts);
    }

    private static String share(Profile.ShareLimit s) {
        if (s == null) return null;
        List<String> parts = new ArrayList<>();
        if (s.max() != null) parts.add("≤ " + percent(s.max()));
        if (s.min() != null) parts.add("≥ " + percent(s.min()));
        if (s.maxChars() != null) parts.add("≤ " + s.maxChars() + " 字");
        if (s.minChars() != null) parts.add("≥ " + s.minChars() + " 字");
        if (s.aboutChars() != null) parts.add("约 " + s.aboutChars() + " 字（只显示，不检查）");
        return parts.isEmpty() ? null : String.join("，", parts);
    }

    private static String percent(double v) {
        double p = Math.round(v * 1000) / 10.0;
        return (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p)) + "%";
    }
}
