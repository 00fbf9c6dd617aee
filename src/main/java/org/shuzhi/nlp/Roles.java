package org.shuzhi.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The roles of one paragraph, settled once after segmentation ({@link RoleAnnotator}): its clauses with
 * their subjects, and every annotation with the rule that set it. Rules read these as patterns instead
 * of re-deriving grammar from the tokens.
 */
public final class Roles {
    private final List<Clause> clauses;
    private final List<Annotation> annotations;

    Roles(List<Clause> clauses, List<Annotation> annotations) {
        this.clauses = List.copyOf(clauses);
        List<Annotation> sorted = new ArrayList<>(annotations);
        sorted.sort(java.util.Comparator.comparingInt(Annotation::start).thenComparingInt(Annotation::end));
        this.annotations = List.copyOf(sorted);
    }

    public List<Clause> clauses() {
        return clauses;
    }

    /** Every annotation, in text order. */
    public List<Annotation> annotations() {
        return annotations;
    }

    /** The annotations of one role, in text order. */
    public List<Annotation> of(Role role) {
        return annotations.stream().filter(a -> a.role() == role).toList();
    }

    /** The annotations of one role that lie within [from, to). */
    public List<Annotation> of(Role role, int from, int to) {
        return annotations.stream().filter(a -> a.role() == role && a.within(from, to)).toList();
    }

    /** Whether the span of {@code mention} also carries {@code role} (a SUBJECT that is a GROUP). */
    public boolean is(Annotation mention, Role role) {
        return mention != null && annotations.stream().anyMatch(a -> a.role() == role && a.sameSpan(mention));
    }

    /** The secretary appears: 我, 本人, or a reflexive pointing back to no one else; never inside quotes. */
    public boolean speaksAsSelf() {
        return annotations.stream().anyMatch(a -> a.role() == Role.SELF);
    }

    /** Inside quotation or title marks: immune to every role. */
    public boolean immune(int offset) {
        return annotations.stream().anyMatch(a -> a.role() == Role.QUOTED && a.start() <= offset && offset < a.end());
    }

    /** The clause at {@code offset}, or null for the numbering and the punctuation between clauses. */
    public Clause clauseAt(int offset) {
        for (Clause c : clauses) if (c.contains(offset)) return c;
        return null;
    }

    /**
     * The paragraph's tokens with their part of speech and, after each, the roles that start there with
     * the rule that set them: "部分/n 党员/nnt ⟨部分党员: GROUP quantified-group, SUBJECT clause-subject⟩ 年纪/n …",
     * then the clauses. For a failing example's message, as LanguageTool prints a sentence's readings.
     */
    public String describe(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            sb.append(t.word()).append('/').append(t.pos());
            List<Annotation> ending = annotations.stream().filter(a -> a.end() == t.end()).toList();
            if (!ending.isEmpty()) {
                sb.append(" ⟨");
                String last = null;
                for (Annotation a : ending) {
                    if (!a.text().equals(last)) sb.append(last == null ? "" : "; ").append(a.text()).append(':');
                    last = a.text();
                    sb.append(' ').append(a.role()).append(' ').append(a.rule());
                }
                sb.append('⟩');
            }
            sb.append(' ');
        }
        sb.append("\nclauses:");
        for (Clause c : clauses) {
            sb.append(" [").append(c.start()).append(',').append(c.end()).append(')');
            if (c.subject() != null) sb.append(c.inherited() ? " ←" : " ").append(c.subject().text());
            if (c.fact()) sb.append(" fact");
            if (c.lead()) sb.append(" lead");
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return annotations.toString();
    }
}
