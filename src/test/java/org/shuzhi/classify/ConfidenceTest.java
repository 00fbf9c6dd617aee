package org.shuzhi.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shuzhi.document.Part;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.ReportAnalyzer;

/**
 * The committed model's confidence says when to check a label: paragraphs written for this test (not from
 * the corpus) that say one thing get a high confidence, and paragraphs that genuinely say two things (half
 * praise and half a problem, an achievement with a plan, a problem with its fix) get a lower one than any
 * of them. The learner's own probabilities fail this: they give nearly every paragraph 1.0.
 */
class ConfidenceTest {
    private static final ParagraphClassifier MODEL = Classifiers.standard();

    private static final List<String[]> CLEAR_CUT = List.of(
            new String[] {"achievement", "这一年，我推动支部与辖区三家企业签订党建共建协议，联合开展“党员进网格”活动24次，帮助企业解决用工、融资难题11个，支部被市委组织部命名为“五星级党支部”。"},
            new String[] {"achievement", "我坚持把党风廉政建设抓在日常，全年组织警示教育4次、廉政谈话38人次，修订完善财务报销、物资采购等制度7项，全年未发生违纪违法问题。"},
            new String[] {"problem", "我抓党建的主责主业意识还不够强，把主要精力放在了教学管理上，对支部工作研究部署不多，有时以行政会代替支委会，对党员的日常教育管理失之于宽。"},
            new String[] {"problem", "支部组织生活还存在走过场的现象，主题党日活动内容大多是传达文件，党员参与讨论少，个别党员无故缺席也没有受到批评教育。"},
            new String[] {"plan", "下一步，我将牵头制定支部党员教育培训计划，2025年9月底前分三批完成全体党员轮训，每季度组织一次党员评议，年底由支委会逐一考核。"},
            new String[] {"plan", "明年支部要重点抓好三件事：一是在5月底前建成党员服务站；二是每月开展一次党员志愿服务；三是力争全年发展党员2名，并落实培养联系人。"});

    private static final List<String> MIXED = List.of(
            "我们全年开展“四史”宣讲9场，覆盖党员群众700余人次；但宣讲以念稿子为主，群众参与的积极性不高，听完就忘的情况比较普遍。",
            "支部建起了党员积分管理台账，每月公布积分，党员学习的主动性有所提高，但积分标准比较粗，干多干少一个样，激励作用没有充分发挥。",
            "今年村里修通了3公里产业路，集体经济收入突破20万元；同时也要清醒看到，村“两委”班子年龄偏大，年轻干部储备不足，发展后劲不强。",
            "学校党支部全年培养入党积极分子6名，支部书记讲党课3次；下一步我们计划把青年教师培养作为重点，每学期举办一期青年教师读书班。",
            "对照上级要求，我在党员发展上还有欠缺，近两年支部没有发展一名青年党员；明年我准备从一线业务骨干中确定2名培养对象，年底前列为入党积极分子。",
            "在疫情防控中，党员冲在一线，设立党员先锋岗5个，值守时间累计1500小时；但疫情过后，有的党员思想有所松懈，先锋作用发挥得不如以前。");

    @Test
    void clearCutParagraphsAreConfidentAndMixedOnesAreLess() {
        double lowestClear = 1.0;
        for (String[] c : CLEAR_CUT) {
            Labeled l = MODEL.classify(lone(c[1]));
            assertEquals(Part.of(c[0]), l.label(), c[1]);
            assertTrue(l.confidence() >= 0.95, "a paragraph that says one thing is confident: " + l.confidence() + " " + c[1]);
            lowestClear = Math.min(lowestClear, l.confidence());
        }
        List<Double> mixed = MIXED.stream().map(t -> MODEL.classify(lone(t)).confidence()).toList();
        for (int i = 0; i < mixed.size(); i++) {
            assertTrue(mixed.get(i) < lowestClear, "a mixed paragraph (" + mixed.get(i) + ") is less sure than every clear-cut one ("
                    + lowestClear + "): " + MIXED.get(i));
        }
        long flagged = mixed.stream().filter(c -> c < Calibration.LOW).count();
        assertTrue(flagged * 2 >= mixed.size(), "at least half the mixed paragraphs are flagged for checking (below "
                + Calibration.LOW + "): "
                + mixed.stream().map(c -> String.format("%.3f", c)).collect(Collectors.joining(", ")));
    }

    private static org.shuzhi.nlp.AnalyzedParagraph lone(String text) {
        return ReportAnalyzer.analyze(Report.fromText("test.txt", text), ReportMeta.UNKNOWN).paragraphs().get(0);
    }
}
