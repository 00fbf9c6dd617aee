#!/usr/bin/python3
"""Generate the two .docx reports of heldout-7 (run with /usr/bin/python3, needs python-docx).

Each report is a list of blocks in document order:
  ("P", kindsec, text, defects)        a Word paragraph
  ("H", kindsec, text, defects)        a Word paragraph set in bold (title / heading)
  ("TABLE", rows)                      rows = [[(kindsec, text, defects), ...], ...]
kindsec is two letters: the label kind (a=achievement, p=problem, l=plan, o=other) and the
section (a / p / l / o). A cell text with "\n" becomes several paragraphs inside that cell.
defects = [(rule, note), ...] for that paragraph or cell. labels/<id>.tsv and the rows of
defects.tsv for the two .docx reports were written from these same blocks.

Usage: /usr/bin/python3 make_docx.py   (writes ../reports/<id>.docx)
"""
import os
import sys

JIANGKOU = [
    ("H", "oo", "江口县第二中学党支部书记2018年度抓基层党建工作述职报告", []),
    ("P", "oo", "江口县第二中学党支部书记 何文涛", []),
    ("P", "oo", "学校现有教学班42个、在校学生2080名、教职工176名；党支部有党员58名，分语文英语、数理化、史地生、后勤4个党小组。按照县教育局党委的通知要求，我把2018年抓党建的情况向大家报告，先对去年述职时的承诺逐项作出回应。", []),
    ("H", "oa", "一、述责任", []),
    ("P", "aa", "（一）去年承诺事项的落实。去年我作了3项承诺。第一项是每月至少参加1次党小组活动，全年实际参加14次，4个党小组都去过；第二项是改变党员教师“只管教书、不管育人”的状况，推行每名党员教师联系5名学困生，全年58名党员联系学生286名，期末成绩和行为表现明显进步的有171名；第三项是建成校史党建陈列室，目前只完成了老照片和老物件征集，布展因教学楼维修推迟到明年5月。没有按期完成，是我对维修工期估计不足、没有提前调整计划，这一项我列入今年的整改清单。", []),
    ("P", "aa", "（二）抓支委会和党员队伍。我把支委会和校务会分开开，全年主持支委会16次，其中7次专题研究党建；推行“双培养”，今年把4名骨干教师发展为党员，把3名党员教师推荐为年级组长和教研组长。", []),
    ("P", "aa", "（三）抓学习教育。围绕学习十九大精神和“两学一做”常态化制度化，支部坚持“每周一学”，全年集中学习38次。我讲党课4次，其中一次专讲“我们身边的有偿补课”，课后58名党员教师全部签订拒绝有偿补课承诺书，全年学校没有接到一起有偿补课举报。", []),
    ("P", "aa", "（四）抓党建和教学融合。我在高一、高二推行“党员先锋课堂”，每名党员教师每学期上1节公开示范课，全年共上112节；对高三12个班，我安排支委每人包2个班，每周进班听课、和学生谈心。今年高考本科上线人数由去年的318人增加到356人。", []),
    ("P", "aa", "（五）抓师德和作风。今年3月，1名党员教师被家长举报在校外培训机构有偿兼课，我核实后第二天就召开支委会，给予其党内警告处分，取消当年评优资格，并在全校教职工大会上通报；随后对176名教职工的校外兼职情况逐一摸排，全员签订承诺书。", []),
    ("P", "aa", "（六）抓关心关爱。我为3名身患重病的党员教师争取县总工会帮扶资金共2.4万元；教师节前和2名支委走访了19名退休党员教师，收集到学校管理方面的意见建议11条，采纳了其中6条，包括恢复周末图书馆开放。", []),
    ("H", "op", "二、挖问题", []),
    ("P", "pp", "（一）党建和教学的结合还停在“上示范课”的层面。112节示范课大多在展示教学技巧，真正围绕学生思想问题、立德树人设计的只有十几节。我在布置时没有提出育人方面的要求，评课也只看课堂效果。期末问卷中，高二学生认为党员教师“除了上课也关心我们”的比例只有46%，比非党员教师高不了多少。", []),
    ("P", "pp", "（二）党小组作用发挥不均衡。后勤党小组全年只开了6次会，内容多是传达通知；在教职工满意度测评中，后勤7名党员的平均得分比其他党小组低11分。我去后勤党小组的次数最少，全年只有2次，对后勤党员怎样发挥作用没有想过办法。食堂、宿舍是学生意见最集中的地方，去年学生座谈会上提出的14条意见中有9条涉及后勤，后勤党员却很少主动认领。", []),
    ("P", "pp", "（三）青年教师向党组织靠拢的积极性不高。全校35岁以下青年教师52人，今年只有3人递交入党申请书。我和青年教师谈心少，对他们在职称、住房、带毕业班压力等方面的想法掌握不够。有2名青年教师在座谈时说，觉得入党“和自己没什么关系”，我当时没有接着往下谈，会后也没有再找他们，这说明我做青年教师思想工作缺少耐心。", []),
    ("P", "pp", "（四）原因分析。主观上，一是我作为书记兼校长，精力更多放在教学质量和高考上，抓党建的主业意识不强；二是满足于完成上级规定动作，对党建怎样服务立德树人思考不深；三是工作作风不够扎实，对后勤这些“非教学”部门关注不够。客观上学校规模扩大、教学任务重也有影响，但根子在我自己。", []),
    ("H", "ol", "三、谈打算", []),
    ("P", "ol", "针对以上问题，我作出以下整改承诺，列入2019年承诺事项清单，请全校党员监督：", []),
    ("TABLE", [
        [("ol", "问题", []), ("ol", "整改措施", []), ("ol", "责任人", []), ("ol", "完成时限", [])],
        [("pl", "党建和教学结合停在上示范课层面", []),
         ("ll", "1.2019年起党员示范课增设育人环节，每节课安排不少于5分钟的学生思想引导内容，评课表中育人项占30%。\n2.每学期由我组织1次育人案例交流会，全年汇编案例不少于20个。", []),
         ("ol", "党支部书记 何文涛", []), ("ol", "2019年12月", [])],
        [("pl", "后勤党小组作用发挥不充分", []),
         ("ll", "1.我每季度至少参加1次后勤党小组会。\n2.后勤党员每人认领1项服务师生的具体事项，学期末由教职工打分，结果在支部党员大会上通报。", []),
         ("ol", "何文涛、后勤党小组长", []), ("ol", "2019年3月起每季度", [])],
        [("pl", "青年教师向党组织靠拢的积极性不高", []),
         ("ll", "1.我每学期与每名35岁以下青年教师至少谈心1次，谈话情况记入台账。\n2.每名支委联系3至4名青年教师，2019年确定入党积极分子不少于6名。", []),
         ("ol", "何文涛、各支委", []), ("ol", "2019年12月", [])],
        [("pl", "校史党建陈列室未按期建成（上年度承诺）", []),
         ("ll", "1.2019年5月底前完成布展并向全校开放。\n2.布展后纳入新生入学教育和新党员入党第一课。", []),
         ("ol", "何文涛、办公室主任", []), ("ol", "2019年5月", [])],
    ]),
    ("P", "oo", "以上是我的述职，请大家评议。", []),
]

CHENGUANG = [
    ("H", "oo", "晨光区实验幼儿园党支部书记2021年度抓基层党建工作述职报告", []),
    ("H", "oo", "一、基本情况", []),
    ("TABLE", [
        [("oo", "在园幼儿", []), ("oo", "426名", []), ("oo", "教职工", []), ("oo", "61名", [])],
        [("oo", "党员人数", []), ("oo", "14名", []), ("oo", "其中35岁以下党员", []), ("oo", "5名", [])],
        [("oo", "党小组", []), ("oo", "2个", []), ("oo", "入党积极分子", []), ("oo", "3名", [])],
    ]),
    ("P", "oo", "2021年是中国共产党成立100周年，也是党史学习教育之年。一年来，在区教育工委的正确领导下，幼儿园党支部以党史学习教育为主线，紧紧围绕立德树人根本任务，扎实推进党建各项工作，为幼儿园各项事业健康发展提供了坚强保证。现将一年来的工作情况报告如下。", []),
    ("H", "oa", "二、工作开展情况", []),
    ("P", "aa", "1.扎实开展党史学习教育。支部坚持学史明理、学史增信、学史崇德、学史力行，组织党员教师认真学习指定书目，开展“学党史、讲故事”活动，引导党员教师从百年党史中汲取奋进力量，不断增强“四个意识”、坚定“四个自信”、做到“两个维护”，党员的政治素质明显提高。",
     [("COLLECTIVE_VOICE", "支部 only"), ("NO_DATA", "明显提高, no figure or named example"),
      ("SLOGAN_HEAVY", "学史明理学史增信学史崇德学史力行, 汲取奋进力量, 四个意识四个自信两个维护")]),
    ("P", "aa", "2.“我为幼儿办实事”。支部把“我为群众办实事”实践活动落到保教工作中，党员教师主动承担延时服务，帮助双职工家庭解决了“接娃难”问题，家长满意度不断提升。",
     [("COLLECTIVE_VOICE", "支部/党员教师 only (我 only inside the activity names)"), ("NO_DATA", "不断提升, no figure or named example")]),
    ("P", "aa", "3.庆祝建党100周年。7月1日，我组织全园党员和入党积极分子集中收看庆祝大会直播；6月举办了“童心向党”主题文艺汇演，邀请120名家长参加，我园选送的节目《红星闪闪》获区幼儿文艺展演一等奖。9月，我带领党员教师到区档案馆查阅建园档案，把1958年建园时老园长带着4名教师在祠堂里办园的故事编成绘本，在大班幼儿中讲了8次。", []),
    ("P", "aa", "4.加强党员队伍建设。全年发展党员X名，培养入党积极分子X名，开展党员志愿服务XX次。",
     [("PLACEHOLDER_LEFT", "X名, X名, XX次")]),
    ("P", "aa", "5.落实疫情防控。支部组织党员教师做好晨午检、消毒通风、返园排查等工作，党员教师带头值守，全年疫情防控工作平稳有序。",
     [("COLLECTIVE_VOICE", "支部/党员教师 only"), ("NO_DATA", "平稳有序, no figure or example")]),
    ("P", "aa", "6.加强师德师风建设。我园坚持把师德师风作为教师评价的第一标准，组织全体教师签订师德承诺书，开展师德师风专题教育，全园教师依法执教、廉洁从教的意识进一步增强。",
     [("COLLECTIVE_VOICE", "我园 is the kindergarten, not the secretary; no 我 acting"), ("NO_DATA", "进一步增强, no figure or named example")]),
    ("P", "aa", "7.加强支部阵地建设。支部高度重视党建阵地建设，不断完善党员活动室功能，精心打造党建文化长廊，营造了浓厚的党建文化氛围。",
     [("COLLECTIVE_VOICE", "支部 only"), ("NO_DATA", "不断完善, 浓厚氛围, no figure or example")]),
    ("P", "aa", "8.党建带团建。我指导园团支部开展“青蓝结对”，由5名党员骨干教师与8名入职三年内的青年教师结对，每周互相听课1次；今年青年教师在区幼儿教师基本功大赛中获一等奖1名、二等奖2名。", []),
    ("P", "aa", "9.落实意识形态工作责任制。支部严格落实意识形态工作责任制，加强对园内宣传栏、微信公众号和家长群的管理，牢牢掌握意识形态工作的主动权和话语权。",
     [("COLLECTIVE_VOICE", "支部 only"), ("NO_DATA", "牢牢掌握, no figure or example")]),
    ("H", "op", "三、存在的问题", []),
    ("P", "pp", "1.个别党员教师政治理论学习主动性不强，满足于完成规定任务，学习笔记照抄照搬。",
     [("BLAME_OTHERS", "个别党员教师, nothing of the secretary's own")]),
    ("P", "pp", "2.部分青年教师保教经验不足，家园沟通能力有待提高，个别家长对此有意见。",
     [("BLAME_OTHERS", "部分青年教师"), ("PROBLEM_WITHOUT_PLAN", "青年教师保教和家园沟通: no plan on it")]),
    ("P", "pp", "3.由于幼儿园工作琐碎、教师一日保教任务重、人员紧张，支部活动有时不能按时开展。",
     [("OBJECTIVE_CAUSES_ONLY", "工作琐碎, 任务重, 人员紧张; the only cause given, none subjective")]),
    ("H", "ol", "四、下一步打算", []),
    ("P", "ll", "1.继续加强政治理论学习，巩固拓展党史学习教育成果。",
     [("VAGUE_PLAN", "继续加强, 巩固拓展, no owner, target, deadline")]),
    ("P", "ll", "2.支部将进一步发挥党员教师的先锋模范作用，推动党建工作与保教工作深度融合。",
     [("COLLECTIVE_VOICE", "支部将"), ("VAGUE_PLAN", "no owner, target, deadline")]),
    ("P", "ll", "3.合理安排支部活动时间，确保组织生活正常开展。",
     [("VAGUE_PLAN", "no owner, target, deadline")]),
    ("P", "oo", "述职人：苏婉清", []),
    ("P", "oo", "2021年12月20日", []),
]

DOCX_REPORTS = {
    "jiangkou-erzhong-2018": JIANGKOU,
    "chenguang-youeryuan-2021": CHENGUANG,
}


def units(blocks):
    """Yield (kindsec, text, defects) in label order: paragraphs, then table cells row by row."""
    for b in blocks:
        if b[0] == "TABLE":
            for row in b[1]:
                for cell in row:
                    yield cell
        else:
            yield (b[1], b[2], b[3])


def build(blocks, path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "宋体"
    normal.font.size = Pt(12)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    first = True
    for b in blocks:
        if b[0] == "TABLE":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, (_ks, text, _df) in enumerate(row):
                    cell = t.cell(i, j)
                    lines = text.split("\n")
                    cell.paragraphs[0].text = lines[0]
                    for line in lines[1:]:
                        cell.add_paragraph(line)
                    if i == 0 and rows is not None and len(rows) > 1 and text in ("问题", "整改措施", "责任人", "完成时限"):
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
            continue
        kind, _ks, text, _df = b
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind == "H":
            run.bold = True
            if first:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run.font.size = Pt(16)
        elif text.startswith("述职人") or text.startswith("江口县第二中学党支部书记 "):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if text.startswith("江口") else WD_ALIGN_PARAGRAPH.RIGHT
        elif text.endswith("日") and len(text) <= 12:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            p.paragraph_format.first_line_indent = Pt(24)
        first = False
    d.save(path)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "reports")
    os.makedirs(out, exist_ok=True)
    for rid, blocks in DOCX_REPORTS.items():
        path = os.path.join(out, rid + ".docx")
        build(blocks, path)
        print("wrote", os.path.normpath(path))


if __name__ == "__main__":
    sys.exit(main())
