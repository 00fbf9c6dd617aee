/**
 * The meeting pack (述职评议会): what a reviewer brings to the meeting and what the department files after
 * it. A {@link org.shuzhi.meeting.MeetingReport} is one report of a meeting: its review, the facts the
 * documents need (concrete achievements, problems paired with the plans that answer them), an edited 点评
 * and overrides. From a list of them come the 点评 drafts ({@link org.shuzhi.meeting.CommentDrafter}), the
 * suggested grades ({@link org.shuzhi.meeting.GradeSuggester}) and the documents (汇总表, 整改清单, 点评意见,
 * 测评表, 批注). Sits above review/ and below web/ and cli/, which call it; it never imports them.
 */
package org.shuzhi.meeting;
