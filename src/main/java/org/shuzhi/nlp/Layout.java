package org.shuzhi.nlp;

/**
 * What a paragraph is on the page, before anyone reads what it says. Real reports arrive with more than
 * the report: a table of contents in front, or the debris of the web page they were copied from.
 */
public enum Layout {
    /** The report's own text: title, byline, headings and content. */
    TEXT,
    /** A table of contents ("目录" and the list of part headings after it): never opens a part. */
    CONTENTS,
    /** Debris of a web page (上一篇, 仅展示前3000字, 下载 收藏 举报 …): not the writer's, kept out of length, shares and findings. */
    DEBRIS
}
