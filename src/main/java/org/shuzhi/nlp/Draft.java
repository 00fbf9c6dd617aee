package org.shuzhi.nlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The role annotation of one paragraph while its rules run: mutable, never seen outside the annotator. */
final class Draft {
    final String text;
    final List<Token> tokens;
    /** Characters inside quotes: no role is set on them. */
    final boolean[] immune;
    final List<ClauseDraft> clauses = new ArrayList<>();
    final List<MentionDraft> mentions = new ArrayList<>();
    private final List<Annotation> annotations = new ArrayList<>();

    Draft(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        this.immune = new boolean[text.length()];
    }

    /** A clause while annotating; its subject is a mention, set by {@link Functions}. */
    static final class ClauseDraft {
        final int start, end;
        boolean sentenceEnd;
        MentionDraft subject;
        boolean inherited, fact, lead;

        ClauseDraft(int start, int end, boolean sentenceEnd) {
            this.start = start;
            this.end = end;
            this.sentenceEnd = sentenceEnd;
        }
    }

    /** Tokens [from, to) naming people or an organisation: their kinds and their function, with the rules. */
    static final class MentionDraft {
        int from, to;
        final Set<Role> kinds = EnumSet.noneOf(Role.class);
        final Map<Role, String> rules = new LinkedHashMap<>();
        Role function;

        MentionDraft(int from, int to) {
            this.from = from;
            this.to = to;
        }

        void kind(Role kind, String rule) {
            kinds.add(kind);
            rules.putIfAbsent(kind, rule);
        }

        void function(Role f, String rule) {
            if (function != null) rules.remove(function);
            function = f;
            rules.put(f, rule);
        }

        int start(Draft d) {
            return d.tokens.get(from).start();
        }

        int end(Draft d) {
            return d.tokens.get(to - 1).end();
        }

        boolean covers(int token) {
            return from <= token && token < to;
        }
    }

    void annotate(int start, int end, Role role, String rule) {
        annotations.add(new Annotation(start, end, text.substring(start, end), role, rule));
    }

    boolean immune(Token t) {
        for (int i = t.start(); i < t.end() && i < immune.length; i++) if (immune[i]) return true;
        return false;
    }

    boolean immune(int fromToken, int toToken) {
        for (int i = fromToken; i < toToken; i++) if (immune(tokens.get(i))) return true;
        return false;
    }

    /** The clause holding the character at {@code offset}, or null (numbering, punctuation between clauses). */
    ClauseDraft clauseOf(int offset) {
        for (ClauseDraft c : clauses) if (c.start <= offset && offset < c.end) return c;
        return null;
    }

    /** The first mention covering token {@code i}, or null. */
    MentionDraft mentionAt(int i) {
        for (MentionDraft m : mentions) if (m.covers(i)) return m;
        return null;
    }

    /** Whether any annotation of {@code role} overlaps [start, end). */
    boolean overlaps(Role role, int start, int end) {
        return annotations.stream().anyMatch(a -> a.role() == role && a.overlaps(start, end));
    }

    Roles build() {
        List<Annotation> out = new ArrayList<>(annotations);
        Map<MentionDraft, Annotation> functionOf = new LinkedHashMap<>();
        for (MentionDraft m : mentions) {
            int s = m.start(this), e = m.end(this);
            for (Role k : m.kinds) out.add(new Annotation(s, e, text.substring(s, e), k, m.rules.get(k)));
            if (m.function != null) {
                Annotation f = new Annotation(s, e, text.substring(s, e), m.function, m.rules.get(m.function));
                out.add(f);
                functionOf.put(m, f);
            }
        }
        List<Clause> cs = new ArrayList<>();
        for (ClauseDraft c : clauses) cs.add(new Clause(c.start, c.end, c.subject == null ? null : functionOf.get(c.subject), c.inherited, c.fact, c.lead));
        return new Roles(cs, out);
    }
}
