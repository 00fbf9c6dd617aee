package org.shuzhi.nlp;

/**
 * A clause: a span [start, end) of the paragraph between clause punctuation (，。；：！？) outside quotes.
 *
 * @param subject   the mention (a SUBJECT or SOURCE annotation) the clause is about, or null when no
 *                  person or organisation is its subject
 * @param inherited true when the clause has no subject of its own and continues the one before it in the
 *                  same sentence ("部分党员年纪偏大，学习积极性不高": the second clause is still about them)
 * @param fact      true for a statement of size or make-up, not an act ("支部共有党员61名", "下设3个党小组")
 * @param lead      true for a clause of the paragraph's lead phrase, a heading in the same line
 *                  ("二是夯实基层基础，支部建设提质增效。……"): it names a topic, it tells of no one's act
 */
public record Clause(int start, int end, Annotation subject, boolean inherited, boolean fact, boolean lead) {
    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }
}
