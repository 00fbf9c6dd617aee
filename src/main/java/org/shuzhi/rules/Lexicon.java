package org.shuzhi.rules;

import java.util.List;
import java.util.Set;

/**
 * The rules' access to the word lists of corpus/lexicons: the same lists, loaded once, as
 * {@link org.shuzhi.nlp.Lexicon} (the one loader), which the role annotation in nlp also reads.
 */
public final class Lexicon {
    private Lexicon() {}

    public static List<String> entries(String name) {
        return org.shuzhi.nlp.Lexicon.entries(name);
    }

    /** The entries as a set, for single-word lookups. */
    public static Set<String> set(String name) {
        return org.shuzhi.nlp.Lexicon.set(name);
    }
}
