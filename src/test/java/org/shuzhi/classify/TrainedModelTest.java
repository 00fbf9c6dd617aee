package org.shuzhi.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shuzhi.document.Part;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;

/**
 * The committed model (models/paragraph-classifier.model, on the classpath) labels paragraphs written for
 * this test, not taken from the corpus: varied wording, some with numbering, most without any heading.
 */
class TrainedModelTest {
    private static final ParagraphClassifier MODEL = Classifiers.standard();

    @Test
    void standardClassifierIsTheTrainedModel() {
        assertInstanceOf(TableCells.class, MODEL);
        assertInstanceOf(WekaParagraphClassifier.class, ((TableCells) MODEL).classifier());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            achievement | 今年我牵头建立了“周三学习日”制度，全年组织集中学习22次，带头讲党课4次，支部党员学习笔记抽查合格率达到100%。
            achievement | （二）聚焦服务群众。我带领党员志愿者走访独居老人63户，协调解决加装电梯、路灯维修等问题9件，社区在区级民生实事评比中获得一等奖。
            achievement | 在发展党员方面，支部坚持标准、严格程序，全年发展党员3名，2名预备党员按期转正，党员队伍平均年龄下降了2岁。
            achievement | 针对去年述职时提出的组织生活不规范问题，我逐月检查各党小组记录，修订了主题党日活动流程，这一问题已于6月全部整改到位。
            achievement | 我们把党建工作与医疗服务深度融合，设立党员示范岗8个，党员医生全年下乡义诊17次，服务群众2300余人次，收到锦旗和感谢信41件。
            problem | 一是理论学习还不够深入，满足于读原文、记笔记，联系实际思考不多，学用脱节的现象仍然存在。
            problem | 我对青年党员的思想动态掌握不够，谈心谈话次数偏少，全年只与4名青年党员谈过心。
            problem | 党建和业务“两张皮”问题还没有根本解决，部分党员认为党建是软任务，参加活动积极性不高。
            problem | 究其原因，主要是我自身对抓党建是最大政绩的认识还不到位，抓业务的精力多，抓党建的精力少，存在重业务轻党建的思想。
            problem | 组织生活质量不高，“三会一课”有时流于形式，批评与自我批评辣味不足，个别党员长期不参加集中学习。
            plan | 下一步，我将带头落实“第一议题”制度，2025年每季度至少讲1次专题党课，年底前完成全体党员轮训。
            plan | 2025年6月底前，由我牵头修订党员积分管理办法，把志愿服务时长纳入考核，每季度公示一次。
            plan | 三是加强党务干部队伍建设，计划明年选派2名年轻同志参加区委党校培训，力争年内实现党务工作者持证上岗。
            plan | 今后我们要进一步健全党建与业务融合机制，持续推动“党建+服务”品牌建设，确保各项任务落到实处。
            plan | 针对党员老龄化问题，我打算从返乡创业青年中重点培养入党积极分子，力争三年内发展党员5名。
            other | 2024年度党支部书记抓基层党建工作述职报告
            other | 述职人：幸福里社区党委书记 王丽
            other | 以上是我的述职报告，不妥之处，请各位领导和同志们批评指正。
            other | 各位领导、同志们：
            other | 根据街道党工委的统一部署，现将我一年来抓基层党建工作的情况报告如下。
            """)
    void labelsAnUnseenParagraph(String expected, String text) {
        Labeled l = MODEL.classify(lone(text));
        assertEquals(Part.of(expected), l.label(), text);
        assertTrue(l.confidence() > 0.25 && l.confidence() <= 1.0, "confidence is a class probability: " + l.confidence());
    }

    /** Praise written under the problems heading ("评功摆好") is labelled by what it says. */
    @Test
    void praiseUnderTheProblemsHeadingIsAnAchievement() {
        AnalyzedReport report = analyze("""
                2024年度抓基层党建工作述职报告
                一、履职情况
                我全年主持支委会14次，讲专题党课3次，推动建成社区党群服务驿站2个。
                二、存在的问题
                一是我对网格党小组的指导不够经常，有3个网格党小组全年只开展活动2次。
                二是支部工作得到上级充分肯定，全年获得市级表彰2项、区级表彰5项，党员群众满意度测评达到98%，成绩来之不易。
                三、下一步打算
                2025年3月底前，我逐一走访各网格党小组，帮助制定全年活动计划。
                """);
        List<Labeled> labels = MODEL.classify(report);
        AnalyzedParagraph praise = report.paragraphs().get(5);
        assertEquals(Part.PROBLEM, praise.section(), "the paragraph sits under the problems heading");
        assertEquals(Part.ACHIEVEMENT, labels.get(5).label());
        assertEquals(Part.PROBLEM, labels.get(4).label());
        assertEquals(Part.PLAN, labels.get(7).label());
    }

    /** A report with no headings at all: every part is still found from what the paragraphs say. */
    @Test
    void labelsAReportWithoutHeadings() {
        AnalyzedReport report = analyze("""
                东湖小学党支部书记2024年抓党建工作述职报告
                这一年，我坚持每月第一个周一召开支委会，全年研究党建事项26项，组织党员教师开展“师德微宣讲”11场，支部被评为区级星级党支部。
                对照要求反思，我抓党员教育的办法还不多，青年教师党员参加学习的主动性不强，我与他们谈心谈话不够。
                明年，我将在4月底前建立青年教师党员导师制，每名青年党员由1名骨干党员结对帮带，学期末由我组织考核。
                以上述职，请予评议。
                """);
        List<Labeled> labels = MODEL.classify(report);
        assertEquals(List.of(Part.OTHER, Part.ACHIEVEMENT, Part.PROBLEM, Part.PLAN, Part.OTHER),
                labels.stream().map(Labeled::label).toList());
    }

    private static AnalyzedParagraph lone(String text) {
        return analyze(text).paragraphs().get(0);
    }

    private static AnalyzedReport analyze(String text) {
        return ReportAnalyzer.analyze(Report.fromText("test.txt", text), ReportMeta.UNKNOWN);
    }
}
