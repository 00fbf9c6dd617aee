package org.shuzhi.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.Profiles;
import org.shuzhi.rules.RuleContext;

/**
 * Pairs written for these tests (none is from the corpus the thresholds were fitted on): reworded repeats,
 * different problems in the same stock words, copies made of stock formulations, same-year copies, and
 * commitments answered or not.
 */
class ArchiveSimilarityTest {
    @TempDir
    Path dir;

    private static final String ACH = "我全年主持支委会10次、讲党课2次，带头联系3户困难党员，协调解决村道硬化1.2公里。";
    private static final String STOCK = "坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神，切实增强“四个意识”、坚定“四个自信”、做到“两个维护”，";

    private List<Finding> check(Archive a, String unit, int year, List<String> ach, List<String> prob, List<String> plan) {
        AnalyzedReport r = Reports.analyzed(Reports.report(unit, year, ach, prob, plan), unit, year);
        return a.checks().check(new RuleContext(r, Reports.labels(r), Profiles.resolve(null)));
    }

    private static List<Finding> of(List<Finding> fs, String rule) {
        return fs.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void aRewordedRepeatIsFlaggedAndADifferentProblemInStockWordsIsNot() {
        try (Archive a = Archive.open(dir)) {
            Reports.add(a, "白沙村党支部", 2022, List.of(ACH), List.of(
                    "一是党员队伍老龄化问题突出，全村党员中60岁以上的超过一半，外出务工党员多，组织生活经常凑不齐人。",
                    "二是理论学习不够深入，学习形式单一，多是读文件、念报纸，党员听了记不住。"), List.of("由我牵头，2023年底前发展党员2名。"));
            List<Finding> fs = check(a, "中共白沙村支部委员会", 2023, List.of(ACH), List.of(
                    "一是党员老龄化的状况没有改观，60岁以上的仍占一半以上，在外务工的多，组织生活难以按时召开。",
                    "二是发展党员工作推进不够有力，近三年只发展了1名党员，入党积极分子储备不足。"), List.of("明年继续抓好发展党员。"));
            List<Finding> repeats = of(fs, "REPEATED_PROBLEM");
            assertEquals(1, repeats.size(), fs.toString());
            Finding f = repeats.get(0);
            assertEquals(5, f.paragraph());
            @SuppressWarnings("unchecked")
            Map<String, Object> source = (Map<String, Object>) f.evidence().get("source");
            assertEquals(5, source.get("paragraph"));
            assertTrue(((List<?>) f.evidence().get("topics")).contains("流动老龄党员"), f.evidence().toString());
            assertTrue(f.message().contains("2022"), f.message());
        }
    }

    @Test
    void sharedStockFormulationsAreNotACopyButACopiedConcretePassageIs() {
        try (Archive a = Archive.open(dir)) {
            String[] units = {"东湖街道党工委", "西山社区党委", "南岭中学党总支", "北关小学党支部", "红旗村党支部", "市档案馆党支部"};
            for (int i = 0; i < units.length; i++) {
                Reports.add(a, units[i], 2022, List.of("（一）强化政治引领。" + STOCK + "全年开展专题学习" + (6 + i) + "次，走访群众" + (30 + i) + "户。", ACH),
                        List.of("一是学习不够深入。"), List.of("2023年底前完成阵地改造。"));
            }
            String concrete = "（二）打造“银龄先锋”服务队。支部组织退休党员组建“银龄先锋”服务队，分成4个小组包片联系辖区空巢老人86户，每周上门1次代购药品、代缴水电费，全年服务1900余人次。";
            Reports.add(a, "滨河社区党支部", 2022, List.of(concrete), List.of("一是学习不够深入。"), List.of("2023年底前完成阵地改造。"));

            List<Finding> own = check(a, "柳林社区党支部", 2023, List.of("（一）坚持政治引领。" + STOCK + "全年组织集中学习11次，开展主题党日12次。"),
                    List.of("一是学习不够深入。"), List.of("2024年底前完成阵地改造。"));
            assertEquals(List.of(), of(own, "COPIED_FROM_OTHER_REPORT"), "stock formulations are not a copy");

            String lightlyEdited = concrete.replace("支部组织退休党员", "社区党支部组织退休老党员").replace("86户", "79户");
            List<Finding> copied = of(check(a, "柳林社区党支部", 2023, List.of(lightlyEdited), List.of("一是学习不够深入。"),
                    List.of("2024年底前完成阵地改造。")), "COPIED_FROM_OTHER_REPORT");
            assertEquals(1, copied.size(), copied.toString());
            @SuppressWarnings("unchecked")
            Map<String, Object> source = (Map<String, Object>) copied.get(0).evidence().get("source");
            assertEquals("滨河社区党支部", source.get("unit"));
            assertEquals(false, copied.get(0).evidence().get("sameYear"));
            assertTrue((int) copied.get(0).evidence().get("longestShared") >= Similarities.MIN_LONGEST_RUN);
        }
    }

    @Test
    void aCopyWithAWordChangedInEveryClauseIsFlaggedByItsTilesInOrder() {
        try (Archive a = Archive.open(dir)) {
            String source = "（二）开设“红色夜校”。支部利用农闲时节每周三晚上在村部开设“红色夜校”，由驻村第一书记和大学生村官轮流授课，"
                    + "讲政策、讲技术、讲法律，全年开课36期，听课群众1100余人次，带动12户村民发展林下养鸡。";
            Reports.add(a, "石门村党支部", 2021, List.of(source), List.of("一是学习不够深入。"), List.of("2022年底前完成阵地改造。"));
            // no shared stretch reaches 20 letters, yet the whole paragraph follows the source clause by clause
            String edited = "（三）办好“红色夜校”。党支部利用冬闲时节每周五晚上在村部开设“红色夜校”，由驻村第一书记和返乡大学生轮流授课，"
                    + "讲政策、讲技术、讲法律，全年开课28期，听课群众900余人次，带动9户村民发展林下养鸡。";
            List<Finding> copied = of(check(a, "龙潭村党支部", 2023, List.of(edited), List.of("一是学习不够深入。"),
                    List.of("2024年底前完成阵地改造。")), "COPIED_FROM_OTHER_REPORT");
            assertEquals(1, copied.size(), copied.toString());
            int longest = (int) copied.get(0).evidence().get("longestShared");
            assertTrue(longest < Similarities.MIN_LONGEST_RUN && longest >= Similarities.MIN_COPY_STRETCH, copied.get(0).evidence().toString());
            assertTrue((int) copied.get(0).evidence().get("tiles") >= Similarities.MIN_TILES, copied.get(0).evidence().toString());

            // the same facts told in the writer's own words share only short pieces: not a copy
            String own = "（三）办夜校。冬天农活少，我们每周五晚上请驻村第一书记和返乡大学生给村民上课，讲惠农政策和养殖技术，"
                    + "一年办了28期，来听的有900多人次，9户村民跟着学会了林下养鸡。";
            assertEquals(List.of(), of(check(a, "龙潭村党支部", 2023, List.of(own), List.of("一是学习不够深入。"),
                    List.of("2024年底前完成阵地改造。")), "COPIED_FROM_OTHER_REPORT"));
        }
    }

    @Test
    void aCopyNeedsOneLongStretchOrManyTilesWithALongOne() {
        double t = Similarities.Thresholds.DEFAULT.copy();
        assertTrue(new Similarities.Copy(0.8, Similarities.MIN_LONGEST_RUN, 1, null).confirmed(t));
        assertTrue(new Similarities.Copy(0.8, Similarities.MIN_COPY_STRETCH, Similarities.MIN_TILES, null).confirmed(t));
        assertFalse(new Similarities.Copy(0.8, Similarities.MIN_COPY_STRETCH, Similarities.MIN_TILES - 1, null).confirmed(t),
                "a few tiles without a long one: shared stock pieces");
        assertFalse(new Similarities.Copy(0.9, Similarities.MIN_COPY_STRETCH - 1, 9, null).confirmed(t),
                "no stretch Lucene's candidate retrieval is sure to find");
        assertFalse(new Similarities.Copy(t - 0.01, 40, 6, null).confirmed(t), "too little of the paragraph shared");
    }

    @Test
    void aSameYearCopyIsFlaggedOnBothSidesAndSaysSo() {
        try (Archive a = Archive.open(dir)) {
            String passage = "（三）推行“楼栋议事会”。支部在12个楼栋设立议事点，每月第二个周六由党员楼栋长召集居民议事，今年解决加装电梯、停车位划线等问题23件。";
            Reports.add(a, "青山社区党支部", 2023, List.of(passage), List.of("一是学习不够深入。"), List.of("2024年底前完成阵地改造。"));
            Reports.add(a, "绿水社区党支部", 2023, List.of(passage.replace("支部", "社区党支部")), List.of("一是学习不够深入。"),
                    List.of("2024年底前完成阵地改造。"));
            for (String[] pair : new String[][] {{"青山社区党支部", "绿水社区党支部"}, {"绿水社区党支部", "青山社区党支部"}}) {
                List<Finding> copied = of(check(a, pair[0], 2023, List.of(pair[0].equals("青山社区党支部") ? passage : passage.replace("支部", "社区党支部")),
                        List.of("一是学习不够深入。"), List.of("2024年底前完成阵地改造。")), "COPIED_FROM_OTHER_REPORT");
                assertEquals(1, copied.size(), pair[0] + copied);
                assertEquals(true, copied.get(0).evidence().get("sameYear"));
                assertTrue(copied.get(0).message().contains("同年度"), copied.get(0).message());
                @SuppressWarnings("unchecked")
                Map<String, Object> source = (Map<String, Object>) copied.get(0).evidence().get("source");
                assertEquals(pair[1], source.get("unit"));
            }
        }
    }

    @Test
    void aConcreteCommitmentIsAnsweredByNamingItAndAVaguePlanIsNotTracked() {
        try (Archive a = Archive.open(dir)) {
            Reports.add(a, "南湖医院内科党支部", 2022, List.of(ACH), List.of("一是党员示范作用发挥不够。"), List.of(
                    "1.2023年6月底前，由我牵头制定《党员积分管理办法》，每季度公示一次积分结果。",
                    "2.进一步加强理论学习，不断提升党建工作质量。"));
            List<Finding> silent = of(check(a, "南湖医院内科党支部", 2023, List.of(ACH), List.of("一是理论学习不够系统。"),
                    List.of("2024年3月底前完成病区党员示范岗挂牌。")), "COMMITMENT_NOT_ADDRESSED");
            assertEquals(1, silent.size(), silent.toString());
            @SuppressWarnings("unchecked")
            Map<String, Object> source = (Map<String, Object>) silent.get(0).evidence().get("source");
            assertEquals(7, source.get("paragraph"));
            assertTrue(((List<?>) silent.get(0).evidence().get("missing")).contains("党员积分管理办法"), silent.get(0).evidence().toString());

            List<Finding> answered = of(check(a, "南湖医院内科党支部", 2023,
                    List.of("去年承诺的党员积分管理办法已于6月印发，每季度在科室公示积分，全年公示4次。", ACH),
                    List.of("一是理论学习不够系统。"), List.of("2024年3月底前完成病区党员示范岗挂牌。")), "COMMITMENT_NOT_ADDRESSED");
            assertFalse(answered.stream().anyMatch(f -> f.evidence().toString().contains("积分")), answered.toString());
        }
    }

    @Test
    void promisingItAgainInThisYearsPlansDoesNotAnswerACommitment() {
        try (Archive a = Archive.open(dir)) {
            Reports.add(a, "枫林街道机关党支部", 2022, List.of(ACH), List.of("一是党员示范作用发挥不够。"), List.of(
                    "1.2023年9月底前由我牵头建成“红枫驿站”党群服务点，每月开展便民服务不少于2次。"));
            List<Finding> again = of(check(a, "枫林街道机关党支部", 2023, List.of(ACH), List.of("一是党员示范作用发挥不够。"),
                    List.of("1.2024年6月底前由我牵头建成“红枫驿站”党群服务点，每月开展便民服务不少于2次。")), "COMMITMENT_NOT_ADDRESSED");
            assertEquals(1, again.size(), "a promise repeated is not a promise kept: " + again);

            List<Finding> told = of(check(a, "枫林街道机关党支部", 2023,
                    List.of("“红枫驿站”党群服务点9月建成，每月开展便民服务2次以上，全年服务群众600余人次。"), List.of("一是党员示范作用发挥不够。"),
                    List.of("1.2024年由我牵头在驿站增设法律咨询窗口。")), "COMMITMENT_NOT_ADDRESSED");
            assertEquals(List.of(), told, "told in the achievements: answered");
        }
    }

    @Test
    void aCommitmentIsAPlanPartParagraphOrAPlanOutsideAchievementsAndProblems() {
        Part plan = Part.PLAN, ach = Part.ACHIEVEMENT, prob = Part.PROBLEM, other = Part.OTHER;
        assertTrue(Commitments.isCommitment(other, plan), "anything in the plan part");
        assertTrue(Commitments.isCommitment(ach, plan));
        assertTrue(Commitments.isCommitment(plan, other), "a plan in a report without headings");
        assertFalse(Commitments.isCommitment(plan, ach), "a plan-like sentence among the achievements tells what was done");
        assertFalse(Commitments.isCommitment(plan, prob));
        assertFalse(Commitments.isCommitment(ach, other));
    }

    @Test
    void tilesTakeTheLongestStretchFirstUseNoLetterTwiceAndIgnorePunctuation() {
        var a = PassageSimilarity.Letters.of("子丑，寅卯辰巳午未");
        var b = PassageSimilarity.Letters.of("辰巳午未。子丑寅卯辰巳");
        assertEquals("子丑寅卯辰巳午未", a.letters());
        assertEquals(3, a.at()[2], "offsets point into the text with its punctuation");
        var tiles = PassageSimilarity.tiles(a.letters(), b.letters(), 4);
        // 子丑寅卯辰巳 (6) is taken first; 辰巳午未 then has only 午未 free in a: too short to be a tile
        assertEquals(List.of("子丑寅卯辰巳"), tiles.stream().map(t -> t.in(a.letters())).toList());
        assertEquals(List.of(), PassageSimilarity.tiles("甲乙丙", "甲乙丙", 4));
    }

    @Test
    void onlyTilesInTheSameOrderInBothTextsAreKept() {
        String a = "甲乙丙丁戊己庚辛壬癸子丑寅卯";
        String b = "子丑寅卯，甲乙丙丁戊己庚辛壬癸";
        assertEquals(2, PassageSimilarity.tiles(a, b, 4).size());
        var ordered = PassageSimilarity.orderedTiles(a, b, 4);
        assertEquals(List.of("甲乙丙丁戊己庚辛壬癸"), ordered.stream().map(t -> t.in(a)).toList());
        String c = "甲乙丙丁戊己，庚辛壬癸子丑寅";
        String d = "甲乙丙丁戊己；庚辛壬癸子丑寅";
        assertEquals(1, PassageSimilarity.orderedTiles(PassageSimilarity.Letters.of(c).letters(), PassageSimilarity.Letters.of(d).letters(), 4).size(),
                "punctuation does not cut a tile");
    }

    @Test
    void missingTermsNameAnItemOnceNotItsWordsAgain() {
        assertEquals(List.of("青苗培养", "谈心谈话"),
                Commitments.withoutParts(List.of("青苗培养", "青苗", "培养", "谈心谈话", "谈心谈话")));
        assertEquals(List.of("青年", "党员"), Commitments.withoutParts(List.of("青年", "党员")));
    }

    @Test
    void onlyCheckablePlansAreCommitments() {
        assertTrue(Commitments.concrete(Passage.of("2024年3月底前由我牵头修订记录规范，每季度抽查1次。")));
        assertTrue(Commitments.concrete(Passage.of("制定《支部学习制度》，组织党员学习。")));
        assertFalse(Commitments.concrete(Passage.of("进一步加强理论学习，不断提升党建工作质量。")));
        assertFalse(Commitments.concrete(Passage.of("以上述职，请予评议。")));
        assertFalse(Commitments.concrete(Passage.of("2024年，支部将深入学习贯彻党的二十大精神。")));
    }

    @Test
    void aParagraphIsSplitIntoItsStatedProblemsWithoutTheLeadIn() {
        Passage p = Passage.of("回顾一年的工作，也存在一些不足：一是党员发展工作偏慢，两年只发展了1名党员；"
                + "二是部分党员宗旨意识淡化，群众反映的事情跟进不及时。");
        List<ProblemStatements.Statement> ss = p.statements();
        assertEquals(2, ss.size(), ss.toString());
        assertTrue(ss.get(0).text().startsWith("一是党员发展"), ss.get(0).text());
        assertTrue(ss.get(0).topics().contains("发展党员"), ss.get(0).topics().toString());
        assertTrue(ss.get(1).topics().contains("思想引领"), ss.get(1).topics().toString());
        // a bare lead-in states no problem
        assertEquals(List.of(), Passage.of("对照上级要求，我们的工作还存在以下几个方面的差距：").statements());
        // the first sentence decides the topic: 学习 in an example does not make this a study problem
        Passage merged = Passage.of("三是支部活动与生产经营结合不紧。上次集中学习后，大家说的改进办法落实得少。");
        assertEquals(java.util.Set.of("党建业务融合"), merged.statements().get(0).topics());
        // the writer saying it goes on
        assertTrue(Passage.of("二是班子成员年龄偏大的问题仍然没有解决。").statements().get(0).persists());
        assertFalse(Passage.of("二是班子成员年龄偏大，后继乏人。").statements().get(0).persists());
    }

    @Test
    void causeAnalysesAndRectificationAccountsAreNotProblems() {
        assertFalse(Similarities.isProblem(org.shuzhi.document.Part.PROBLEM, org.shuzhi.document.Part.PROBLEM,
                "细究根源，一是思想上有松劲情绪；二是制度执行不严。"));
        assertFalse(Similarities.isProblem(org.shuzhi.document.Part.PROBLEM, org.shuzhi.document.Part.PROBLEM,
                "针对去年提出的党员活动参与率低的问题，我调整了活动时间，参与率提高到九成。"));
        assertTrue(Similarities.isProblem(org.shuzhi.document.Part.PROBLEM, org.shuzhi.document.Part.PROBLEM,
                "一是党员活动参与率低，全年平均只有六成。"));
    }

    @Test
    void aRepeatListedAmongOtherProblemsIsFoundAndNumberedFromOneInTheMessage() {
        try (Archive a = Archive.open(dir)) {
            Reports.add(a, "青松镇卫生院党支部", 2022, List.of(ACH), List.of(
                    "一年来，支部工作取得了一些进步，但也存在不足：一是党建和医疗服务结合得不紧，党建活动与提升诊疗质量脱节；"
                            + "二是部分党员对群众来信回复不及时。"), List.of("2023年6月底前建成党员示范岗3个。"));
            List<Finding> fs = check(a, "青松镇卫生院支部", 2023, List.of(ACH), List.of(
                    "一是支部活动与诊疗业务融合的办法仍然不多，党员在提升服务质量上作用不突出。",
                    "二是支委分工不明确，宣传委员的职责长期由书记代行。"), List.of("明年建好示范岗。"));
            List<Finding> repeats = of(fs, "REPEATED_PROBLEM");
            assertEquals(1, repeats.size(), fs.toString());
            assertEquals(5, repeats.get(0).paragraph());
            assertTrue(((List<?>) repeats.get(0).evidence().get("topics")).contains("党建业务融合"), repeats.get(0).evidence().toString());
            // the earlier problem is JSON index 5, shown to people as 第6段
            assertTrue(repeats.get(0).message().contains("2022年度述职报告第6段"), repeats.get(0).message());
        }
    }

    @Test
    void recurrenceFollowsTheChainOfRepeatsAcrossYears() {
        try (Archive a = Archive.open(dir)) {
            // the problem drifts: 2022 repeats 2021 (recruitment), 2023 repeats 2022 (successors), 2023 shares nothing with 2021
            Reports.add(a, "槐树湾村党支部", 2021, List.of(ACH), List.of("一是发展党员工作滞后，近三年只发展了1名党员，入党积极分子只有1名。"),
                    List.of("2022年底前发展党员1名。"));
            Reports.add(a, "槐树湾村党支部", 2022, List.of(ACH), List.of("一是入党积极分子只有2名，后备干部培养也跟不上，村干部平均年龄超过55岁。"),
                    List.of("2023年底前确定后备干部2名。"));
            String later = "一是村干部平均年龄超过55岁，班子里没有35岁以下的人，后备干部青黄不接。";
            List<Finding> fs = of(check(a, "槐树湾村党支部", 2023, List.of(ACH), List.of(later), List.of("2024年底前确定后备干部2名。")),
                    "REPEATED_PROBLEM");
            assertEquals(1, fs.size(), fs.toString());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> matches = (List<Map<String, Object>>) fs.get(0).evidence().get("matches");
            assertEquals(List.of(2022), matches.stream().map(m -> m.get("year")).toList(),
                    "only 2022 is matched directly: " + fs.get(0).evidence());
            assertEquals(3, fs.get(0).evidence().get("recurrence"), fs.get(0).evidence().toString());
            assertEquals(List.of(2021, 2022), fs.get(0).evidence().get("years"));
            assertTrue(fs.get(0).message().contains("已有3个年度"), fs.get(0).message());

            Reports.add(a, "槐树湾村党支部", 2023, List.of(ACH), List.of(later), List.of("2024年底前确定后备干部2名。"));
            org.shuzhi.archive.history.UnitHistory h = org.shuzhi.archive.history.UnitHistories.of(a, "槐树湾村党支部");
            assertEquals(List.of(1, 2, 3), h.years().stream().map(y -> y.problems().get(0).recurrence()).toList());
        }
    }

    @Test
    void theUnitHistorySerialisesRepeatedAndRecurrenceAndSearchHitsNameTheirFile() throws Exception {
        try (Archive a = Archive.open(dir)) {
            String old = "一是党员队伍老化，60岁以上党员占六成，外出务工党员多，组织生活难以按时召开。";
            Reports.add(a, "石桥村党支部", 2021, List.of(ACH), List.of(old), List.of("2022年底前发展党员2名。"));
            Reports.add(a, "石桥村党支部", 2022, List.of(ACH), List.of("一是党员老龄化仍未改观，60岁以上的仍占六成，在外务工的多，组织生活凑不齐人。"),
                    List.of("2023年底前发展党员2名。"));
            org.shuzhi.archive.history.UnitHistory h = org.shuzhi.archive.history.UnitHistories.of(a, "石桥村支部");
            org.shuzhi.archive.history.UnitHistory.Problem later = h.years().get(1).problems().get(0);
            assertTrue(later.repeated());
            var json = org.shuzhi.review.Json.MAPPER.readTree(org.shuzhi.review.Json.MAPPER.writeValueAsString(h));
            var problem = json.get("years").get(1).get("problems").get(0);
            assertTrue(problem.get("repeated").asBoolean(), problem.toString());
            assertEquals(2, problem.get("recurrence").asInt(), problem.toString());
            assertFalse(json.get("years").get(0).get("problems").get(0).get("repeated").asBoolean());

            SearchHit hit = a.search(SearchQuery.of("外出务工")).hits().get(0);
            assertTrue(hit.file() != null && hit.file().startsWith("石桥村党支部-"), String.valueOf(hit.file()));
        }
    }

    /**
     * The tiling finds exactly the tiles of scanning every pair of positions (the plain way, kept here), on
     * random texts of few letters so that letters repeat often, runs meet, overlap and cross.
     */
    @Test
    void tilesAreExactlyThoseOfComparingEveryPairOfPositions() {
        java.util.Random random = new java.util.Random(17);
        for (int run = 0; run < 3000; run++) {
            String letters = "甲乙丙丁戊己庚辛".substring(0, 2 + random.nextInt(6));
            String a = randomText(random, letters, random.nextInt(60)), b = random.nextBoolean() ? randomText(random, letters, random.nextInt(60))
                    : a.substring(0, a.length() / 2) + randomText(random, letters, 5) + a.substring(a.length() / 2);
            int min = 1 + random.nextInt(5);
            assertEquals(plainTiles(a, b, min), PassageSimilarity.tiles(a, b, min), a + " / " + b + " / " + min);
        }
    }

    private static String randomText(java.util.Random random, String letters, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) sb.append(letters.charAt(random.nextInt(letters.length())));
        return sb.toString();
    }

    /** Greedy string tiling over every pair of positions, as first written. */
    private static List<PassageSimilarity.Tile> plainTiles(String a, String b, int min) {
        int n = a.length(), m = b.length();
        java.util.PriorityQueue<PassageSimilarity.Tile> queue = new java.util.PriorityQueue<>(java.util.Comparator
                .comparingInt(PassageSimilarity.Tile::length).reversed().thenComparingInt(PassageSimilarity.Tile::startA)
                .thenComparingInt(PassageSimilarity.Tile::startB));
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (a.charAt(i) != b.charAt(j) || (i > 0 && j > 0 && a.charAt(i - 1) == b.charAt(j - 1))) continue;
                int k = 1;
                while (i + k < n && j + k < m && a.charAt(i + k) == b.charAt(j + k)) k++;
                if (k >= min) queue.add(new PassageSimilarity.Tile(i, j, k));
            }
        }
        boolean[] usedA = new boolean[n], usedB = new boolean[m];
        List<PassageSimilarity.Tile> out = new java.util.ArrayList<>();
        while (!queue.isEmpty()) {
            PassageSimilarity.Tile t = queue.poll();
            List<PassageSimilarity.Tile> free = new java.util.ArrayList<>();
            int from = -1;
            for (int k = 0; k <= t.length(); k++) {
                boolean ok = k < t.length() && !usedA[t.startA() + k] && !usedB[t.startB() + k];
                if (ok && from < 0) from = k;
                if (!ok && from >= 0) {
                    if (k - from >= min) free.add(new PassageSimilarity.Tile(t.startA() + from, t.startB() + from, k - from));
                    from = -1;
                }
            }
            if (free.size() == 1 && free.get(0).equals(t)) {
                for (int k = 0; k < t.length(); k++) {
                    usedA[t.startA() + k] = true;
                    usedB[t.startB() + k] = true;
                }
                out.add(t);
            } else {
                queue.addAll(free);
            }
        }
        return out;
    }
}
