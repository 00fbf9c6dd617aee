package org.shuzhi.nlp;

/** A word with its HanLP part of speech (ICTPOS tag such as n, v, m, q, rr) and its offset in the paragraph. */
public record Token(String word, String pos, int start) {
    public int end() {
        return start + word.length();
    }

    public boolean isPunctuation() {
        return pos.startsWith("w");
    }

    public boolean isNumeral() {
        return pos.startsWith("m");
    }

    /** A verb proper: not a verbal noun (vn) and not 是 (vshi). */
    public boolean isVerb() {
        return pos.startsWith("v") && !pos.equals("vn") && !pos.equals("vshi");
    }

    /**
     * Whether the token at {@code next} closes the clause or phrase before it (任务重，/ 人员少、/ 任务重了): a
     * load word before it is the predicate, not a modifier (多是).
     */
    public static boolean closesPredicate(java.util.List<Token> ts, int next) {
        if (next >= ts.size()) return true;
        Token t = ts.get(next);
        return t.isPunctuation() || t.pos().equals("ule") || t.pos().startsWith("y");
    }
}
