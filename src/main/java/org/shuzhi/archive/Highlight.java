package org.shuzhi.archive;

import java.util.List;
import org.shuzhi.rules.Span;

/**
 * A snippet with the matched words marked as spans into {@code snippet}, so that each front end marks
 * them its own way (the web escapes and wraps in {@code <mark>}, the terminal in 【】).
 */
public record Highlight(String snippet, List<Span> marks) {
    public Highlight {
        marks = List.copyOf(marks);
    }

    /** The snippet with each mark wrapped in {@code open}…{@code close}. */
    public String render(String open, String close) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Span m : marks) {
            if (m.start() < at) continue;
            sb.append(snippet, at, m.start()).append(open).append(snippet, m.start(), m.end()).append(close);
            at = m.end();
        }
        return sb.append(snippet.substring(at)).toString();
    }
}
