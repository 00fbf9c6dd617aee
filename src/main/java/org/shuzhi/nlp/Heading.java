package org.shuzhi.nlp;

import org.shuzhi.document.Part;

/**
 * A heading found at the start of a paragraph.
 *
 * @param level       1 for 一、/第一部分/an unnumbered part heading, 2 for （一）, 3 for 1. and 第一，,
 *                    4 for （1） and ①, 5 for 一是 (a lead-in inside content), 0 for an unnumbered slogan line
 * @param title       the heading's words without the numbering
 * @param part        the report part its wording names, or null
 * @param contentStart offset where content begins; equal to the text length for a line that is only a heading
 */
public record Heading(int level, String title, Part part, int contentStart) {
    public boolean inline(int textLength) {
        return contentStart < textLength;
    }
}
