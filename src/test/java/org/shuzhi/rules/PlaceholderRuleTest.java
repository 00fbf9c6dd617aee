package org.shuzhi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuzhi.classify.Labeled;
import org.shuzhi.document.Paragraph;
import org.shuzhi.document.Part;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;

/** PLACEHOLDER_LEFT quotes and spans each placeholder whole, with its measure word or title, never a letter of a neighbour. */
class PlaceholderRuleTest {
    private static Finding check(String text) {
        AnalyzedReport r = ReportAnalyzer.analyze(new Report("t", List.of(new Paragraph(0, text, false))), ReportMeta.UNKNOWN);
        List<Finding> fs = new PlaceholderRule().check(new RuleContext(r, List.of(new Labeled(Part.ACHIEVEMENT, 1)), Profiles.resolve(null)));
        assertEquals(1, fs.size(), fs.toString());
        return fs.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<String> quotes(Finding f) {
        return (List<String>) f.evidence().get("placeholders");
    }

    @Test
    void aPlaceholderIsQuotedWithItsMeasureWordNotWithTheEndOfThePreviousWord() {
        Finding f = check("组织集中学习XX次，开展专题研讨X场。");
        assertEquals(List.of("XX次", "X场"), quotes(f));
        assertEquals(new Span(6, 9), f.span());
    }

    @Test
    void aPersonPlaceholderTakesItsTitleAndNotThePreposition() {
        assertEquals(List.of("XXX同志", "X名"), quotes(check("由XXX同志带队为社区X名残疾人送教上门。")));
        assertEquals(List.of("张XX同志", "李**同志"), quotes(check("张XX同志、李**同志参加了活动。")));
        assertEquals(List.of("***", "张**"), quotes(check("***党支部书记 张**")));
    }

    @Test
    void figuresKeepTheirUnits() {
        assertEquals(List.of("xx%"), quotes(check("党员参学率达到xx%，较去年提高了5个百分点。")));
        assertEquals(List.of("××户", "××件"), quotes(check("走访困难群众××户，解决实际问题××件。")));
        assertEquals(List.of("XX名", "XX万元"), quotes(check("共发展党员XX名，投入资金XX万元。")));
    }

    /** Every placeholder is spanned, so a page can mark each one; the finding's own span is the first. */
    @Test
    void everyPlaceholderOfTheParagraphHasItsSpan() {
        String text = "全年召开支委会X次，讲党课XX次，由XXX同志带队走访。";
        Finding f = check(text);
        @SuppressWarnings("unchecked")
        List<Span> spans = (List<Span>) f.evidence().get("spans");
        assertEquals(List.of("X次", "XX次", "XXX同志"), spans.stream().map(s -> text.substring(s.start(), s.end())).toList());
        assertEquals(spans.get(0), f.span());
    }
}
