package org.shuzhi.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Each secretary's score from the attendees' filled sheets, by {@link ScoreFormula}. The sheets must list
 * the same secretaries in the same order (they are copies of one 测评表): one that does not is refused
 * with the cell named.
 */
public final class ScoreCalculator {
    private ScoreCalculator() {}

    /** @param everyday everyday-assessment scores by secretary number (may be empty) */
    public static List<SecretaryScore> compute(List<FilledSheet> sheets, Map<Integer, Double> everyday) throws ScoringSheetException {
        if (sheets.isEmpty()) throw new ScoringSheetException("没有测评表");
        ScoreFormula formula = ScoreFormula.standard();
        FilledSheet roster = sheets.get(0);
        int n = roster.ballots().size();
        int[][] leaders = new int[n][Grade.values().length];
        int[][] others = new int[n][Grade.values().length];
        int[] invalid = new int[n];
        for (FilledSheet sheet : sheets) {
            if (sheet.ballots().size() != n) {
                int row = ScoringSheet.FIRST_ROW + Math.min(n, sheet.ballots().size());
                throw ScoringSheetReader.refuse(sheet.file(), row, 0, "本表有" + sheet.ballots().size() + "位述职人，" + roster.file()
                        + "有" + n + "位：各份测评表应是同一张表的副本");
            }
            for (int i = 0; i < n; i++) {
                FilledSheet.Ballot b = sheet.ballots().get(i), first = roster.ballots().get(i);
                if (!b.unit().equals(first.unit())) {
                    throw ScoringSheetReader.refuse(sheet.file(), b.row(), 1, "单位“" + b.unit() + "”与" + roster.file() + "的“" + first.unit() + "”不一致");
                }
                if (!b.name().equals(first.name())) {
                    throw ScoringSheetReader.refuse(sheet.file(), b.row(), 2, "姓名“" + b.name() + "”与" + roster.file() + "的“" + first.name() + "”不一致");
                }
                if (b.grade() == null) invalid[i]++;
                else (sheet.group().equals(ScoreFormula.LEADERS) ? leaders : others)[i][b.grade().ordinal()]++;
            }
        }
        List<SecretaryScore> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            FilledSheet.Ballot b = roster.ballots().get(i);
            Double l = formula.score(leaders[i]), o = formula.score(others[i]);
            Double meeting = formula.meeting(l, o);
            Double day = everyday.get(b.number());
            Double composite = formula.composite(meeting, day);
            out.add(new SecretaryScore(b.number(), b.unit(), b.name(), leaders[i], others[i], invalid[i], l, o, meeting, day, composite,
                    meeting == null ? null : formula.grade(meeting), composite == null ? null : formula.grade(composite)));
        }
        return out;
    }
}
