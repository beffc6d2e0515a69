"""Outline: numbering grammar, run-in headings, levels from one stack pass."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.pipeline import outline
from jihua.pipeline.model import Document, Unit
from jihua.pipeline.rules.numbering import first_label, label_from_numbering, match_label
from jihua.pipeline.run_in import cue_split, split_run_in
from jihua.pipeline.text.numerals import cn_to_int, to_number
from jihua.schemas.blocks import Block, Provenance
from jihua.schemas.plan import walk


def _units(lines: list[str | tuple[str, dict]]) -> list[Unit]:
    out = []
    for i, line in enumerate(lines):
        text, hints = (line, {}) if isinstance(line, str) else line
        out.append(Unit(text=text, block=Block(text=text, prov=Provenance(file="t", index=i), **hints)))
    return out


def _outline(lines: list[str | tuple[str, dict]], title: str = "某县2024年双拥工作计划") -> list[tuple[int, str, str]]:
    doc = outline.run(Document(title=title, units=_units(lines)))
    return [(s.level, s.number, s.heading) for s in doc.all_sections()]


@pytest.mark.parametrize(
    ("text", "family", "ordinal", "rest"),
    [("一、指导思想", "cn", 1, "指导思想"), ("（十二）加强领导", "cn_paren", 12, "加强领导"),
     ("(三)、落实政策", "cn_paren", 3, "落实政策"), ("3.开展活动", "arabic", 3, "开展活动"),
     ("3、开展活动", "arabic", 3, "开展活动"), ("（2）邀请官兵", "arabic_paren", 2, "邀请官兵"),
     ("②走访慰问", "circled", 2, "走访慰问"), ("第三章 保障措施", "chapter", 3, "保障措施"),
     ("第十一条 全年活动", "article", 11, "全年活动"), ("二是加强宣传教育。", "shi", 2, "加强宣传教育。"),
     ("02 上年度回顾", "pptnum", 2, "上年度回顾"), ("4.3月5日前后组织活动", "arabic", 4, "3月5日前后组织活动"),
     ("2 演练安排", "decimal1", 2, "演练安排"), ("2.3 专项演练", "decimal2", 3, "专项演练"),
     ("2.3.4 桌面推演", "decimal3", 4, "桌面推演")],
)
def test_numbering_grammar(text: str, family: str, ordinal: int, rest: str) -> None:
    found = match_label(text)
    assert found is not None
    label, after = found
    assert (label.family, label.ordinal, after) == (family, ordinal, rest)


def test_numbers_that_are_not_labels() -> None:
    assert match_label("2023年是全面贯彻落实的开局之年") is None
    assert match_label("1.5万元用于慰问") is None
    assert cn_to_int("二十一") == 21 and cn_to_int("一百零五") == 105
    assert label_from_numbering("（三）").family == "cn_paren"
    # decimal outline labels need a space before their heading: figures and spaced dates are none
    assert match_label("1.5 万元用于慰问") is None and match_label("3 月份开展宣传") is None
    assert match_label("12 项任务全部完成") is None and match_label("1.1编制目的") is None
    assert label_from_numbering("2.1").family == "decimal2"


def test_the_quick_first_character_look_misses_no_family() -> None:
    """match_label looks at the first character before trying each family: every character of
    the Basic Multilingual Plane, in the shapes labels take, must read as the full search reads."""
    shapes = ("{}甲乙", "{}、甲乙", "{} 甲乙", "{}．甲乙", "{})甲乙", "{}1）甲乙", "{}一、甲乙", "{}1.1 甲乙",
              "\u3000{}、甲乙", "{}是甲乙")
    differ = [text for code in range(0x20, 0x10000) if not 0xD800 <= code < 0xE000
              for text in (shape.format(chr(code)) for shape in shapes) if match_label(text) != first_label(text)]
    assert not differ, differ[:5]
    assert match_label("全面落实优抚政策") is None and match_label("（一）加强组织领导")[0].family == "cn_paren"


def test_decimal_outline_numbering_nests_by_depth() -> None:
    got = _outline([
        "1 总则", "1.1 编制目的", "为提高应对突发事件的能力，制定本方案。", "1.2 适用范围", "本方案适用于全县各级各部门。",
        "2 演练安排", "2.1 综合演练", "全年组织县级综合应急演练不少于2次。", "2.1.1 桌面推演", "每季度组织一次桌面推演。",
        "3 保障措施", "县财政安排应急演练经费50万元。",
    ])
    assert got == [(1, "1", "总则"), (2, "1.1", "编制目的"), (2, "1.2", "适用范围"), (1, "2", "演练安排"),
                   (2, "2.1", "综合演练"), (3, "2.1.1", "桌面推演"), (1, "3", "保障措施")]


def test_a_decimal_outline_goes_on_in_sequence_whatever_its_headings_open_with() -> None:
    """"3 项目管理" and "2.2 个人防护" open on a measure word — alone, a quantity; numbered next in a
    decimal outline, a part. Three-part numbers are labels whatever follows ("2.2.1 Ⅱ级预警")."""
    got = _outline([
        "1 总则", "1.1 编制目的", "为规范全市防疫物资储备工作，制定本办法。",
        "2 组织保障", "2.1 指挥机构", "市指挥部统筹物资调度。", "2.2 个人防护", "一线人员每人配备防护服2套。",
        "2.2.1 Ⅱ级预警", "储备口罩10万只。", "2.2.2 Ⅰ级预警", "储备口罩30万只。",
        "3 项目管理", "物资采购项目实行台账管理。",
    ], title="某市防疫物资储备应急预案")
    assert got == [(1, "1", "总则"), (2, "1.1", "编制目的"), (1, "2", "组织保障"), (2, "2.1", "指挥机构"),
                   (2, "2.2", "个人防护"), (3, "2.2.1", "Ⅱ级预警"), (3, "2.2.2", "Ⅰ级预警"), (1, "3", "项目管理")]


def test_a_number_out_of_the_outlines_sequence_stays_a_quantity() -> None:
    """Only the next number continues the outline: "5 个乡镇…" after "1.2" is the text's own figure,
    and "3 月底前…" after "2" a date spaced out."""
    got = _outline(["1 总则", "1.1 编制目的", "为做好秋冬季防火工作，制定本方案。", "1.2 适用范围",
                    "5 个乡镇纳入重点防火区域", "2 工作任务", "3 月底前完成隐患排查"], title="某县秋冬季防火工作方案")
    assert got == [(1, "1", "总则"), (2, "1.1", "编制目的"), (2, "1.2", "适用范围"), (1, "2", "工作任务")]
    assert match_label("2 组织体系") is None  # no outline before it: "2组" reads as a quantity
    # a line that stops at a comma goes on in the next line: "2 个行政村…" there is the sentence's own figure
    got = _outline(["1 总则", "1.1 编制目的", "为做好全县防汛工作，制定本预案。", "1.2 基本情况",
                    "全县水利工程点多面广。", "全县共有小型水库14座、山塘42处，", "2 座病险水库位于集镇上游",
                    "2 组织体系", "县防汛抗旱指挥部统一指挥。"], title="某县防汛应急预案")
    assert got == [(1, "1", "总则"), (2, "1.1", "编制目的"), (2, "1.2", "基本情况"), (1, "2", "组织体系")]


def test_run_in_heading_is_split() -> None:
    assert split_run_in("指导思想。以习近平新时代中国特色社会主义思想为指导") == ("指导思想", "以习近平新时代中国特色社会主义思想为指导")
    # a short tail after a colon belongs to the heading
    assert split_run_in("第一阶段：宣传发动（2025年3月—4月）") == ("第一阶段：宣传发动（2025年3月—4月）", None)
    assert cue_split("强化组织领导，健全完善双拥工作体系把双拥工作列入党委重要议事日程") == (
        "强化组织领导，健全完善双拥工作体系", "把双拥工作列入党委重要议事日程")
    # typed with half-width punctuation: the ASCII "." after the name ends it as 。 would
    assert split_run_in("队伍建设.每月开展业务学习1次,提升服务能力.") == ("队伍建设", "每月开展业务学习1次,提升服务能力.")
    assert split_run_in("阵地建设(含“书香驿站”).新建阅览点3处") == ("阵地建设(含“书香驿站”)", "新建阅览点3处")


def test_levels_follow_the_numbering_families() -> None:
    got = _outline([
        "为做好全年工作，制定本计划。",
        "一、指导思想", "坚持以习近平新时代中国特色社会主义思想为指导。",
        "二、主要任务", "（一）加强宣传", "1.开展宣传月活动", "每年7月开展宣传月活动，全年刊发稿件不少于40篇。",
        "2.推进国防教育", "会同教育局开设国防教育课，每学期不少于2课时。",
        "（二）支持部队", "建立军地需求对接机制，每季度召开一次联席会议。",
        "三、保障措施", "县财政安排专项经费不少于50万元。",
    ])
    assert got == [(1, "一、", "指导思想"), (1, "二、", "主要任务"), (2, "（一）", "加强宣传"), (3, "1.", "开展宣传月活动"),
                   (3, "2.", "推进国防教育"), (2, "（二）", "支持部队"), (1, "三、", "保障措施")]


def test_numbered_sentences_are_items_not_headings() -> None:
    got = _outline([
        "一、工作要求",
        "1、调整充实社区拥军优属工作领导小组，由社区党委书记任组长，网格员为成员。",
        "2、明确1名社区工作人员专门负责拥军优属日常工作。",
        "3、每季度召开一次拥军优属工作例会。",
    ])
    assert got == [(1, "一、", "工作要求")]


def test_titled_numbered_entries_that_run_into_body_are_headings() -> None:
    got = _outline(["三、主要工作", "1.组织保障。公司成立双拥共建工作领导小组，由党委书记任组长。",
                    "2.经费保障。公司每年安排双拥共建专项经费不少于10万元。"])
    assert got == [(1, "三、", "主要工作"), (2, "1.", "组织保障"), (2, "2.", "经费保障")]


def test_unnumbered_headings_from_shape_and_weight() -> None:
    got = _outline([
        "指导思想", "以习近平新时代中国特色社会主义思想为指导，认真贯彻上级部署。",
        "工作目标", "全年开展拥军优属主题活动不少于8次。",
        "具体目标", ("宣传教育", {"bold": True}), "开展双拥宣传活动不少于10次。",
        ("走访慰问", {"bold": True}), "春节前由社区党委书记带队走访慰问辖区军属。",
    ])
    # a bold line under a plain one is set apart on purpose: it is the sub-heading
    assert [(lvl, h) for lvl, _, h in got] == [(1, "指导思想"), (1, "工作目标"), (1, "具体目标"), (2, "宣传教育"),
                                                (2, "走访慰问")]


def test_explicit_outline_levels_win_over_label_families() -> None:
    got = _outline([
        ("二、20xx年4—6月", {"outline_level": 0, "kind": "heading"}), "开展卫生整治活动。",
        ("20xx年军民共建工作目标", {"outline_level": 0, "kind": "heading"}), "立足基层，深化军民共建成果。",
        ("一、加强宣传力度，增强双拥意识", {"outline_level": 1, "kind": "heading"}), "搞好社区双拥宣传教育工作。",
    ])
    assert [lvl for lvl, _, _ in got] == [1, 1, 2]


def test_deck_divider_and_repeated_slide_title_make_one_heading() -> None:
    got = _outline([
        ("一、总体要求", {"kind": "heading", "role": "divider", "numbering": "01"}),
        ("一、总体要求", {"kind": "heading", "role": "slide_title"}),
        "以习近平新时代中国特色社会主义思想为指导。",
        ("某县2024年双拥工作计划", {"kind": "heading", "role": "slide_title"}),
    ])
    assert got == [(1, "一、", "总体要求")]


def test_same_outline_from_every_rendering(parser, corpus_files: Path, expected) -> None:
    want = [(h["level"], h["number"], h["heading"]) for h in expected("qinghe-2023-plan")["documents"][0]["headings"]]
    for name in ("styled.docx", "autonum.docx", "pptx", "pdf", "html", "gb18030.txt", "md"):
        result = parser.parse(corpus_files / f"qinghe-2023-plan.{name}")
        doc = result.documents[0]

        def flat(sections):
            for s in sections:
                yield s
                yield from flat(s.children)

        got = [(s.level, s.number.replace(".", "."), s.heading) for s in flat(doc.sections)]
        assert got == want, name


def test_numbering_that_starts_over_nests_under_the_unnumbered_heading_before_it() -> None:
    got = _outline([
        "二、4—6月", "开展卫生整治活动，组织义诊。", "三、7—9月", "组织暑期志愿服务和军民联谊活动。",
        "双拥共建工作目标", "立足基层，深化军民共建成果，主要目标是：",
        "一、加强宣传力度", "搞好社区双拥宣传教育工作，营造良好氛围。", "二、创建文明社区", "广泛开展军民共建活动。",
    ])
    assert [(lvl, h) for lvl, _, h in got] == [(1, "4—6月"), (1, "7—9月"), (1, "双拥共建工作目标"), (2, "加强宣传力度"),
                                                (2, "创建文明社区")]


def test_cover_notice_is_unwrapped_and_parts_nest(parser, tmp_path: Path) -> None:
    text = "\n".join([
        "关于印发《长林镇2025年拥军优属工作实施方案》的通知", "各村（社区）、镇直各单位：",
        "现将《长林镇2025年拥军优属工作实施方案》印发给你们，请认真贯彻落实。", "长林镇人民政府", "2025年2月10日",
        "长林镇2025年拥军优属工作实施方案", "第一部分 总体要求", "以习近平新时代中国特色社会主义思想为指导，推动工作提质增效。",
        "第二部分 保障措施", "一、加强组织领导。成立工作专班，由镇长任组长。",
        "二、强化督查考核。将拥军优属工作纳入年度考核，考核结果与评先评优挂钩。",
    ])
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    result = parser.parse(path)
    doc = result.documents[0]
    # the title names the place, the notice's seal its government: the place speaking, its name stands
    assert (doc.title, doc.org, doc.year, doc.doc_type) == ("长林镇2025年拥军优属工作实施方案", "长林镇", 2025, "plan")
    assert [(s.level, s.number, s.heading) for s in doc.sections] == [(1, "第一部分", "总体要求"), (1, "第二部分", "保障措施")]
    assert [c.heading for c in doc.sections[1].children] == ["加强组织领导", "强化督查考核"]
    assert "关于印发《长林镇2025年拥军优属工作实施方案》的通知" in result.removed


def test_summary_then_next_years_plan_under_separate_titles_are_two_documents(parser, tmp_path: Path) -> None:
    text = "\n".join([
        "城南街道2024年双拥工作总结", "2024年，城南街道认真贯彻上级部署，扎实开展双拥工作，取得明显成效。",
        "一、主要工作", "春节、“八一”期间走访慰问优抚对象236户，发放慰问金11.8万元。",
        "二、存在的不足", "宣传形式较为单一，社会力量参与不够，需要在新的一年加以改进。",
        "城南街道2025年双拥工作计划", "为做好2025年双拥工作，结合街道实际，制定本计划。",
        "一、工作目标", "全年开展军民共建活动不少于8次，走访慰问优抚对象全覆盖。",
    ])
    path = tmp_path / "both.txt"
    path.write_text(text, encoding="utf-8")
    docs = parser.parse(path).documents
    assert [(d.title, d.year, d.doc_type) for d in docs] == [("城南街道2024年双拥工作总结", 2024, "summary"),
                                                             ("城南街道2025年双拥工作计划", 2025, "plan")]
    assert docs[0].targets == [] and [t.value for t in docs[1].targets] == [8]  # 全覆盖 prints no figure


def test_one_numeral_reader_for_labels_and_figures() -> None:
    """Labels and targets read numerals through one function: 千/万/亿, 两 and 〇 included."""
    assert [to_number(s) for s in ("十二", "两千", "三万", "1.3万", "一千零一", "〇", "12", "2.5")] == [
        12, 2000, 30000, 13000, 1001, 0, 12, 2.5]
    assert to_number("若干") is None and cn_to_int("1.5") is None and cn_to_int("") is None


def test_numbered_stages_of_a_schedule_are_titled_by_their_names() -> None:
    got = _outline([
        "三、实施步骤",
        "1.宣传发动阶段（2025年3月1日—3月31日）。召开动员大会，制定社区工作方案，开展入户宣传。",
        "2.全面实施阶段（2025年4月1日—11月30日）。全面推行定时定点投放，组织志愿者桶边督导。",
        "3.总结提升阶段（2025年12月）。开展考核评比，总结经验做法，评选示范小区5个。",
    ])
    assert got == [(1, "三、", "实施步骤"), (2, "1.", "宣传发动阶段（2025年3月1日—3月31日）"),
                   (2, "2.", "全面实施阶段（2025年4月1日—11月30日）"), (2, "3.", "总结提升阶段（2025年12月）")]


def test_a_months_schedule_with_its_entries_on_one_line() -> None:
    """"五、六月份" names two months (no part five); "1.…。2.…。" on one line is a list, not a sub-part."""
    got = _outline([
        "四、月工作安排",
        ("二月份", {"bold": True}), "1.制定学期德育工作计划。2.开展开学第一课活动。",
        ("三月份", {"bold": True}), "1.开展志愿服务月活动。2.召开家长会。",
        ("五、六月份", {"bold": True}), "1.“六一”儿童节庆祝活动。2.期末学生综合素质评价。",
    ])
    assert got == [(1, "四、", "月工作安排"), (2, "", "二月份"), (2, "", "三月份"), (2, "", "五、六月份")]


def test_a_hand_typed_label_takes_the_level_word_gave_its_family() -> None:
    """一、 and （一） set in Heading 1/2, then "（二）" and "三、" typed as plain bold lines."""
    got = _outline([
        ("一、工作目标", {"outline_level": 0, "kind": "heading"}), "全年走访慰问重点优抚对象不少于800人次。",
        ("二、主要任务", {"outline_level": 0, "kind": "heading"}),
        ("（一）做好退役军人安置", {"outline_level": 1, "kind": "heading"}), "确保退役士兵安置率达到100%。",
        ("（二）加强优抚保障", {"bold": True}), "确保各类优抚金按时足额发放。",
        ("三、保障措施", {"bold": True}), "局主要领导每季度听取一次工作汇报。",
    ])
    assert got == [(1, "一、", "工作目标"), (1, "二、", "主要任务"), (2, "（一）", "做好退役军人安置"),
                   (2, "（二）", "加强优抚保障"), (1, "三、", "保障措施")]


def test_a_label_on_a_line_of_its_own_and_a_heading_broken_by_hand() -> None:
    got = _outline([
        "一、主要任务", "（一）", "推进农村公路安全生命防护工程", "完成危桥改造8座。",
        "（二）加强农村公路养护管理，\n建立健全长效机制", "全年实施养护工程60公里。",
    ])
    assert got == [(1, "一、", "主要任务"), (2, "（一）", "推进农村公路安全生命防护工程"),
                   (2, "（二）", "加强农村公路养护管理，建立健全长效机制")]


def test_a_short_numbered_goal_with_nothing_under_it_is_an_entry() -> None:
    """"（一）单位GDP能耗下降3%，严控高耗能项目" alone under its part titles nothing: an entry; the
    same shape with text under it still titles a sub-part."""
    got = _outline(["一、推进节能降碳", "（一）单位GDP能耗下降3%，严控高耗能项目",
                    "二、加强基础建设", "（一）新建污水管网12公里，补齐短板", "全年完成管网改造，消除黑臭水体。",
                    "（二）改造老旧供水管网8公里，减少漏损"])
    assert got == [(1, "一、", "推进节能降碳"), (1, "二、", "加强基础建设"),
                   (2, "（一）", "新建污水管网12公里，补齐短板")]


def test_a_box_of_projects_is_the_parts_text_not_its_sub_parts() -> None:
    """"专栏2 …工程" titles a box of projects inside a part: the box and its numbered projects are
    the part's text; the part's next sibling closes the box."""
    got = _outline(["一、完善综合交通网络", "（一）加快干线公路建设", "新改建国省干线公路80公里。",
                    "专栏2 干线公路重点工程", "（1）国道改线工程：新建一级公路32公里。",
                    "（2）省道提级工程：改造二级公路48公里。",
                    "（二）提升农村公路水平", "新改建农村公路200公里。"])
    assert got == [(1, "一、", "完善综合交通网络"), (2, "（一）", "加快干线公路建设"),
                   (2, "（二）", "提升农村公路水平")]


def test_numbered_sub_part_names_closed_by_a_full_stop_are_headings() -> None:
    """公文 close their 小标题 with 。: "1.违规停车。" on its own line over its text, beside siblings of
    the same shape (one of them titling nothing but the next sibling), titles a sub-part; a list
    deeper under one of them keeps the nesting."""
    got = _outline([
        "一、整治内容", "（一）规范城区停车秩序",
        "1.违规停车。", "在主次干道开展常态化巡查，每日巡查不少于3轮。",
        "2.占道经营。", "3.共享单车乱停放。", "督促运营企业每日清理堆放点位。",
        "（二）消除背街小巷隐患", "1.摸清底数。", "对背街小巷逐条登记。",
        "2.分类整治。", "（1）一般问题。由所在街道在15日内整改到位。", "（2）突出问题。报区政府挂牌督办，限期销号。",
    ], title="某区2026年市容环境整治方案")
    assert got == [(1, "一、", "整治内容"), (2, "（一）", "规范城区停车秩序"), (3, "1.", "违规停车"),
                   (3, "2.", "占道经营"), (3, "3.", "共享单车乱停放"), (2, "（二）", "消除背街小巷隐患"),
                   (3, "1.", "摸清底数"), (3, "2.", "分类整治"), (4, "（1）", "一般问题"), (4, "（2）", "突出问题")]


def test_short_numbered_entries_closed_by_a_full_stop_stay_entries() -> None:
    """"1.制定方案。" "2.组织培训。" "3.总结验收。" listed back to back before a paragraph: entries of a
    list (only the last has text after it); so is a lone one, with no sibling to share its shape."""
    got = _outline([
        "一、工作步骤", "1.制定方案。", "2.组织培训。", "3.总结验收。", "各科室要按时报送工作进展情况，确保按期完成。",
        "二、工作要求", "（1）压实责任。", "各科室主要负责人是第一责任人，要亲自部署推动。",
        "三、其他事项", "1.新增巡查点位12个。", "由城管中队负责设置并每日巡查。",
        "2.更换破损护栏300米。", "由市政所负责实施。",
    ], title="某区2026年市容环境整治方案")
    assert got == [(1, "一、", "工作步骤"), (1, "二、", "工作要求"), (1, "三、", "其他事项")]


def test_word_numbered_entries_keep_their_label_in_the_text(parser, tmp_path: Path) -> None:
    """A label Word draws from its numbering is no part of the paragraph's text; an entry read as
    body text shows it still, as a typed label would be."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    w = nsdecls("w")
    doc = docx.Document()
    doc.add_paragraph("某社区2026年垃圾分类工作计划")
    numbering = doc.part.numbering_part.element
    numbering.append(parse_xml(f'<w:abstractNum {w} w:abstractNumId="41"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                               f'<w:numFmt w:val="decimal"/><w:lvlText w:val="（%1）"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="41"><w:abstractNumId w:val="41"/></w:num>'))
    doc.add_paragraph("一、主要任务")
    for text in ["每周三开展一次入户宣传，发放分类指南，覆盖全部住户。", "每月评选一次分类示范户，张榜公布并给予奖励。"]:
        p = doc.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {w}><w:ilvl w:val="0"/><w:numId w:val="41"/></w:numPr>'))
    path = tmp_path / "numbered.docx"
    doc.save(str(path))
    part = parser.parse(path).documents[0].sections[0]
    assert part.paragraphs == ["（1）每周三开展一次入户宣传，发放分类指南，覆盖全部住户。",
                               "（2）每月评选一次分类示范户，张榜公布并给予奖励。"]
    assert [b.label for b in part.blocks] == ["（1）", "（2）"]


def test_a_year_leading_its_paragraph_titles_no_part() -> None:
    """"2027年：建成…" opens a paragraph with the year it plans for; a heading that is only a year
    names a schedule's period (classify), but a year run into its text is no heading."""
    got = _outline(["一、分年度目标", "2027年：建成示范社区3个，居民知晓率达到60%以上。",
                    "2028年：建成示范社区5个，居民知晓率达到80%以上。", "二、保障措施", "各街道要明确专人负责。"],
                   title="某区2027—2028年垃圾分类示范社区建设方案")
    assert got == [(1, "一、", "分年度目标"), (1, "二、", "保障措施")]


_HALF_WIDTH_PLAN = """柳塘镇文化站2025年工作计划
一.重点工作
（一）阵地建设.新建农家书屋2个,更新图书不少于3000册.每月开放不少于20天.
(二)文艺活动.举办广场文艺演出12场.组织“村晚”展演1次.
1.培育文艺队伍
扶持村级文艺队8支,把文化服务送到田间地头.
2.开展非遗传承
组织非遗进校园活动4场.
二.时间安排
1-6月:完成书屋选址,开展春节系列活动.
7-12月:完成书屋建设,做好年度考核.
"""


def test_a_plan_typed_with_ascii_periods_keeps_its_items_and_sentences(parser, tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(_HALF_WIDTH_PLAN, encoding="utf-8")
    [doc] = parser.parse(path).documents
    work, schedule = doc.sections
    assert [(c.number, c.heading) for c in work.children] == [("（一）", "阵地建设"), ("(二)", "文艺活动")]
    assert [(c.number, c.heading) for c in work.children[1].children] == [("1.", "培育文艺队伍"), ("2.", "开展非遗传承")]
    assert work.children[0].paragraphs == ["新建农家书屋2个,更新图书不少于3000册.每月开放不少于20天."]
    assert schedule.children == [] and len(schedule.paragraphs) == 2  # a dated list's entries, no parts
    texts = {t.text for t in doc.targets}
    assert {"新建农家书屋2个", "举办广场文艺演出12场", "组织“村晚”展演1次"} <= texts


_NUMBERED_REVIEW = [
    "01 抓实理论武装",
    "全年组织中心组学习12次，开办青年理论学习小组4个，覆盖青年干部180人。",
    "02 建强基层支部",
    "完成8个村党支部规范化建设，新发展党员15名。",
]


@pytest.mark.parametrize("closing", ["下一步工作打算", "存在的不足", "2026年工作思路和打算"])
def test_an_unnumbered_closing_part_after_a_numbered_series_stands_beside_it(closing: str) -> None:
    """A summary numbered 01, 02… that closes with an unnumbered 打算 or 不足: that part is the
    document's, not the last numbered part's."""
    lines = [*_NUMBERED_REVIEW, closing, "围绕乡村振兴，持续推进村级活动场所提档升级。"]
    assert [(level, heading) for level, _, heading in _outline(lines, "红枫乡党委2025年党建工作总结")] == [
        (1, "抓实理论武装"), (1, "建强基层支部"), (1, closing)]


def test_a_parts_own_shortfalls_and_plans_stay_under_it_while_the_series_goes_on() -> None:
    """Each numbered part closing on its own 不足 and 打算: they are its children, and the next numbered
    part is the first one's sibling; a 不足 between numbered parts is the part's before it."""
    lines = ["一、党建工作", "全年召开党组会议10次。", "存在的不足", "学习形式较为单一。", "下一步打算",
             "推行线上学习。", "二、业务工作", "完成土地流转1.2万亩。", "存在的不足", "项目储备不足。"]
    assert [(level, heading) for level, _, heading in _outline(lines, "丰林县农业农村局2025年工作总结")] == [
        (1, "党建工作"), (2, "存在的不足"), (2, "下一步打算"), (1, "业务工作"), (2, "存在的不足")]
    lines = ["一、主要成效", "新增就业岗位800个。", "二、主要做法", "推行清单管理。", "存在的不足", "服务短板仍在。",
             "三、2026年工作计划", "新增就业岗位1000个以上。"]
    assert [(level, heading) for level, _, heading in _outline(lines, "丰林县人社局2025年工作总结")][2:] == [
        (2, "存在的不足"), (1, "2026年工作计划")]


def test_a_closing_part_after_the_last_part_stands_beside_the_series_whatever_it_holds() -> None:
    """The closing 不足 and 打算 after "一、"'s （一）（二）, the 打算 holding its own （一）（二）; a 打算 after a part
    naming only its problems; a 打算 after numbered parts one of which had its own 不足."""
    lines = ["一、主要工作", "（一）粮食生产", "完成粮食播种3.2万亩。", "（二）乡村建设", "完成改厕260户。", "存在的不足",
             "产业链条短。", "下一步工作打算", "（一）稳定粮食生产", "落实耕地保护。", "（二）推进乡村建设", "开展村庄清洁行动。"]
    assert [(level, heading) for level, _, heading in _outline(lines, "河口乡2025年工作总结")] == [
        (1, "主要工作"), (2, "粮食生产"), (2, "乡村建设"), (1, "存在的不足"), (1, "下一步工作打算"), (2, "稳定粮食生产"),
        (2, "推进乡村建设")]
    lines = ["一、2025年工作回顾", "（一）产业发展", "新增规上企业6家。", "（二）民生保障", "新增就业800人。", "下一步工作打算",
             "（一）壮大产业", "培育龙头企业。", "（二）改善民生", "办好民生实事。", "（三）优化服务", "推行一网通办。"]
    assert [(level, heading) for level, _, heading in _outline(lines, "河口县2025年工作总结")][3:5] == [
        (1, "下一步工作打算"), (2, "壮大产业")]
    lines = ["一、主要成效", "新增市场主体900户。", "二、存在的问题", "服务效能不高。", "2026年工作打算", "优化营商环境。"]
    assert [(level, heading) for level, _, heading in _outline(lines, "河口县市场监管局2025年工作总结")][-1] == (1, "2026年工作打算")
    lines = ["一、党建工作", "召开党委会12次。", "存在的不足", "学习不够深入。", "二、经济工作", "完成投资3亿元。",
             "下一步工作打算", "持续抓好项目建设。"]
    assert [(level, heading) for level, _, heading in _outline(lines, "河口乡2025年工作总结")][-1] == (1, "下一步工作打算")


def test_a_part_named_for_problems_and_plans_keeps_its_unnumbered_parts() -> None:
    lines = ["一、主要成绩", "全年新增市场主体620户。", "二、问题和打算", "存在的问题",
             "服务企业的办法还不多。", "下一步打算", "开展入企走访。"]
    assert _outline(lines, "青岚县市场监管局2025年工作总结") == [
        (1, "一、", "主要成绩"), (1, "二、", "问题和打算"), (2, "", "存在的问题"), (2, "", "下一步打算")]


def test_a_slide_continuing_a_part_joins_that_part(parser, tmp_path: Path) -> None:
    """A part carried over several slides, each one after the first marked （续） or （接上页）, with
    its number or without: one part holding every slide's text, not a new heading per slide."""
    from pptx import Presentation

    deck = Presentation()
    deck.slides.add_slide(deck.slide_layouts[0]).shapes.title.text = "青松县交通运输局2025年工作总结"
    for title, lines in (("一、农村公路建设", ["新改建农村公路86公里，完成危桥改造7座。"]),
                         ("一、农村公路建设（续）", ["新增镇村公交线路5条，建制村通客车率保持100%。"]),
                         ("二、养护管理", ["落实县乡村三级路长制，列养率达到100%。"]),
                         ("养护管理（接上页）", ["完成公路安全生命防护工程42公里。"]),
                         ("三、存在的不足", ["养护资金来源单一，缺口较大。"])):
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = title
        slide.placeholders[1].text_frame.text = "\n".join(lines)
    path = tmp_path / "continued.pptx"
    deck.save(str(path))
    doc = parser.parse(path).documents[0]
    assert [(s.level, s.number, s.heading) for s in walk(doc.sections)] == [
        (1, "一、", "农村公路建设"), (1, "二、", "养护管理"), (1, "三、", "存在的不足")]
    built, kept, _ = doc.sections
    assert built.paragraphs == ["新改建农村公路86公里，完成危桥改造7座。", "新增镇村公交线路5条，建制村通客车率保持100%。"]
    assert kept.paragraphs == ["落实县乡村三级路长制，列养率达到100%。", "完成公路安全生命防护工程42公里。"]


def _report_deck(path: Path, title: str, slides: list[tuple[str, str, list[str]]]) -> Path:
    """A deck of a cover and slides given as (kind, title, body lines): kind "divider" is a section
    header slide holding only its part's title, "content" a title-and-text slide, "table" a title
    over a table whose rows are the lines' "｜"-separated cells."""
    from pptx import Presentation

    deck = Presentation()
    cover = deck.slides.add_slide(deck.slide_layouts[0])
    cover.shapes.title.text = title
    cover.placeholders[1].text_frame.text = "汇报人：李明远\n2026年1月"
    for kind, heading, lines in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[2 if kind == "divider" else 1])
        slide.shapes.title.text = heading
        if kind in ("divider", "table"):
            slide.placeholders[1].element.getparent().remove(slide.placeholders[1].element)
        if kind == "table":
            rows = [line.split("｜") for line in lines]
            grid = slide.shapes.add_table(len(rows), len(rows[0]), 457200, 1600200, 8229600, 370840 * len(rows)).table
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    grid.cell(r, c).text = cell
        elif kind != "divider":
            slide.placeholders[1].text_frame.text = "\n".join(lines)
    deck.save(str(path))
    return path


def test_a_labelled_divider_and_content_slides_numbered_alike_are_one_series(parser, tmp_path: Path) -> None:
    """"一、" on a divider slide, then "二、" and "三、" as content-slide titles: three parts side by
    side, the divider's content slides under the first."""
    path = _report_deck(tmp_path / "report.pptx", "石门镇农业综合服务中心主任2025年度述职报告", [
        ("divider", "一、年度主要工作", []),
        ("content", "（一）抓好粮食生产，稳住基本盘", ["全镇粮食播种面积4.2万亩，总产1.9万吨。"]),
        ("content", "（二）推广农业技术，提升服务质效", ["举办农技培训班18期，培训农户1260人次。"]),
        ("content", "（三）落实惠农政策，保障资金到户", ["发放耕地地力保护补贴共计386万元。"]),
        ("content", "二、工作中的短板", ["农技队伍年龄偏大，新技术推广覆盖面不够。"]),
        ("content", "三、下一年度工作设想", ["建设高标准农田3000亩，新培育家庭农场12家。"]),
    ])
    got = [(s.level, s.number, s.heading) for s in walk(parser.parse(path).documents[0].sections)]
    assert got == [(1, "一、", "年度主要工作"), (2, "（一）", "抓好粮食生产，稳住基本盘"),
                   (2, "（二）", "推广农业技术，提升服务质效"), (2, "（三）", "落实惠农政策，保障资金到户"),
                   (1, "二、", "工作中的短板"), (1, "三、", "下一年度工作设想")]


def test_an_unlabelled_divider_still_holds_the_numbered_slides_after_it(parser, tmp_path: Path) -> None:
    """A divider without a label ("工作回顾") opens a part; the "（一）" slides after it are its children."""
    path = _report_deck(tmp_path / "review.pptx", "柳河县水务局2025年工作汇报", [
        ("divider", "工作回顾", []),
        ("content", "（一）农村供水保障", ["新建改建集中供水工程9处，受益人口2.3万人。"]),
        ("content", "（二）河湖长制落实", ["县乡村三级河长巡河4800余人次。"]),
        ("divider", "明年安排", []),
        ("content", "（一）水利工程建设", ["开工建设中型灌区续建配套工程1处。"]),
    ])
    got = [(s.level, s.number, s.heading) for s in walk(parser.parse(path).documents[0].sections)]
    assert got == [(1, "", "工作回顾"), (2, "（一）", "农村供水保障"), (2, "（二）", "河湖长制落实"),
                   (1, "", "明年安排"), (2, "（一）", "水利工程建设")]


def test_slides_numbering_their_own_list_under_a_labelled_divider_stay_its_children() -> None:
    """"一、…" on a divider, then slides numbered "一、", "二、" again: a list inside the part, not its siblings."""
    divider, slide = {"kind": "heading", "role": "divider"}, {"kind": "heading", "role": "slide_title"}
    got = _outline([
        ("一、上半年工作进展", divider), ("一、污水管网改造", slide), "完成雨污分流改造管网14公里。",
        ("二、垃圾分类推进", slide), "新增分类投放点76个。",
        ("二、下半年工作安排", divider), ("一、黑臭水体整治", slide), "完成两条支流清淤。",
    ], "桐溪区城市管理局2025年上半年工作汇报")
    assert [(lvl, h) for lvl, _, h in got] == [(1, "上半年工作进展"), (2, "污水管网改造"), (2, "垃圾分类推进"),
                                               (1, "下半年工作安排"), (2, "黑臭水体整治")]


def test_dividers_labelled_and_not_in_one_deck_all_stay_the_decks_parts(parser, tmp_path: Path) -> None:
    """"一、", "二、" on two dividers and a third divider with no number: the deck does not number its
    parts, so every divider is a part at the top and the "（一）" slides after each are its children."""
    path = _report_deck(tmp_path / "mixed.pptx", "青岚区市场监督管理局2025年工作汇报", [
        ("divider", "一、全年工作情况", []),
        ("content", "（一）食品安全监管", ["抽检食品批次3150批，合格率98.6%。"]),
        ("divider", "二、面临的困难", []),
        ("content", "（一）基层执法力量不足", ["所均执法人员不足5人。"]),
        ("divider", "明年工作思路", []),
        ("content", "（一）优化营商环境", ["新增经营主体力争达到6800户。"]),
        ("content", "（二）守牢安全底线", ["特种设备定期检验率保持100%。"]),
    ])
    doc = parser.parse(path).documents[0]
    got = [(s.level, s.number, s.heading) for s in walk(doc.sections)]
    assert got == [(1, "一、", "全年工作情况"), (2, "（一）", "食品安全监管"), (1, "二、", "面临的困难"),
                   (2, "（一）", "基层执法力量不足"), (1, "", "明年工作思路"), (2, "（一）", "优化营商环境"),
                   (2, "（二）", "守牢安全底线")]
    assert doc.sections[-1].type == "outlook"


def test_unnumbered_slides_outside_a_decks_numbered_parts_stand_beside_them(parser, tmp_path: Path) -> None:
    """A talk deck of one slide per numbered part, an unnumbered slide before the first ("前言") and
    a table of the year's indicators after the last: no numbered part holds an unnumbered slide, so
    those slides are parts of the deck beside the numbered ones, and the indicator slide types goals
    on its own. A slide of text after the last part is that part's content, as it always was."""
    path = _report_deck(tmp_path / "talk.pptx", "青峡县2026年政府工作报告解读", [
        ("content", "前言", ["过去一年，全县上下克服困难，主要指标好于预期。"]),
        ("content", "一、过去一年的主要成绩", ["地区生产总值达到156亿元，增长6.4%。"]),
        ("content", "二、今年发展的总体要求", ["坚持稳中求进，突出项目建设和民生改善。"]),
        ("content", "三、今年重点抓好的工作", ["实施重点项目48个，完成投资95亿元。"]),
        ("table", "2026年主要指标一览", ["指标｜目标", "一般公共预算收入增长｜5%", "城镇新增就业｜2800人"]),
    ])
    sections = list(walk(parser.parse(path).documents[0].sections))
    assert [(s.level, s.number, s.heading) for s in sections] == [
        (1, "", "前言"), (1, "一、", "过去一年的主要成绩"), (1, "二、", "今年发展的总体要求"),
        (1, "三、", "今年重点抓好的工作"), (1, "", "2026年主要指标一览")]
    assert sections[4].type == "goals"


def test_slides_of_text_after_a_decks_last_numbered_part_are_its_contents(parser, tmp_path: Path) -> None:
    """"三、明年工作思路" and then three titled slides of next year's work: the part's own contents, typed as
    it is and their figures next year's targets, not parts of the review beside it."""
    path = _report_deck(tmp_path / "summary.pptx", "白沙县卫生健康局2026年工作总结", [
        ("content", "一、主要成效", ["新建村卫生室12个，家庭医生签约率达到78%。"]),
        ("content", "二、存在不足", ["基层医疗人才短缺。"]),
        ("content", "三、2027年工作思路", ["坚持以基层为重点。"]),
        ("content", "提升基层服务能力", ["新建乡镇卫生院发热门诊3个。"]),
        ("content", "加强人才队伍建设", ["招聘乡村医生45名。"]),
    ])
    [doc] = parser.parse(path).documents
    sections = list(walk(doc.sections))
    assert [(s.level, s.heading) for s in sections][3:] == [(2, "提升基层服务能力"), (2, "加强人才队伍建设")]
    assert sections[3].type == sections[2].type != "review"
    assert {(t.value, t.unit) for t in doc.targets} >= {(3, "个"), (45, "名")}


def test_unnumbered_slides_inside_a_decks_numbered_parts_stay_their_children(parser, tmp_path: Path) -> None:
    """Numbered parts whose content slides carry titles of their own: those slides, the last part's
    as well, are the parts' children."""
    path = _report_deck(tmp_path / "plan.pptx", "松溪镇2026年农村人居环境整治工作方案", [
        ("content", "一、总体要求", ["以改厕、垃圾和污水治理为重点，整村推进。"]),
        ("content", "工作目标", ["年底前完成农村户厕改造620户。"]),
        ("content", "二、重点任务", ["分片包干，逐村建立整治台账。"]),
        ("content", "垃圾治理", ["新建垃圾分类收集点35个。"]),
        ("content", "污水治理", ["建成村级污水处理站4座。"]),
    ])
    got = [(s.level, s.number, s.heading) for s in walk(parser.parse(path).documents[0].sections)]
    assert got == [(1, "一、", "总体要求"), (2, "", "工作目标"), (1, "二、", "重点任务"),
                   (2, "", "垃圾治理"), (2, "", "污水治理")]


def test_a_tables_caption_is_never_a_heading_however_it_is_set() -> None:
    """"表2“十四五”时期…主要指标" right over its table is the table's caption: a PDF's text layer may
    drop the "　" after the number, and a bold line or a heading style a converter gave it titles no
    part. The same bold line over body text, or a bold line opening "表彰", is still a heading."""
    table = ("", {"kind": "table", "rows": [["指标", "2025年", "2030年"], ["森林覆盖率（%）", "61", "63"]]})
    got = _outline([
        "一、发展目标", "到2030年，全市生态环境质量持续改善。",
        ("表2“十四五”时期松岭市生态环境保护主要指标", {"bold": True}), table,
        ("附表1　松岭市重点生态修复项目清单", {"kind": "heading", "outline_level": 1}), table,
        ("表3：松岭市水环境质量目标", {"bold": True}), table,
        "二、重点任务", ("表彰先进典型", {"bold": True}), "每年评选生态文明建设先进集体10个。",
    ])
    assert got == [(1, "一、", "发展目标"), (1, "二、", "重点任务"), (2, "", "表彰先进典型")]


def test_a_briefing_deck_on_the_years_plan_is_a_plan_and_its_typed_bullets_are_labels(parser, tmp_path: Path) -> None:
    """A deck titled "…2026年工作安排汇报" presents a plan: its parts are a plan's, its figures targets. Its
    typed bullets ("• ", "– ", "▪ ") are the entries' labels, as the bullets PowerPoint draws are: the text
    and the target sentences start with the words. A glyph that is the text's own stays: "·" inside a
    name, a minus before a figure ("–3%"), a glyph with no blank after it."""
    path = _report_deck(tmp_path / "brief.pptx", "枫林县农业农村局2026年工作安排汇报", [
        ("content", "一、主要目标", ["• 粮食播种面积稳定在46万亩以上。", "▪ 农村居民人均可支配收入增长7%。"]),
        ("content", "二、重点任务", ["– 新建高标准农田1.2万亩，完成土壤改良3000亩。",
                                   "· 推广热依拉·阿木提种植法，示范面积达到500亩。", "–3%的化肥用量降幅纳入考核。"]),
        ("content", "三、保障措施", ["• 建立县级领导联系重点项目制度。"]),
    ])
    doc = parser.parse(path).documents[0]
    assert doc.doc_type == "plan"
    assert [s.type for s in doc.sections] == ["goals", "measures", "safeguards"]
    entries = [(b.label, b.text) for s in doc.sections for b in s.blocks if b.kind != "table"]
    assert entries[:4] == [("•", "粮食播种面积稳定在46万亩以上。"), ("▪", "农村居民人均可支配收入增长7%。"),
                           ("–", "新建高标准农田1.2万亩，完成土壤改良3000亩。"),
                           ("·", "推广热依拉·阿木提种植法，示范面积达到500亩。")]
    assert entries[4][1] == "–3%的化肥用量降幅纳入考核。"
    assert entries[5] == ("•", "建立县级领导联系重点项目制度。")
    sentences = {t.sentence for t in doc.targets}
    assert {"粮食播种面积稳定在46万亩以上。", "新建高标准农田1.2万亩，完成土壤改良3000亩。"} <= sentences
    assert not any(s[0] in "•▪·" for s in sentences)
    assert not doc.achievements


def test_a_long_run_in_title_closed_by_a_full_stop_is_a_sub_part_like_its_short_siblings() -> None:
    # a lead of 16–30 characters closed by 。, no clause break, no figure: a title, as a short one is; read as an
    # entry it made the series a list of entries and lost every sibling's title (TXT), or stayed in the part
    # before (DOCX, its bold lead ending in 。)
    got = _outline([
        "一、推动文化事业繁荣发展",
        "（1）完善公共文化服务网络。新建城市书房8个，全年开展群众文化活动不少于200场。",
        ("（2）巩固拓展全域旅游示范区创建和文旅融合发展成果。建立健全文旅项目长效推进机制，推动重点景区提质升级。",
         {"bold_lead": "（2）巩固拓展全域旅游示范区创建和文旅融合发展成果。"}),
        "二、加强队伍建设",
        "（1）提升干部业务素质。全年组织业务培训不少于4次。",
        "（2）健全完善干部日常管理监督和考核评价机制。推行季度考评，考评结果与评先评优挂钩。",
    ], title="临川市文旅局2025年工作要点")
    assert got == [(1, "一、", "推动文化事业繁荣发展"), (2, "（1）", "完善公共文化服务网络"),
                   (2, "（2）", "巩固拓展全域旅游示范区创建和文旅融合发展成果"), (1, "二、", "加强队伍建设"),
                   (2, "（1）", "提升干部业务素质"), (2, "（2）", "健全完善干部日常管理监督和考核评价机制")]


def test_one_sibling_too_long_to_be_read_as_a_title_alone_is_titled_like_the_others() -> None:
    # 32 characters: no title alone, but beside a titled sibling the series decides, and one long lead
    # does not demote the short one
    got = _outline([
        "一、推动文化事业繁荣发展",
        "（1）完善公共文化服务网络。新建城市书房8个，全年开展群众文化活动不少于200场。",
        "（2）全面推进县域公共文化服务高质量发展和城乡公共文化资源均衡配置工作。建立健全长效推进机制，推动资源下沉。",
    ], title="临川市文旅局2025年工作要点")
    assert got == [(1, "一、", "推动文化事业繁荣发展"), (2, "（1）", "完善公共文化服务网络"),
                   (2, "（2）", "全面推进县域公共文化服务高质量发展和城乡公共文化资源均衡配置工作")]


def test_long_leads_that_state_figures_or_break_clauses_stay_entries() -> None:
    got = _outline([
        "一、重点工作",
        "1.全年新建城市书房8个和文化驿站12个。按照统一标识、统一服务的要求推进建设。",
        "2.各乡镇要高度重视，切实加强组织领导。确保各项任务按期完成到位。",
    ], title="临川市文旅局2025年工作要点")
    assert got == [(1, "一、", "重点工作")]


def test_a_units_name_over_its_figures_is_an_entry_of_a_responsibility_list() -> None:
    # 目标责任分解: each unit's name, a colon, one sentence of figures — entries, not sub-parts typed goals
    got = _outline([
        "一、年度目标",
        "集团与各子公司签订目标责任书，主要目标如下：",
        "1.城区供水公司：完成管网改造45公里，供水水质合格率100%。",
        "2.污水处理公司：实现污水处理量3200万吨，出水达标率100%。",
        "3.工程安装公司：实现营业收入1.6亿元，安全生产“零事故”。",
        "二、保障措施",
        "1.组织保障：集团成立工作专班，由总经理任组长，每月召开调度会，统筹推进各项任务。",
        "2.资金保障：集团安排专项资金不少于3000万元，专款专用。",
    ], title="某水务集团2025年工作计划")
    assert got == [(1, "一、", "年度目标"), (1, "二、", "保障措施"), (2, "1.", "组织保障"), (2, "2.", "资金保障")]
