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
}
