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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;

/**
 * What kind of text a review was given, read from resource rules/text-kinds.yaml: a duty report, or a
 * leader's speech or 点评, a news item about a meeting, a meeting notice, a unit's work summary. Each kind
 * is judged by several signals at once — the title's last words, cues in the body (each counted once), and
 * whether the text speaks as a duty report (its own 述职 framing, the secretary's 我) — so that no single
 * word decides, and a real report with an odd title stays a report.
 */
public final class TextKinds {
    /** A title is one of the first lines, short and not a sentence. */
    private static final int MAX_TITLE_CHARS = 60;
    private static final int MAX_TITLE_LINES = 4;
    /** Body cues a kind needs: two with a title of its kind, three without one. */
    static final int CUES_WITH_TITLE = 2;
    static final int CUES_WITHOUT_TITLE = 3;
    /** Paragraphs in which the secretary speaks as 我 of their own work: this many make the text a report. */
    static final int SELF_PARAGRAPHS = 3;

    private static final TextKinds STANDARD = load();

    private final List<Pattern> reportTitles;
    private final List<Pattern> framing;
    private final List<Kind> kinds;

    /** One kind of text that is not a duty report. */
    record Kind(String id, String name, List<Pattern> titles, List<Cue> cues, boolean needsTitle) {}

    /**
     * A body cue; {@code first} > 0 looks only at that many paragraphs after the title; an {@code absent}
     * cue counts when its words occur nowhere in the text.
     */
    record Cue(String name, Pattern pattern, int first, boolean absent) {}

    /** A cue found, with the words that matched and where. */
    public record Match(String cue, String quote, int paragraph) {}

    /**
     * What the text looks like.
     *
     * @param kind     the kind of non-report text it looks most like (speech, news, notice, summary), or null
     * @param name     that kind's name in Chinese, or null
     * @param title    the title line that names the kind, or null
     * @param cues     the body cues of the kind found
     * @param self     paragraphs in which the writer speaks as 我 of their own work
     * @param reportSign what shows it is a duty report after all (its title, its own framing, 我), or null
     */
    public record Judgement(String kind, String name, String title, List<Match> cues, int self, String reportSign) {
        /** A duty report: it says so itself, or looks like nothing else. */
        public boolean isReport() {
            return kind == null || reportSign != null;
        }
    }

    private TextKinds(List<Pattern> reportTitles, List<Pattern> framing, List<Kind> kinds) {
        this.reportTitles = reportTitles;
        this.framing = framing;
        this.kinds = kinds;
    }

    public static TextKinds standard() {
        return STANDARD;
    }

    public Judgement judge(AnalyzedReport report) {
        List<AnalyzedParagraph> ps = report.paragraphs();
        int titleLines = titleLines(ps);
        List<String> titles = ps.subList(0, titleLines).stream().map(p -> p.normalized().strip()).toList();
        Kind speech = kinds.stream().filter(k -> k.id().equals("speech")).findFirst().orElse(null);
        int self = selfParagraphs(ps, titleLines, speech);
        String sign = null;
        // the title settles it ("……述职报告", "……述职发言"); then the text's own framing; then 我
        for (String t : titles) if (sign == null && reportTitles.stream().anyMatch(r -> r.matcher(t).find())) sign = "标题“" + t + "”";
        for (AnalyzedParagraph p : ps) {
            if (sign != null) break;
            for (Pattern f : framing) {
                Matcher m = f.matcher(p.normalized());
                if (m.find()) {
                    sign = "第" + (p.index() + 1) + "段“" + p.text().substring(m.start(), m.end()) + "”";
                    break;
                }
            }
        }
        if (sign == null && self >= SELF_PARAGRAPHS) sign = self + "段以“我”讲述本人履职";
        Judgement best = new Judgement(null, null, null, List.of(), self, sign);
        int bestScore = -1;
        for (Kind k : kinds) {
            String title = null;
            for (String t : titles) if (title == null && k.titles().stream().anyMatch(r -> r.matcher(t).find())) title = t;
            List<Match> cues = cues(k, ps, titleLines);
            int needed = title != null ? CUES_WITH_TITLE : CUES_WITHOUT_TITLE;
            int score = cues.size() + (title != null ? 2 : 0);
            if (k.needsTitle() && title == null) continue;
            if (cues.size() >= needed && score > bestScore) {
                best = new Judgement(k.id(), k.name(), title, cues, self, sign);
                bestScore = score;
            }
        }
        return best;
    }

    /** The leading short lines that are no sentence: title, subtitle, byline. */
    private static int titleLines(List<AnalyzedParagraph> ps) {
        int n = 0;
        while (n < ps.size() && n < MAX_TITLE_LINES) {
            AnalyzedParagraph p = ps.get(n);
            String t = p.normalized().strip();
            if (p.chars() > MAX_TITLE_CHARS || p.endsSentence() || t.endsWith(":")) break;
            if (p.heading() != null && p.heading().level() >= 1) break;
            n++;
        }
        return n;
    }

    private static List<Match> cues(Kind k, List<AnalyzedParagraph> ps, int from) {
        List<Match> out = new ArrayList<>();
        for (Cue c : k.cues()) {
            if (c.absent()) {
                if (ps.stream().noneMatch(p -> c.pattern().matcher(p.normalized()).find())) out.add(new Match(c.name(), "", -1));
                continue;
            }
            int to = c.first() > 0 ? Math.min(ps.size(), from + c.first()) : ps.size();
            for (int i = from; i < to; i++) {
                Matcher m = c.pattern().matcher(ps.get(i).normalized().strip());
                if (m.find()) {
                    String text = ps.get(i).text().strip();
                    out.add(new Match(c.name(), text.substring(m.start(), Math.min(text.length(), m.end())), ps.get(i).index()));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Paragraphs in which the writer speaks as 我 (not 我们) and addresses no audience and comments on no
     * one's report: a speech's "我讲三点意见" is the speaker's, not a secretary's account of their work.
     */
    private static int selfParagraphs(List<AnalyzedParagraph> ps, int from, Kind speech) {
        int n = 0;
        for (int i = from; i < ps.size(); i++) {
            AnalyzedParagraph p = ps.get(i);
            if (Signals.firstPerson(p).isEmpty()) continue;
            String t = p.normalized().strip();
            if (speech != null && speech.cues().stream().anyMatch(c -> c.pattern().matcher(t).find())) continue;
            n++;
        }
        return n;
    }

    private static TextKinds load() {
        try (InputStream in = TextKinds.class.getResourceAsStream("/rules/text-kinds.yaml")) {
            if (in == null) throw new IllegalStateException("missing resource /rules/text-kinds.yaml");
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            List<Kind> kinds = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.get("kinds").fields(); it.hasNext(); ) {
                var e = it.next();
                JsonNode k = e.getValue();
                List<Cue> cues = new ArrayList<>();
                for (JsonNode c : k.get("cues")) {
                    cues.add(new Cue(c.get("name").asText(), Pattern.compile(c.get("pattern").asText()),
                            c.has("first") ? c.get("first").asInt() : 0, c.has("absent") && c.get("absent").asBoolean()));
                }
                kinds.add(new Kind(e.getKey(), k.get("name").asText(), patterns(k.get("titles")), List.copyOf(cues),
                        k.has("needsTitle") && k.get("needsTitle").asBoolean()));
            }
            return new TextKinds(patterns(root.get("report").get("titles")), patterns(root.get("report").get("framing")), List.copyOf(kinds));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Pattern> patterns(JsonNode list) {
        List<Pattern> out = new ArrayList<>();
        for (JsonNode n : list) out.add(Pattern.compile(n.asText()));
        return List.copyOf(out);
    }

    /** The cues as evidence: name → the words found. */
    static Map<String, String> evidence(List<Match> cues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Match m : cues) out.put(m.cue(), m.quote());
        return out;
    }
}
