package org.shuzhi.nlp;

import com.hankcs.hanlp.dictionary.CoreDictionary;

/** What HanLP's core dictionary says of a word, for the rules, which do not see HanLP itself. */
public final class CoreWords {
    private CoreWords() {}

    /**
     * The dictionary lists {@code word} as a common word and never as part of a person's name: 安全 (of 安全和)
     * is one, 王磊 is none. A word it does not know is no common word.
     */
    public static boolean isCommonWordNotName(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) return false;
        for (var nature : a.nature) if (nature.toString().startsWith("nr")) return false;
        return true;
    }
}
