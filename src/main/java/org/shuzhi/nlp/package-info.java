/**
 * Reading a report's text: normalisation, headings and parts, sentences, HanLP words with part of speech
 * (HanLP is used nowhere else), and the roles of the words, settled once for every rule.
 *
 * <p>Roles ({@link org.shuzhi.nlp.AnalyzedParagraph#roles()}, made by {@link org.shuzhi.nlp.RoleAnnotator}) are
 * what rules read instead of re-deriving grammar: {@link org.shuzhi.nlp.Roles#clauses()} with each clause's
 * subject, and {@link org.shuzhi.nlp.Annotation}s, each a {@link org.shuzhi.nlp.Role} on a span with the id of
 * the annotation rule that set it. A mention carries a kind (SELF, COLLECTIVE, GROUP) and a function (SUBJECT,
 * SOURCE, OBJECT, MODIFIER, EMBEDDED) as two annotations on the same span; predicates carry FAULT, NEGATED or
 * CIRCUMSTANCE; QUOTED spans are immune to all. A rule then reads as a pattern, e.g. BLAME_OTHERS:
 * <pre>{@code
 * for (Clause c : roles.clauses())
 *     if (c.subject() != null && c.subject().role() == Role.SUBJECT && roles.is(c.subject(), Role.GROUP)
 *             && !roles.of(Role.FAULT, c.inherited() ? c.start() : c.subject().end(), c.end()).isEmpty()) …
 * }</pre>
 * and {@code roles.speaksAsSelf()} says whether the secretary appears at all. The annotation rules' own
 * examples are in resource nlp/role-examples.yaml; {@link org.shuzhi.nlp.Roles#describe} prints a paragraph's
 * tokens, parts of speech and roles for a failing test.
 */
package org.shuzhi.nlp;
