package org.shuzhi.server;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reviewers' verdicts on findings of archived reports — 误报 (a false alarm) or 已核实 (checked, real) —
 * with a note, kept in {@code marks.json}: shown to the other reviewers of the same report, and counted
 * per rule so that the department learns which rules to trust. One mark per finding: a later one by
 * anybody replaces it (its author and time say who decided last).
 */
public final class FindingMarks {
    public static final List<String> KINDS = List.of("误报", "已核实");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE = "marks.json";
    static final int MAX_NOTE = 500;

    /** @param paragraph the paragraph's index (from 0), or null for a whole-report finding */
    public record Mark(String unitKey, int year, Integer paragraph, String rule, String mark, String note, String user, String time) {
        boolean sameFinding(Mark o) {
            return unitKey.equals(o.unitKey) && year == o.year && java.util.Objects.equals(paragraph, o.paragraph) && rule.equals(o.rule);
        }
    }

    /** Per rule: how many findings were marked each way. */
    public record RuleCount(String rule, int falseAlarms, int confirmed) {
        public double falseAlarmShare() {
            return falseAlarms + confirmed == 0 ? 0 : (double) falseAlarms / (falseAlarms + confirmed);
        }
    }

    private final ServerFolder folder;
    private final Clock clock;
    private List<Mark> marks;

    public FindingMarks(ServerFolder folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
        try {
            marks = Files.exists(folder.file(FILE))
                    ? new ArrayList<>(JSON.readValue(folder.file(FILE).toFile(), new TypeReference<List<Mark>>() {}))
                    : new ArrayList<>();
        } catch (IOException e) {
            throw new UncheckedIOException("标记文件 " + folder.file(FILE) + " 无法读取：" + e.getMessage(), e);
        }
    }

    public synchronized Mark put(String unitKey, int year, Integer paragraph, String rule, String mark, String note, String user) {
        if (!KINDS.contains(mark)) throw new IllegalArgumentException("标记只能是 " + String.join(" 或 ", KINDS) + "：" + mark);
        if (rule == null || !rule.matches("[A-Z_]{3,40}")) throw new IllegalArgumentException("规则代码不正确：" + rule);
        String n = note == null ? "" : note.strip();
        if (n.length() > MAX_NOTE) throw new IllegalArgumentException("说明过长（上限 " + MAX_NOTE + " 字）");
        Mark m = new Mark(unitKey, year, paragraph, rule, mark, n, user, Instant.now(clock).toString());
        List<Mark> next = new ArrayList<>(marks);
        next.removeIf(m::sameFinding);
        next.add(m);
        try {
            folder.writeAtomically(FILE, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(next));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        marks = next;
        return m;
    }

    public synchronized List<Mark> of(String unitKey, int year) {
        return marks.stream().filter(m -> m.unitKey().equals(unitKey) && m.year() == year).toList();
    }

    public synchronized List<RuleCount> perRule() {
        Map<String, int[]> counts = new TreeMap<>();
        for (Mark m : marks) counts.computeIfAbsent(m.rule(), r -> new int[2])[m.mark().equals("误报") ? 0 : 1]++;
        return counts.entrySet().stream().map(e -> new RuleCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }
}
