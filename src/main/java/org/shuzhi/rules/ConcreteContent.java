package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.Token;

/**
 * What makes an achievement concrete ("多举事例、多用数据"), by kind: a figure that counts something (12次,
 * 96%; not a year, not a numbered heading), a date (7月1日, 今年3月, 春节前), an honour with its name (被评为
 * 市级先进基层党组织, 获二等奖, 受到区教育局通报表扬), a named person, place or organisation, and an activity
 * with a name of its own that the unit set up or held (开设“红烛故事”专栏, 开展了“童心向党”主题活动).
 * Template residue (X次, XX) is reported apart: the writer meant a figure there, which is PLACEHOLDER_LEFT's
 * business, not "no data".
 *
 * <p>What is not concrete: a campaign or system every report names (“三会一课”, “我为群众办实事”, lexicons
 * stock-phrases and institutions), a quoted slogan (“停课不停学、停课不停教”), a brand kept up in general
 * terms (持续深化“锦绣红”志愿服务品牌), a holiday as a routine (在春节、“七一”期间走访慰问), praise without a
 * name (得到上级充分肯定, 受到好评).
 */
public final class ConcreteContent {
    /** A month and day, or a month of a particular year: 7月1日, 3月, 今年5月至7月, 十月. */
    private static final Pattern DATE = Pattern.compile(
            "(?<![每个第\\d一二三四五六七八九十])(\\d{1,2}|十[一二]|[一二三四五六七八九十])月(份|初|中旬|上旬|下旬|底|末)?((\\d{1,2}|[一二三四五六七八九十]{1,3})[日号])?");
    /** A holiday as a point in time: 春节前, 国庆前夕, “七一”当天; not "在春节、七一期间" (a routine). */
    private static final Pattern HOLIDAY = Pattern.compile(
            "(春节|元旦|元宵|清明|端午|中秋|国庆|重阳|七一|建党节|五四|六一|八一|教师节|护士节)[”\"]?(前夕|前后|前|当天|之际|后)");
    /** An honour and its name, within one clause: 被评为…, 荣获…, 获评…, 获…奖, 受到…表彰/通报表扬. */
    private static final Pattern HONOUR = Pattern.compile(
            "(被评为|被授予|被命名为|被确定为|荣获|获评|获得|获|评为|入选|受到|得到)([^，。；！？,;!?]{0,24}?)"
                    + "(奖|称号|先进[^，。；,;]{0,10}|优秀[^，。；,;]{0,10}|示范[^，。；,;]{0,8}|标兵|模范[^，。；,;]{0,6}|红旗[^，。；,;]{0,6}|"
                    + "[五四三]星级?[^，。；,;]{0,6}|星级[^，。；,;]{0,6}|表彰|通报表扬|通报表彰|嘉奖|等次|荣誉)");
    /** Words of praise without a name: 得到充分肯定, 受到好评 are no honour. */
    private static final Pattern MERE_PRAISE = Pattern.compile("(肯定|好评|认可|赞誉|赞扬|欢迎|称赞|点赞)");
    /** An honour has a giver or a level: 市级, 区教育局, 全省, “五星级党支部”. */
    private static final Pattern HONOUR_GIVER = Pattern.compile(
            "(国家|全国|中央|省|市|州|县|区|镇|乡|街道|集团|公司|学校|校级|院级|系统|行业|局|委|部|厅|办|协会|学会|联合会|[“\"《]|级|一等|二等|三等|特等|金奖|银奖|铜奖)");
    /** Nouns that make a quoted name an activity or thing of the unit's own: “红烛故事”专栏, “童心向党”主题活动. */
    private static final Pattern EVENT_NOUN = Pattern.compile(
            "^(主题|系列|专题|特色|品牌)?(主题党日|主题活动|系列活动|专题活动|活动|专栏|展示墙|专区|讲堂|课堂|夜校|服务队|志愿服务队|突击队|宣讲团|工作室|书屋|驿站|"
                    + "微信群|学习群|读书班|读书会|座谈会|故事会|演讲比赛|知识竞赛|竞赛|比赛|党课|微党课|展览|展|工程|项目|基地|平台|手册|小组|团队)");
    /** Verbs that say the unit made or held the thing, not that it keeps a brand going in general. */
    private static final Set<String> MAKING = Set.of("开设", "设立", "建成", "建起", "建立", "组建", "成立", "创办", "开办", "举办", "打造",
            "推出", "编写", "编印", "制作", "更新", "策划", "承办", "开通", "搭建", "启动");
    /** Verbs of keeping up in general terms: 持续深化“锦绣红”品牌, 继续开展, 坚持…, 以“…”为抓手. */
    private static final Set<String> ONGOING = Set.of("持续", "继续", "坚持", "深化", "常态化", "推行", "推进", "不断", "积极", "深入", "广泛");

    private static final List<Pattern> PLACEHOLDERS = Lexicon.entries("placeholders").stream().map(Pattern::compile).toList();

    private ConcreteContent() {}

    /** Concrete content of the paragraph after its numbering, by kind (figures, placeholders, names, dates, honours, events). */
    public static Map<String, List<String>> of(AnalyzedParagraph p) {
        int from = Signals.afterNumbering(p), to = p.normalized().length();
        Map<String, List<String>> out = new LinkedHashMap<>();
        put(out, "figures", Signals.figures(p, from, to));
        put(out, "placeholders", placeholders(p, from));
        put(out, "names", Signals.names(p).stream().filter(n -> p.normalized().indexOf(n, from) >= 0 && !institutionSuffix(n)).toList());
        put(out, "dates", dates(p, from));
        put(out, "honours", honours(p, from));
        put(out, "events", events(p, from));
        return out;
    }

    private static void put(Map<String, List<String>> out, String kind, List<String> found) {
        if (!found.isEmpty()) out.put(kind, found);
    }

    /** Template residue where a figure or name should be (lexicon placeholders): X次, XX名, ***户, XXX同志. */
    static List<String> placeholders(AnalyzedParagraph p, int from) {
        List<String> out = new ArrayList<>();
        for (Pattern pattern : PLACEHOLDERS) {
            Matcher m = pattern.matcher(p.normalized()).region(from, p.normalized().length());
            while (m.find()) out.add(m.group());
        }
        return out;
    }

    /**
     * The tagger takes 配强学院 for 配 + a name 强学院: a person's given name does not end in the suffix of an
     * institution (院, 校, 部 …).
     */
    private static boolean institutionSuffix(String name) {
        return INSTITUTION_SUFFIXES.indexOf(name.charAt(name.length() - 1)) >= 0;
    }

    private static final String INSTITUTION_SUFFIXES = "院校部委局所站室馆队处科组会办厂司";

    static List<String> dates(AnalyzedParagraph p, int from) {
        String text = p.normalized();
        List<String> out = new ArrayList<>();
        Matcher m = DATE.matcher(text).region(from, text.length());
        while (m.find()) {
            // 一月一专题, 三月三: a month word inside a slogan is no date
            if (m.end() < text.length() && "一二三四五六七八九十".indexOf(text.charAt(m.end())) >= 0) continue;
            // "9月园区党工委部署主题教育以后": when the superiors deployed is context, not the unit's deed
            if (DEPLOYED.matcher(clause(text, m.start())).find()) continue;
            out.add(m.group());
        }
        Matcher h = HOLIDAY.matcher(text).region(from, text.length());
        while (h.find()) out.add(h.group());
        return out;
    }

    /** What superiors do: a clause with these words dates their deployment, not the unit's work. */
    private static final Pattern DEPLOYED = Pattern.compile("(部署|下发|印发|通知|要求)");

    /** The clause around {@code at}: between the punctuation marks before and after it. */
    private static String clause(String text, int at) {
        int s = at, e = at;
        while (s > 0 && "，。；！？,;!?：:".indexOf(text.charAt(s - 1)) < 0) s--;
        while (e < text.length() && "，。；！？,;!?：:".indexOf(text.charAt(e)) < 0) e++;
        return text.substring(s, e);
    }

    static List<String> honours(AnalyzedParagraph p, int from) {
        String text = p.normalized();
        List<String> out = new ArrayList<>();
        Matcher m = HONOUR.matcher(text).region(from, text.length());
        while (m.find()) {
            String found = m.group();
            if (MERE_PRAISE.matcher(found).find() || !HONOUR_GIVER.matcher(m.group(2) + m.group(3)).find()) continue;
            out.add(found);
        }
        return out;
    }

    /**
     * A quoted name of the unit's own (not a campaign or system every report names, not a slogan of several
     * clauses) that the unit made or held: a verb of making before it, or a perfective verb (开展了) with
     * an activity noun after it.
     */
    static List<String> events(AnalyzedParagraph p, int from) {
        String text = p.normalized();
        List<String> out = new ArrayList<>();
        Set<String> stock = Lexicon.set("institutions");
        List<TermMatcher.Match> formulas = TermMatcher.of("stock-phrases").find(p);
        Matcher m = Pattern.compile("[“\"《]([^”\"》]{2,16})[”\"》]").matcher(text).region(from, text.length());
        while (m.find()) {
            String name = m.group(1);
            if (stock.contains(name) || name.matches(".*[、，,；;].*")) continue;
            int s = m.start(1), e = m.end(1);
            if (formulas.stream().anyMatch(f -> f.start() <= s && e <= f.end())) continue;
            boolean titled = m.group().startsWith("《");
            String after = text.substring(m.end());
            boolean thing = titled || EVENT_NOUN.matcher(after).find();
            Verb verb = verbBefore(p, m.start());
            if (verb == null || verb.ongoing()) continue;
            if (verb.making() || (thing && verb.perfective())) out.add(m.group());
        }
        return out;
    }

    private record Verb(boolean making, boolean perfective, boolean ongoing) {}

    /**
     * The verb that governs a quoted name, within its clause: what it is (making, perfective) and whether an
     * adverb or verb of keeping up stands before it (持续开展, 继续办好).
     */
    private static Verb verbBefore(AnalyzedParagraph p, int at) {
        List<Token> ts = p.tokens();
        int i = ts.size() - 1;
        while (i >= 0 && ts.get(i).start() >= at) i--;
        boolean making = false, perfective = false, ongoing = false, verb = false;
        for (int k = i, seen = 0; k >= 0 && seen < 6; k--, seen++) {
            Token t = ts.get(k);
            if (t.isPunctuation() && !t.word().equals("、")) break;
            if (ONGOING.contains(t.word())) ongoing = true;
            if (t.word().equals("了") || t.word().equals("过")) perfective = true;
            if (t.pos().startsWith("v")) {
                verb = true;
                if (MAKING.contains(t.word())) making = true;
            }
        }
        return verb ? new Verb(making, perfective, ongoing) : null;
    }
}
