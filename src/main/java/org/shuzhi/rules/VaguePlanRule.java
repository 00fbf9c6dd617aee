package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;

/**
 * VAGUE_PLAN: a plan with neither a measurable target (a figure) nor a deadline (a date, 年内, 每季度).
 * An owner alone does not make "进一步加强理论学习" concrete; the evidence says what lacks. A paragraph
 * listing several measures (一是……二是……) is judged item by item: one concrete item does not make the
 * others concrete. A deadline before the first item ("2024年3月底前，我做好三件事：") holds for all. A
 * measure in a rectification table takes its owner and deadline from its row ({@link TableRows}).
 */
public final class VaguePlanRule implements Rule {
    static final int MIN_CHARS = 15;
    /** Item markers inside a paragraph: 一是 二是, 第一， 第二， ①②, （1）（2）. */
    private static final Pattern ITEM = Pattern.compile(
            "[一二三四五六七八九十]是|第[一二三四五六七八九十][，,、]|[①②③④⑤⑥⑦⑧⑨⑩]|[（(][1-9一二三四五六七八九十][）)]");

    @Override
    public String code() {
        return "VAGUE_PLAN";
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (AnalyzedParagraph p : ctx.content(Part.PLAN)) {
            if (Signals.contentChars(p) < MIN_CHARS || p.normalized().strip().endsWith(":")) continue;
            // a measure in a rectification table is dated by its row's own column (时限)
            if (!TableRows.deadlines(ctx, p).isEmpty()) continue;
            List<int[]> items = items(p);
            int leadEnd = items.size() > 1 ? items.get(0)[0] : 0;
            // a deadline before the items holds for all; a figure there counts the items ("做好三件事")
            boolean leadConcrete = leadEnd > 0 && !PlanTerms.deadlines(p, 0, leadEnd).isEmpty();
            List<String> vagueItems = new ArrayList<>();
            for (int[] item : items) {
                if (leadConcrete) break;
                if (PlanTerms.targets(p, item[0], item[1]).isEmpty() && PlanTerms.deadlines(p, item[0], item[1]).isEmpty()) {
                    vagueItems.add(p.normalized().substring(item[0], item[1]).strip());
                }
            }
            if (vagueItems.isEmpty()) continue;
            int end = p.normalized().length();
            List<String> targets = PlanTerms.targets(p, 0, end);
            List<String> deadlines = PlanTerms.deadlines(p, 0, end);
            List<String> owners = new ArrayList<>(PlanTerms.owners(p));
            owners.addAll(TableRows.owners(ctx, p)); // its row's 责任人 column
            List<String> lacks = new ArrayList<>();
            if (owners.isEmpty()) lacks.add("责任人");
            lacks.add("可衡量的目标");
            lacks.add("完成时限");
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("lacks", lacks);
            evidence.put("owner", owners);
            evidence.put("target", targets);
            evidence.put("deadline", deadlines);
            if (items.size() > 1) evidence.put("vagueItems", vagueItems);
            String message = items.size() > 1
                    ? "这段" + items.size() + "项打算中有" + vagueItems.size() + "项没有" + String.join("、", lacks) + "（“"
                            + shorten(vagueItems.get(0)) + "”）"
                    : "这条打算没有" + String.join("、", lacks);
            out.add(info().finding(p.index(), null, message, evidence));
        }
        return out;
    }

    /** The measures a paragraph lists, as [start, end) spans; the whole paragraph when it lists fewer than two. */
    static List<int[]> items(AnalyzedParagraph p) {
        String text = p.normalized();
        int from = Signals.afterNumbering(p);
        List<Integer> starts = new ArrayList<>();
        Matcher m = ITEM.matcher(text).region(from, text.length());
        while (m.find()) {
            // a marker opens an item at the start of the paragraph or after a clause ends (：；。，)
            if (m.start() == from || "：:；;。，,".indexOf(text.charAt(m.start() - 1)) >= 0) starts.add(m.start());
        }
        List<int[]> out = new ArrayList<>();
        if (starts.size() < 2) {
            out.add(new int[] {from, text.length()});
            return out;
        }
        for (int i = 0; i < starts.size(); i++) {
            out.add(new int[] {starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length()});
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "……";
    }
}
