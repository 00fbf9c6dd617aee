package org.shuzhi.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shapes of web-page debris (written for this test), and report lines that must not be taken for it. */
class PageDebrisTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "资源描述：",
            "篇1",
            "篇二",
            "村党支部书记述职报告 篇2",
            "2023年度社区党支部书记述职报告（精选3篇）",
            "第一篇：2022年度党支部书记抓基层党建工作述职报告",
            "上一篇：2022年度党支部书记述职报告",
            "下一篇",
            "仅展示前3000字，点击查看全文",
            "……（未完，全文共6000字，当前仅显示2000字，请阅读下面提示信息。",
            "点击查看全文",
            "展开全文",
            "本文由用户上传，如有侵权请联系删除。",
            "本文档由网友上传，仅供参考",
            "免费下载",
            "下载  收藏  举报",
            "分享 收藏 举报 版权申诉 / 12",
            "文档页数：12页",
            "页数：23",
            "上传人：晨曦",
            "上传时间：2023-12-20",
            "格式：DOCX",
            "大小：24.37KB",
            "关键词：述职 党建",
            "【下载声明】",
            "相关推荐",
            "相关文章：党建工作总结范文",
            "推荐度：",
            "小编精心推荐",
            "请欣赏村党支部书记述职报告（精选6篇），由文库网整理，希望能够帮助到大家。",
            "下面是小编为大家整理的党支部书记述职报告，欢迎阅读。",
            "字号：大 中 小",
            "责任编辑：李华",
            "扫一扫关注公众号",
            "返回顶部",
            "时间：2023-12-20 09:10:00 来源：网友投稿",
            "【本文地址：http://www.example.com/fanwen/123.html】",
            "版权所有 © 范文网",
            "还剩5页未读，继续阅读",
            "下载文档到电脑，查找使用更方便",
            "VIP免费下载",
            // traditional, as some sites serve it
            "上一篇：黨支部書記述職報告",
            "相關推薦",
            "僅展示前3000字",
            "點擊查看全文",
            "免費下載",
            "文檔頁數：12",
            "資源描述",
    })
    void debris(String line) {
        assertTrue(PageDebris.isDebris(TextNormalizer.normalize(line)), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "组织党员阅读原文原著，撰写心得体会12篇。",
            "我全年撰写调研报告3篇，其中1篇获市级二等奖。",
            "下一步，我将从三个方面抓好整改。",
            "以下是我一年来抓党建工作的情况，希望各位领导批评指正。",
            "下面是我的述职报告，请予评议。",
            "推行扫码签到，党员参学率达到98%。",
            "相关工作已按计划推进，整改问题5项。",
            "我牵头修订《党员积分管理办法》，明确下载学习资料、撰写心得等积分项目。",
            "本支部共有党员27名，其中预备党员2名。",
            "一、履职主要情况",
            "以上述职，请各位领导和同志们批评指正。",
            "来源于群众的意见建议，我逐条建立台账。",
            "我将继续阅读党史著作，每月撰写读书笔记1篇。",
            "日期：2023年12月20日",                     // the report's own date line, which gives its year
    })
    void reportText(String line) {
        assertFalse(PageDebris.isDebris(TextNormalizer.normalize(line)), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"上一篇：", "相关推荐："})
    void aLongParagraphIsNeverDebrisWhateverItStartsWith(String start) {
        String line = start + "我全年主持支委会14次，讲专题党课4次，走访党员家庭26户，".repeat(6);
        assertFalse(PageDebris.isDebris(TextNormalizer.normalize(line)), line);
    }
}
