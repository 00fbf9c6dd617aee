#!/usr/bin/env python3
"""Writes the two .docx reports of heldout-6 (run from anywhere; needs python-docx).

Each item is ('p', kind, section, key, text, style) for a paragraph or ('t', rows) for a table whose
cells are (kind, section, key, text); a cell text with '\n' becomes several paragraphs in one cell.
kind/section/key are only used to write labels/ and defects.tsv; Word sees the text alone.
"""
import os
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'reports')

DOCS = {
    'guiyuanlu-xiaoxue-2021': [
        ('p', 'other', 'other', 'title', '城东区桂园路小学党支部书记2021年度抓基层党建工作述职报告', 'title'),
        ('p', 'other', 'other', 'byline', '述职人：桂园路小学党支部书记、校长 汪静', 'center'),
        ('p', 'other', 'other', 'facts', '桂园路小学有教学班28个、学生1240名，教职工86名。党支部有党员34名，其中在职教师党员29名、退休党员5名。对照区教育工作党委的通知，现将本人2021年抓党建工作的情况述职如下。', ''),
        ('p', 'other', 'achievement', 'h1', '一、上年度整改承诺落实情况', 'heading'),
        ('p', 'achievement', 'achievement', 'a1', '2020年述职时我承诺了2件事。一是建立青年教师入党联系人制度，今年已落实，4名支委每人联系2名青年教师，全年确定入党积极分子3名；二是每学期开展一次党员示范课，上、下学期共有27名党员教师上了示范课，另有2名因病假未完成，已安排在2022年春季学期补上。', ''),
        ('p', 'other', 'achievement', 'h2', '二、履职主要情况', 'heading'),
        ('p', 'achievement', 'achievement', 'a2', '抓党史学习教育。我制定了支部学习方案，组织集中学习9次，自己讲党课2次；结合学校实际开展“百年党史进课堂”活动，带领12名党员教师在道德与法治、语文课中设计党史教学片段36个，其中5个被区教研室收入区级资源库。', ''),
        ('p', 'achievement', 'achievement', 'a3', '为群众办实事。针对家长反映的放学后接孩子难的问题，我提请支委会研究后推出课后服务“党员先锋岗”，29名在职党员轮流值守。9月“双减”实施以来，课后服务参与率由61%提高到93%，收集的46条家长意见已落实39条。', ''),
        ('p', 'achievement', 'achievement', 'a4', '抓支部规范化建设。全年召开支部党员大会6次、支委会14次，我参加了全部3个党小组的组织生活；组织生活会前我和每名党员谈心谈话1次，共34人次。', ''),
        ('p', 'other', 'problem', 'h3', '三、存在的问题及原因', 'heading'),
        ('p', 'problem', 'problem', 'p1', '（一）党建和教学“两张皮”的问题没有根本解决。今年党史进课堂的36个教学片段集中在两个学科，数学、科学、体育等学科的14名党员教师基本没有参与；我在期末听课中发现，有的党员教师的课堂和非党员教师看不出区别。这说明我在设计活动时只抓了容易出成果的学科，没有想清楚党员教师在各个学科中怎样发挥作用。', ''),
        ('p', 'problem', 'problem', 'p2', '（二）对青年教师的政治引领不够有力。全校35岁以下教师31名，其中党员只有6名，今年递交入党申请书的只有2人。我和青年教师谈心谈话主要谈教学、谈职称，谈理想信念少，对他们的思想状况掌握得不深。', ''),
        ('p', 'problem', 'problem', 'p3', '（三）退休党员的教育管理有空档。5名退休党员中有2名住在外区，今年只参加了1次组织生活，学习主要靠支部寄材料，我没有专门上门看望过他们。', ''),
        ('p', 'problem', 'problem', 'p4', '（四）原因分析。一是我的主业意识还不够强。作为校长兼书记，遇到教学检查、“双减”落地这些急事，我首先想到的是业务，党建常常往后排。二是抓党建的思路不够宽，习惯于按上级布置做规定动作，对党建和教学怎样融合研究不够。三是抓落实的韧劲不足，去年的承诺还有1项没有完全兑现。', ''),
        ('p', 'other', 'plan', 'h4', '四、整改措施', 'heading'),
        ('t', [
            [('other', 'plan', 'th1', '问题'), ('other', 'plan', 'th2', '整改措施'),
             ('other', 'plan', 'th3', '责任人'), ('other', 'plan', 'th4', '完成时限')],
            [('problem', 'plan', 'tp1', '党建和教学“两张皮”，党员教师参与面窄'),
             ('plan', 'plan', 'tm1', '1.2022年春季学期起，“党史进课堂”扩展到全部9个学科，每个学科至少由1名党员教师设计教学片段；\n2.我每月随堂听党员教师的课不少于2节，听课情况在支委会上通报。'),
             ('other', 'plan', 'to1', '汪静（书记）、各教研组长'), ('other', 'plan', 'tt1', '2022年6月底前')],
            [('problem', 'plan', 'tp2', '对青年教师政治引领不够'),
             ('plan', 'plan', 'tm2', '1.“一名支委联系两名青年教师”扩大到35岁以下全部31名教师；\n2.每学期由我给青年教师讲1次专题党课，和每名青年教师谈理想信念不少于1次；\n3.2022年确定入党积极分子不少于3名。'),
             ('other', 'plan', 'to2', '汪静、组织委员陈立平'), ('other', 'plan', 'tt2', '2022年12月底前')],
            [('problem', 'plan', 'tp3', '退休党员教育管理有空档'),
             ('plan', 'plan', 'tm3', '1.我和第三党小组组长每学期上门看望住在外区的2名退休党员各1次；\n2.为5名退休党员建立线上学习群，每月推送学习材料并电话回访。'),
             ('other', 'plan', 'to3', '汪静、第三党小组组长李慧'), ('other', 'plan', 'tt3', '2022年3月起每学期')],
            [('problem', 'plan', 'tp4', '上年度承诺的党员示范课未全覆盖'),
             ('plan', 'plan', 'tm4', '2022年春季学期为2名未上示范课的党员教师各安排1节示范课，由教务处组织听课评议。'),
             ('other', 'plan', 'to4', '教务主任刘海'), ('other', 'plan', 'tt4', '2022年5月底前')],
        ]),
        ('p', 'other', 'other', 'close', '以上述职，请评议。', ''),
    ],
    'hengtuo-jixie-2024': [
        ('p', 'other', 'other', 'title', '恒拓精密机械有限公司党支部书记2024年度抓党建工作述职报告', 'title'),
        ('p', 'other', 'other', 'byline', '述职人：党支部书记、公司副总经理 沈立群', 'center'),
        ('p', 'other', 'other', 'h0', '一、基本情况', 'heading'),
        ('t', [
            [('other', 'other', 'b11', '企业名称'), ('other', 'other', 'b12', '宁州市恒拓精密机械有限公司'),
             ('other', 'other', 'b13', '企业性质'), ('other', 'other', 'b14', '民营企业（有限责任公司）')],
            [('other', 'other', 'b21', '职工人数'), ('other', 'other', 'b22', '386人'),
             ('other', 'other', 'b23', '党员人数'), ('other', 'other', 'b24', '21名（其中预备党员2名）')],
            [('other', 'other', 'b31', '党支部成立时间'), ('other', 'other', 'b32', '20XX年X月'),
             ('other', 'other', 'b33', '党小组'), ('other', 'other', 'b34', '3个（生产、技术、管理）')],
            [('other', 'other', 'b41', '出资人是否党员'), ('other', 'other', 'b42', '否'),
             ('other', 'other', 'b43', '支部书记'), ('other', 'other', 'b44', '沈立群（兼任公司副总经理）')],
        ]),
        ('p', 'other', 'other', 'facts', '公司主要生产数控机床钣金件和精密模具，产品出口东南亚和中东地区。现将本人2024年抓党建工作的情况报告如下。', ''),
        ('p', 'other', 'achievement', 'h1', '二、主要工作', 'heading'),
        ('p', 'achievement', 'achievement', 'a1', '坚持政治引领，深化党纪学习教育。支部认真落实党纪学习教育各项部署，组织党员原原本本学习《中国共产党纪律处分条例》，引导党员学纪、知纪、明纪、守纪，增强纪律意识，推动党纪学习教育取得实效。', ''),
        ('p', 'achievement', 'achievement', 'a2', '坚持党建引领发展。支部围绕企业生产经营中心任务，积极发挥政治引领作用，把党建工作融入企业发展全过程，实现了党建工作和生产经营的深度融合、互促共进。', ''),
        ('p', 'achievement', 'achievement', 'a3', '我在公司推行“党员先锋岗”，21名党员全部在关键岗位亮身份。今年技术党小组牵头攻关数控转塔冲床模具寿命问题，模具平均寿命由8万冲次提高到13万冲次，年节约成本约54万元。', ''),
        ('p', 'achievement', 'achievement', 'a7', '坚持围绕中心服务大局。支部团结带领广大职工凝心聚力、攻坚克难，全年实现销售收入2.3亿元，同比增长11%，上缴税金1460万元。', ''),
        ('p', 'achievement', 'achievement', 'a4', '支部全年召开党员大会X次，上党课X次，开展主题党日活动X次，组织党员参加志愿服务XX人次。', ''),
        ('p', 'achievement', 'achievement', 'a5', '坚持关心关爱职工。支部积极协调公司解决职工急难愁盼问题，组织开展送温暖、金秋助学等活动，职工的归属感和幸福感不断增强。', ''),
        ('p', 'achievement', 'achievement', 'a6', '今年在我的推动下，公司出资12万元设立职工互助基金，帮助3名重病职工家庭渡过难关；6月组织12名党员技术骨干与24名新入职青年员工结成师徒对子。', ''),
        ('p', 'achievement', 'achievement', 'a8', '10月，我组织支部与园区内2家企业的党支部开展联学共建，联合举办钣金技能比武1场，参赛职工86名，公司有3名党员获园区“技术能手”称号。', ''),
        ('p', 'other', 'problem', 'h2', '三、存在的不足', 'heading'),
        ('p', 'problem', 'problem', 'p1', '一是部分党员党员意识淡薄，认为在民营企业入党“没什么用”，参加组织生活不积极，个别党员长期以加班为由不参加学习。', ''),
        ('p', 'problem', 'problem', 'p2', '二是支部活动经常和生产任务冲突，订单旺季时组织生活难以正常开展。', ''),
        ('p', 'problem', 'problem', 'p3', '三是发展党员困难，一线工人入党意愿不强，今年没有发展新党员。', ''),
        ('p', 'problem', 'problem', 'p4', '主要原因是民营企业以生产经营为中心，订单多、任务重，职工流动性大；公司出资人不是党员，对党建工作支持有限，党建经费主要靠上级拨付。', ''),
        ('p', 'other', 'plan', 'h3', '四、下一步打算', 'heading'),
        ('p', 'plan', 'plan', 'l1', '一是加强党员教育管理，进一步增强党员的党性意识和身份意识。', ''),
        ('p', 'plan', 'plan', 'l2', '二是合理安排支部活动时间，推动党建工作与生产经营同频共振。', ''),
        ('p', 'plan', 'plan', 'l3', '三是坚持以高质量党建引领企业高质量发展，努力把支部建设成为坚强战斗堡垒。', ''),
        ('p', 'other', 'other', 'close', '以上述职，请上级党组织评议。', ''),
        ('p', 'other', 'other', 'date', '2025年1月10日', 'right'),
    ],
}


def write(doc_id, items, path):
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = 'SimSun'
    st.font.size = Pt(12)
    for it in items:
        if it[0] == 'p':
            _, _, _, _, text, style = it
            if style == 'heading':
                p = d.add_paragraph()
                p.add_run(text).bold = True
            else:
                p = d.add_paragraph(text)
                if style == 'title':
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    p.runs[0].bold = True
                    p.runs[0].font.size = Pt(16)
                elif style == 'center':
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                elif style == 'right':
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            rows = it[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for r, row in enumerate(rows):
                for c, (_, _, _, text) in enumerate(row):
                    cell = t.cell(r, c)
                    lines = text.split('\n')
                    cell.paragraphs[0].text = lines[0]
                    for line in lines[1:]:
                        cell.add_paragraph(line)
    d.core_properties.author = ''
    d.save(path)


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for doc_id, items in DOCS.items():
        write(doc_id, items, os.path.join(OUT, doc_id + '.docx'))
        print('wrote', doc_id + '.docx')
