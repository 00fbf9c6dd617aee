package org.shuzhi.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scoring of 003/004, read from resource meeting/scoring.yaml: each grade's points, each group's
 * weight (领导 40 %, 其他与会人员 60 %), the composite's weights (meeting 30 %, everyday 70 %), and the
 * cut-offs from a score to a grade (ours: the notices give none).
 */
public record ScoreFormula(Map<Grade, Integer> points, Map<String, Double> groups, double meetingWeight, double everydayWeight,
                           Map<Grade, Double> gradeFrom) {
    public static final String LEADERS = "领导";
    public static final String OTHERS = "其他与会人员";

    private static final ScoreFormula STANDARD = load();

    public static ScoreFormula standard() {
        return STANDARD;
    }

    /** (好×100+较好×80+一般×60+较差×50)÷有效票数, or null without valid votes. */
    public Double score(int[] votes) {
        int valid = 0;
        double sum = 0;
        for (Grade g : Grade.values()) {
            valid += votes[g.ordinal()];
            sum += votes[g.ordinal()] * points.get(g);
        }
        return valid == 0 ? null : sum / valid;
    }

    /** The groups' scores weighted; a group without valid votes leaves the other alone (its weight taken as the whole). */
    public Double meeting(Double leaders, Double others) {
        if (leaders == null) return others;
        if (others == null) return leaders;
        return groups.get(LEADERS) * leaders + groups.get(OTHERS) * others;
    }

    public Double composite(Double meeting, Double everyday) {
        if (meeting == null || everyday == null) return null;
        return meetingWeight * meeting + everydayWeight * everyday;
    }

    public Grade grade(double score) {
        for (Grade g : Grade.values()) {
            Double from = gradeFrom.get(g);
            if (from != null && score >= from) return g;
        }
        return Grade.POOR;
    }

    private static ScoreFormula load() {
        try (InputStream in = ScoreFormula.class.getResourceAsStream("/meeting/scoring.yaml")) {
            if (in == null) throw new IllegalStateException("missing resource /meeting/scoring.yaml");
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<Grade, Integer> points = new EnumMap<>(Grade.class);
            root.get("points").fields().forEachRemaining(e -> points.put(grade(e.getKey()), e.getValue().asInt()));
            Map<String, Double> groups = new LinkedHashMap<>();
            root.get("groups").fields().forEachRemaining(e -> groups.put(e.getKey(), e.getValue().asDouble()));
            if (!groups.containsKey(LEADERS) || !groups.containsKey(OTHERS)) throw new IllegalStateException("meeting/scoring.yaml: groups 领导 and 其他与会人员 required");
            Map<Grade, Double> from = new EnumMap<>(Grade.class);
            root.get("gradeFrom").fields().forEachRemaining(e -> from.put(grade(e.getKey()), e.getValue().asDouble()));
            return new ScoreFormula(points, groups, root.get("composite").get("meeting").asDouble(), root.get("composite").get("everyday").asDouble(), from);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Grade grade(String label) {
        return Grade.of(label).orElseThrow(() -> new IllegalStateException("meeting/scoring.yaml: unknown grade " + label));
    }
}
