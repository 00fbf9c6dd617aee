package org.shuzhi.meeting;

/**
 * One secretary's result of the meeting's scoring: votes by group (indexed by {@link Grade} ordinal), the
 * invalid votes, each group's score, the meeting score (领导 40 %, 其他与会人员 60 %), the everyday
 * assessment where given, the composite (meeting 30 %, everyday 70 %) and the grades. A score is null
 * where there is nothing to compute it from.
 */
public record SecretaryScore(int number, String unit, String name, int[] leaderVotes, int[] otherVotes, int invalid,
                             Double leaders, Double others, Double meeting, Double everyday, Double composite,
                             Grade meetingGrade, Grade compositeGrade) {}
