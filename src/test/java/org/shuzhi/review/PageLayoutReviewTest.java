package org.shuzhi.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shuzhi.document.Part;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.Profiles;

/**
 * Reports as they come from the web, through the whole pipeline: debris is listed and judged by nothing,
 * slogan headings and tables of contents are {@code other}. Texts written for this test in the shapes of
 * real copied reports.
 */
class PageLayoutReviewTest {
    private static final Reviewer REVIEWER = Reviewers.withoutArchive();

    private static final List<String> REPORT = List.of(
            "2023年度抓基层党建工作述职报告",
            "城东街道金桥社区党支部书记 王丽华",
            "一、履职主要情况",
            "支部高度重视党建工作，各项工作取得明显成效，形成了齐抓共管的良好局面。",
            "我全年主持支委会14次，讲专题党课4次，走访困难党员26户，发展党员2名。",
            "二、存在的问题",
            "部分党员年纪偏大，参加活动不积极，党员作用发挥不明显。",
            "三、下一步打算",
            "进一步加强理论学习，不断提升党建工作质量。");
    /** Debris the pages put around the report; some of it would draw findings as report text (XXX, a problem-like line). */
    private static final List<String> BEFORE = List.of(
            "资源描述：", "2023年度社区党支部书记述职报告（精选3篇）", "上传人：XXX", "篇1");
    private static final List<String> AFTER = List.of(
            "仅展示前3000字，点击查看全文", "本文由用户上传，内容不完整，部分问题未能展示，如有侵权请联系删除。", "下载  收藏  举报",
            "上一篇：2022年度党支部书记述职报告", "下一篇：党支部书记抓党建述职报告范文", "相关推荐");

    private static Review review(List<String> lines) {
        return REVIEWER.review(Report.fromText("t.txt", String.join("\n", lines)),
                new ReviewRequest(null, ReportMeta.UNKNOWN, false));
    }

    private static List<String> withDebris() {
        List<String> lines = new ArrayList<>(BEFORE);
        lines.addAll(REPORT);
        lines.addAll(AFTER);
        return lines;
    }

    @Test
    void debrisChangesNoLengthShareOrFinding() {
        Review clean = review(REPORT);
        Review copied = review(withDebris());
        assertEquals(clean.stats(), copied.stats(), "length and shares");
        assertEquals(describe(clean), describe(copied), "the same findings on the same paragraphs");
        assertEquals(clean.verdict().outcome(), copied.verdict().outcome());
        assertEquals(clean.verdict().reasons().size(), copied.verdict().reasons().size());
    }

    @Test
    void debrisIsFlaggedInTheJsonAndLabelledOther() throws Exception {
        Review r = review(withDebris());
        JsonNode paragraphs = Json.MAPPER.readTree(Json.write(r)).get("paragraphs");
        Set<Integer> debris = Set.of(0, 1, 2, 3, 13, 14, 15, 16, 17, 18);
        for (JsonNode p : paragraphs) {
            int i = p.get("index").asInt();
            assertTrue(p.has("debris"), "every paragraph carries the field");
            assertEquals(debris.contains(i), p.get("debris").asBoolean(), p.get("text").asText());
            if (debris.contains(i)) assertEquals("other", p.get("label").asText(), p.get("text").asText());
        }
        for (Finding f : r.findings()) assertFalse(f.paragraph() != null && debris.contains(f.paragraph()), f.toString());
    }

    @Test
    void theTextOutputListsTheDebrisItLeftOut() {
        String text = TextFormatter.format(review(withDebris()), Profiles.resolve(null));
        assertTrue(text.contains("已忽略网页残留：第1段“资源描述：”；第2段“2023年度社区党支部书记述职报告（精选……”；第3段“上传人：XXX”；第4段“篇1”；"
                + "第14段“仅展示前3000字，点击查看全文”"), text);
        assertTrue(text.contains("第19段“相关推荐”（不计入篇幅和比例，不作评审）"), text);
        assertNull(TextFormatter.debris(review(REPORT)));
        assertFalse(TextFormatter.format(review(REPORT), Profiles.resolve(null)).contains("网页残留"));
    }

    @Test
    void sloganAndTopicalHeadingsAreLabelledOther() {
        Review r = review(List.of(
                "2022年度基层党建工作述职报告",
                "柳塘村党总支书记 陈国强",
                "一年来，我紧紧围绕“强”“凝”“实”三个字抓党建，现将履职情况汇报如下。",
                "共学共建，让支部“强”起来",
                "我带头落实“三会一课”，全年讲党课4次，组织党员集中学习12次，发展党员2名。",
                "党建品牌建设",
                "我牵头打造“柳塘先锋”品牌，建成党员服务站1个，全年开展志愿服务38场次。",
                "存在的问题",
                "我对流动党员管理抓得不够，外出党员参加组织生活不到一半。"));
        for (int i : new int[] {3, 5}) {
            ParagraphResult p = r.paragraphs().get(i);
            assertEquals(Part.OTHER, p.label(), p.text());
            assertEquals(Part.ACHIEVEMENT, p.section(), p.text());
        }
        assertEquals(Part.ACHIEVEMENT, r.paragraphs().get(4).label());
    }

    /** Findings by rule and the text of their paragraph, so that reports numbered differently compare. */
    private static List<String> describe(Review r) {
        List<String> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            out.add(f.rule() + " " + (f.paragraph() == null ? "-" : r.paragraphs().get(f.paragraph()).text()) + " " + f.span());
        }
        return out;
    }
}
