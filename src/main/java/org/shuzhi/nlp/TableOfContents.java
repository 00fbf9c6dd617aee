package org.shuzhi.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table of contents at the top of a report: "目录" on a line of its own, then the part headings, often
 * with dot leaders and page numbers ("一、履职主要情况……………1"). Its headings name the parts without
 * opening them; read as headings, the last of them ("三、下一步打算") would put the report's first
 * paragraphs under the plans.
 */
final class TableOfContents {
    /** The marker is looked for among the first paragraphs only: a contents list stands in front. */
    static final int SEARCH = 30;
    private static final Pattern MARKER = Pattern.compile("目录|目次|contents", Pattern.CASE_INSENSITIVE);
    /** Dot leaders and a page number at the end of an entry, or a run of leaders anywhere. */
    private static final Pattern LEADER = Pattern.compile("(?:[.…·•_\\-—]{2,}\\s*|\\s+)\\d{1,3}$|[.…·•]{3,}");
    private static final Pattern SENTENCE_END = Pattern.compile("[。!?;]");
    private static final int MAX_ENTRY_CHARS = 50;

    private TableOfContents() {}

    /**
     * Marks the marker line and the entries of a table of contents as {@link Layout#CONTENTS}. The entries
     * end at the first line that is not one, or at the heading that repeats an entry: there the body begins.
     * A marker followed by fewer than two entries is no table of contents.
     */
    static void mark(List<String> normalized, List<Heading> headings, Layout[] layout) {
        int end = Math.min(SEARCH, normalized.size());
        for (int i = 0; i < end; i++) {
            if (layout[i] != Layout.TEXT || !isMarker(normalized.get(i))) continue;
            Set<String> titles = new HashSet<>();
            Boolean leaders = null;
            int j = i + 1;
            for (; j < normalized.size(); j++) {
                if (layout[j] == Layout.DEBRIS) continue;
                String line = normalized.get(j).strip();
                Matcher m = LEADER.matcher(line);
                boolean leader = m.find();
                if (leaders != null && leader != leaders) break;
                String title = leader ? entryTitle(line.substring(0, m.start()) + line.substring(m.end())) : bareTitle(headings.get(j), normalized.get(j).length());
                if (title == null || !titles.add(title)) break;
                leaders = leader;
            }
            if (titles.size() < 2) continue;
            layout[i] = Layout.CONTENTS;
            for (int k = i + 1; k < j; k++) if (layout[k] == Layout.TEXT) layout[k] = Layout.CONTENTS;
            return;
        }
    }

    private static boolean isMarker(String line) {
        return MARKER.matcher(line.replaceAll("[\\s:：]+", "")).matches();
    }

    /** The heading words of an entry with its leaders removed, or null when it is a sentence. */
    private static String entryTitle(String entry) {
        String t = entry.strip();
        if (t.isEmpty() || t.length() > MAX_ENTRY_CHARS || SENTENCE_END.matcher(t).find()) return null;
        Heading h = HeadingParser.parse(t);
        return key(h != null && !h.title().isEmpty() ? h.title() : t);
    }

    /** An entry without leaders must be a heading line of a part or section level, or it ends the list. */
    private static String bareTitle(Heading h, int textLength) {
        if (h == null || h.level() < 1 || h.level() > 4 || h.inline(textLength) || h.title().isEmpty()) return null;
        return key(h.title());
    }

    private static String key(String title) {
        return title.replaceAll("[\\s.…·•_\\-—]+", "");
    }
}
