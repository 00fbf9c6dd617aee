package org.shuzhi.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shuzhi.nlp.Token;

/**
 * The problems a problem paragraph states, each compared on its own. A paragraph may open with a lead-in
 * (一年来……还存在一些不足：, 回过头看，问题也不少。) and may list several problems (一是……二是……); a
 * reworded repeat matches one of them, and the lead-in or the neighbours would only dilute the comparison.
 * A statement's topics are those its first sentence names — what the problem is about — not those its
 * examples mention in passing (党史学习教育中…… in a problem about 党建与教学融合).
 */
final class ProblemStatements {
    /**
     * One stated problem: its text, content words, bigrams, the topics of its first sentence, and whether
     * that sentence says the problem goes on from before (仍然, 没有根本解决: problem-persistence-cues.txt).
     */
    record Statement(String text, Set<String> words, PassageSimilarity.Grams grams, Set<String> topics, boolean persists) {}

    private static final Pattern PERSISTS = Pattern.compile(String.join("|", Lexicons.lines("problem-persistence-cues.txt")));

    /** Where a listed problem starts: 一是 / 第二， / （三） / 2. / 其次， — at the start or after a sentence or colon. */
    private static final Pattern MARKER = Pattern.compile(
            "(?:^|(?<=[。；;：:！？]))\\s*(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]+[，、,]|[（(][一二三四五六七八九十\\d]+[)）]"
                    + "|\\d{1,2}[.、．](?!\\d)|[一二三四五六七八九十][、．.]|(?:首先|其次|再次|此外|另外|最后)[，,])");
    /** A lead-in that announces problems without stating one (还存在一些不足：, 问题也不少。, 也要看到差距。). */
    private static final Pattern LEAD_IN = Pattern.compile(
            "[：:]\\s*$|(?:问题|不足|差距|短板)(?:也|还|仍|确实)?(?:不少|很多|不小|明显|较多)|(?:看到|正视|查找|查摆|找到)(?:了)?(?:自身)?的?(?:问题|不足|差距)"
                    + "|(?:存在|还有|仍有)(?:着)?(?:一些|以下|如下|几点|不少|[^。；，]{0,6}方面的)?(?:不足|问题|差距)[。：:]?\\s*$");
    /** Sentence ends: a statement's first sentence is its head. */
    private static final Pattern SENTENCE = Pattern.compile("[^。；;！？]*[。；;！？]?");
    /** A head shorter than this (letters) is a bare number or heading: the next sentence belongs to it. */
    private static final int MIN_HEAD = 4;

    private ProblemStatements() {}

    static List<Statement> of(Passage p) {
        String t = p.normalized();
        List<Integer> starts = new ArrayList<>();
        Matcher m = MARKER.matcher(t);
        while (m.find()) starts.add(m.start());
        if (starts.isEmpty() || starts.get(0) > 0) starts.add(0, 0);
        List<Statement> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i), to = i + 1 < starts.size() ? starts.get(i + 1) : t.length();
            from = skipLeadIns(t, from, to);
            if (PassageSimilarity.letters(t, from, to) == 0) continue;
            out.add(statement(p, t, from, to));
        }
        return out; // empty for a bare lead-in (还存在一些差距：): it states no problem to repeat
    }

    /** Skips the lead-in sentences at the start of [from, to). */
    private static int skipLeadIns(String t, int from, int to) {
        // on the substring: Matcher.find(int) would reset a region
        Matcher s = SENTENCE.matcher(t.substring(from, to));
        int at = 0;
        while (from + at < to && s.find(at) && s.end() > at) {
            if (!LEAD_IN.matcher(s.group()).find()) break;
            at = s.end();
        }
        return from + at;
    }

    private static Statement statement(Passage p, String t, int from, int to) {
        String text = t.substring(from, to);
        List<Token> tokens = new ArrayList<>();
        for (Token k : p.tokens()) if (k.start() >= from && k.end() <= to) tokens.add(k);
        String head = head(text);
        return new Statement(text, ContentWords.of(tokens), PassageSimilarity.of(text), org.shuzhi.archive.themes.ProblemThemes.standard().topicsOfNormalized(head),
                PERSISTS.matcher(head).find());
    }

    /** The first sentence (two when the first is a bare marker or very short). */
    static String head(String text) {
        Matcher s = SENTENCE.matcher(text);
        StringBuilder head = new StringBuilder();
        int at = 0;
        while (at < text.length() && s.find(at) && s.end() > at) {
            head.append(text, s.start(), s.end());
            at = s.end();
            String bare = MARKER.matcher(head).replaceFirst("");
            if (PassageSimilarity.letters(bare, 0, bare.length()) >= MIN_HEAD) break;
        }
        return head.toString();
    }
}
