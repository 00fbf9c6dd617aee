package org.shuzhi.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secretary's name where a byline puts it: after 述职人：, after the role ("柳溪村党总支书记 陈国富"), on a
 * line of its own. Only positions decide that a word is a name; the word must then look like one: a
 * common surname (corpus/lexicons/surnames.txt) and one to three more characters, no title word in it, or
 * a masked name (张XX, 李某, ***), which is kept as written.
 */
final class PersonNames {
    private static final Set<String> SURNAMES = load();
    /** "述职人：张三", "汇报人:李四", "姓名：王五". */
    private static final Pattern LABELLED = Pattern.compile("(?:述职人|汇报人|报告人|述职者|姓名|署名)\\s*[:：]\\s*(.+)$");
    /** "我叫***，现任…" in an opening paragraph. */
    private static final Pattern INTRODUCED = Pattern.compile("我叫\\s*([^\\s,，.。;；、]{2,5})[,，.。;；、]");
    private static final Pattern MASK = Pattern.compile("X{1,3}|x{1,3}|×{1,3}|\\*{1,3}|某{1,2}|○{1,3}|Ｘ{1,3}|＊{1,3}");
    private static final Pattern MASK_ONLY = Pattern.compile("X{2,3}|x{2,3}|×{2,3}|\\*{2,3}|某某|○{2,3}|Ｘ{2,3}|＊{2,3}");
    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}]{2,4}");
    /** Names of some minorities are written with a middle dot: 阿依古丽·买买提. */
    private static final Pattern DOTTED = Pattern.compile("[\\p{IsHan}]{2,6}[·•][\\p{IsHan}]{2,8}");
    /** Words that make a token a title or part of a sentence, never a name. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "书记|主任|委员|同志|支部|党委|总支|党组|领导|大家|谢谢|此致|敬礼|报告|述职|汇报|工作|情况|单位|年度|"
                    + "[局校院所站馆庭行部组村社科处]长$|(?<=..)长$|经理$|总监$|主管$|干部$|主席$|老师$|教授$|医生$|代表$|成员$|群众$|党员$");
    /** A two-character name typeset with a space to line up with three-character ones: "王　强". */
    private static final Pattern SPACED = Pattern.compile("^([\\p{IsHan}])\\s+([\\p{IsHan}])(?=\\s|$)");
    private static final Pattern BRACKETED = Pattern.compile("^([^\\s（(]{2,6})(?:\\s*[（(]|\\s+(?:19|20)\\d{2}\\s*年)");
    /** "张三同志": the name without the form of address. */
    private static final Pattern COMRADE = Pattern.compile("(?<=..)同志$");
    private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[\\s、,，;；:：()（）\\[\\]【】]+");

    private PersonNames() {}

    /** True if {@code s} as a whole reads as a person's name or a masked one. */
    static boolean isName(String s) {
        if (s == null) return false;
        if (MASK_ONLY.matcher(s).matches()) return true;
        if (s.length() >= 2 && surnameLength(s) > 0 && MASK.matcher(s.substring(surnameLength(s))).matches()) return true;
        if (DOTTED.matcher(s).matches()) return true;
        if (!HAN.matcher(s).matches() || NOT_A_NAME.matcher(s).find()) return false;
        int surname = surnameLength(s);
        return surname > 0 && s.length() > surname;
    }

    /** 1 or 2 for a single or compound surname that {@code s} starts with, else 0. */
    private static int surnameLength(String s) {
        if (s.length() >= 3 && SURNAMES.contains(s.substring(0, 2))) return 2;
        return !s.isEmpty() && SURNAMES.contains(s.substring(0, 1)) ? 1 : 0;
    }

    /** The name after a label on the line (述职人：…), or null. */
    static String labelled(String line) {
        Matcher m = LABELLED.matcher(line);
        return m.find() ? firstName(m.group(1)) : null;
    }

    /** "我叫张三，…": the name a paragraph introduces, or null. */
    static String introduced(String line) {
        Matcher m = INTRODUCED.matcher(line);
        return m.find() && isName(m.group(1)) ? m.group(1) : null;
    }

    /** A line that is nothing but a name ("李强", "张 伟", "***"), or null. */
    static String alone(String line) {
        String s = COMRADE.matcher(line.strip()).replaceFirst("");
        Matcher spaced = SPACED.matcher(s);
        if (spaced.find() && spaced.end() == s.length()) s = spaced.group(1) + spaced.group(2);
        return isName(s) ? s : null;
    }

    /** "程永康（局党组成员、机关党委书记）", "黄静怡 2024年1月": a byline that opens with the name, or null. */
    static String leading(String line) {
        Matcher m = BRACKETED.matcher(line.strip());
        return m.find() && isName(m.group(1)) ? m.group(1) : null;
    }

    /**
     * The first token of {@code text} that is a name: what follows a role in a byline ("、副校长 温雅琴"), or a
     * label ("支部书记、辅导员 贺雯", "严俊峰（局长、党支部书记）").
     */
    static String firstName(String text) {
        String t = text.strip();
        Matcher spaced = SPACED.matcher(t);
        if (spaced.find() && isName(spaced.group(1) + spaced.group(2))) return spaced.group(1) + spaced.group(2);
        for (String token : TOKEN_SEPARATORS.split(t)) {
            String name = COMRADE.matcher(token).replaceFirst("");
            if (isName(name)) return name;
        }
        return null;
    }

    private static Set<String> load() {
        try (InputStream in = PersonNames.class.getResourceAsStream("/corpus/lexicons/surnames.txt")) {
            if (in == null) throw new IllegalStateException("missing lexicon /corpus/lexicons/surnames.txt");
            Set<String> out = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) out.add(s);
            }
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
