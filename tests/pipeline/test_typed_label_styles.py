"""Heading labels typed by hand in the rarer styles: ASCII Roman numerals ("II."), Latin letters ("B. ", "(c)",
"d."), and one list typed in two styles at one level ("（二）" "3." "4." "（五）")."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.pipeline.rules.numbering import match_label
from jihua.schemas.plan import walk

from tests.writers import write_txt


@pytest.mark.parametrize(
    ("text", "family", "ordinal", "rest"),
    [("II.优化河湖生态", "roman", 2, "优化河湖生态"), ("IV. 强化考核问责", "roman", 4, "强化考核问责"),
     ("XII．附则", "roman", 12, "附则"), ("III、资金安排", "roman", 3, "资金安排"),
     ("B. 整治黑臭水体", "letter", 2, "整治黑臭水体"), ("K.修复湿地", "letter", 11, "修复湿地"),
     ("(c)增殖放流", "letter_paren", 3, "增殖放流"), ("（b） 清理网箱", "letter_paren", 2, "清理网箱"),
     ("d. 巡河护河", "lower", 4, "巡河护河")],
)
def test_latin_and_ascii_roman_labels(text: str, family: str, ordinal: int, rest: str) -> None:
    found = match_label(text)
    assert found is not None
    assert (found[0].family, found[0].ordinal, found[1]) == (family, ordinal, rest)


@pytest.mark.parametrize(("words", "label"), [("A级景区新增2家", "A. 景区新增2家"), ("V1.0版平台上线运行", "V. 平台上线运行"),
                                           ("I型糖尿病筛查覆盖全镇", "I. 糖尿病筛查"), ("C919配套项目落地", "C. 配套项目落地"),
                                           ("PM2.5平均浓度下降", "b. 平均浓度下降"), ("IT系统运维外包", "II. 系统运维外包"),
                                           ("VR体验馆年内开放", "VI、体验馆年内开放"), ("IIX.无此编号", "IX.无此编号"),
                                           ("CT室改造完成", "(c)室改造完成"), ("e.g.示例", "e. 示例")])
def test_latin_words_at_a_line_start_are_no_labels(words: str, label: str) -> None:
    """A letter or a numeral is a label only with its stop (or brackets) before the words."""
    assert match_label(words) is None
    assert match_label(label) is not None and match_label(label)[0].family in ("letter", "lower", "letter_paren", "roman")


def _outline(parser, tmp_path: Path, lines: list[str]) -> list[tuple[int, str, str]]:
    doc = parser.parse(write_txt(tmp_path / "plan.txt", lines)).documents[0]
    return [(s.level, s.number, s.heading) for s in walk(doc.sections)]


def test_an_outline_typed_with_roman_numerals_and_letters(parser, tmp_path: Path) -> None:
    """I. / A. / (a) as an English outline nests them, a space after the label or none; a lone "I." is Roman
    where "II." follows, "V." where "IV." comes before, and the month lines under "V." stay its children."""
    lines = ["青湾镇2026年河湖长制工作计划", "I. 总体要求", "坚持节水优先、空间均衡。", "II. 主要任务",
             "A. 整治入河排污口", "(a) 开展溯源排查", "完成排污口排查120个。", "(b) 分类整治", "整治率达到90%以上。",
             "B.修复水生态", "新建生态缓冲带3公里。", "C. 加强河道保洁", "保洁覆盖率达到100%。", "III.组织保障",
             "镇河长办统筹推进。", "IV. 考核办法", "实行季度考核。", "V. 工作安排",
             "3月：部署启动；完成排查方案。", "6月：集中整治；开展中期评估。"]
    outline = _outline(parser, tmp_path, lines)
    assert outline[:8] == [(1, "I.", "总体要求"), (1, "II.", "主要任务"), (2, "A.", "整治入河排污口"),
                           (3, "(a)", "开展溯源排查"), (3, "(b)", "分类整治"), (2, "B.", "修复水生态"),
                           (2, "C.", "加强河道保洁"), (1, "III.", "组织保障")]
    assert outline[8:10] == [(1, "IV.", "考核办法"), (1, "V.", "工作安排")]
    assert all(level == 2 for level, _, _ in outline[10:])


def test_a_letter_that_spells_a_roman_numeral_stays_a_letter_among_letters(parser, tmp_path: Path) -> None:
    """"C." after "B." (and "I." after "H.") counts the letters on, whatever Roman numeral it spells."""
    lines = ["柳川街道2026年社区治理工作要点", "一、重点任务", "A. 网格化管理", "划分网格36个。", "B. 物业服务提升",
             "新建业委会5个。", "C. 老旧小区改造", "完成改造小区8个。", "二、保障措施", "街道财政安排专项资金。"]
    outline = _outline(parser, tmp_path, lines)
    assert [(level, number) for level, number, _ in outline] == [(1, "一、"), (2, "A."), (2, "B."), (2, "C."), (1, "二、")]
    from jihua.pipeline.rules.numbering import Label
    labels = [match_label(f"{c}. 某项工作") for c in "HI"]
    assert [found[0] for found in labels if found] == [Label("H.", "letter", 8), Label("I.", "letter", 9)]


def test_a_list_typed_in_two_styles_at_one_level(parser, tmp_path: Path) -> None:
    """"（二）" "3." "4." "（五）": 3 and 4 carry on the count of （一）（二） and （五） takes it up after them — one
    list of siblings typed in two styles. A "1." "2." under "（二）" before "（三）" is a list of its own."""
    lines = ["西坪县农业农村局2025年工作总结", "一、主要成效", "（一）粮食生产稳定", "粮食播种面积稳定在42万亩。",
             "（二）耕地保护有力", "新建高标准农田3万亩。", "3.产业融合发展", "新培育龙头企业4家。", "4.乡村建设提速",
             "改造农村户厕1800户。", "（五）农村改革深化", "完成宅基地确权登记。", "二、存在的问题", "农业基础仍然薄弱。",
             "三、明年打算", "（一）稳产保供", "1.稳定面积", "播种面积不低于42万亩。", "2.提高单产", "推广良种良法。",
             "（二）产业振兴", "培育特色产业集群。"]
    outline = _outline(parser, tmp_path, lines)
    assert outline == [(1, "一、", "主要成效"), (2, "（一）", "粮食生产稳定"), (2, "（二）", "耕地保护有力"),
                       (2, "3.", "产业融合发展"), (2, "4.", "乡村建设提速"), (2, "（五）", "农村改革深化"),
                       (1, "二、", "存在的问题"), (1, "三、", "明年打算"), (2, "（一）", "稳产保供"), (3, "1.", "稳定面积"),
                       (3, "2.", "提高单产"), (2, "（二）", "产业振兴")]
    # "3." "4." that "（五）" never takes up (the next part follows): nothing proves them siblings, so they stay under （二）
    stray = _outline(parser, tmp_path, lines[:10] + lines[12:14])
    assert [(level, number) for level, number, _ in stray] == [(1, "一、"), (2, "（一）"), (2, "（二）"), (3, "3."), (3, "4."),
                                                               (1, "二、")]



@pytest.mark.parametrize("numerals", [("I.", "II.", "III.", "IV.", "V."), ("Ⅰ.", "Ⅱ.", "Ⅲ.", "Ⅳ.", "Ⅴ.")])
def test_roman_numerals_first_seen_under_a_part_are_its_list(parser, tmp_path: Path, numerals: tuple[str, ...]) -> None:
    """Roman numerals outrank 一、 by convention, yet a Roman list first seen under an open "（一）" is that part's
    list: it closes neither "（一）" nor "一、", and "（二）" and "二、" after it stand where they did."""
    names = ["班级例会", "家访记录", "心理辅导", "安全教育", "评优评先"]
    lines = ["岚山小学2026年德育工作计划", "一、主要任务", "（一）加强班主任队伍建设"]
    for numeral, name in zip(numerals, names, strict=True):
        lines += [f"{numeral} {name}", f"每月开展{name}不少于一次。"]
    lines += ["（二）丰富主题活动", "全年开展主题班会20次。", "二、保障措施", "学校统筹安排德育经费。"]
    outline = _outline(parser, tmp_path, lines)
    assert [(level, number) for level, number, _ in outline] == [
        (1, "一、"), (2, "（一）"), *((3, n) for n in numerals), (2, "（二）"), (1, "二、")]


_LOWER_NAMES = ["晨读打卡", "错题整理", "小组互评", "家校沟通", "月度小结"]


def test_a_lower_case_roman_list_typed_by_hand(parser, tmp_path: Path) -> None:
    """"i." … "v.": "ii." "iii." "iv." are lower-case Roman numerals, and the lone "i." and "v." count with them,
    as "I." and "V." do among upper-case numerals; "h." "i." "j." among letters stay letters."""
    lines = ["溪口中学2026年学风建设计划", "一、主要措施"]
    for numeral, name in zip(("i.", "ii.", "iii.", "iv.", "v."), _LOWER_NAMES, strict=True):
        lines += [f"{numeral} {name}", f"各班每周开展{name}。"]
    lines += ["二、保障措施", "年级组统筹推进。"]
    assert _outline(parser, tmp_path, lines) == [(1, "一、", "主要措施"), *((2, f"{n}.", name) for n, name in zip(
        ("i", "ii", "iii", "iv", "v"), _LOWER_NAMES, strict=True)), (1, "二、", "保障措施")]
    letters = ["溪口中学2026年学风建设计划", "一、主要措施", "h. 晨读打卡", "每周开展。", "i. 错题整理", "每周开展。",
               "j. 小组互评", "每周开展。"]
    assert [number for _, number, _ in _outline(parser, tmp_path, letters)] == ["一、", "h.", "i.", "j."]


def test_a_lower_roman_auto_numbered_docx_list(parser, tmp_path: Path) -> None:
    """Word's lowerRoman numbering draws "i." … "v." before the words: one list of five entries at one level."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    w = nsdecls("w")
    d = docx.Document()
    d.add_paragraph("溪口中学2026年学风建设计划")
    numbering = d.part.numbering_part.element
    numbering.append(parse_xml(f'<w:abstractNum {w} w:abstractNumId="57"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                               f'<w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="57"><w:abstractNumId w:val="57"/></w:num>'))
    d.add_paragraph("一、主要措施")
    for name in _LOWER_NAMES:
        p = d.add_paragraph(name)
        p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {w}><w:ilvl w:val="0"/><w:numId w:val="57"/></w:numPr>'))
        d.add_paragraph(f"各班每周开展{name}。")
    d.add_paragraph("二、保障措施")
    d.add_paragraph("年级组统筹推进。")
    d.save(str(tmp_path / "plan.docx"))
    doc = parser.parse(tmp_path / "plan.docx").documents[0]
    got = [(s.level, s.number, s.heading) for s in walk(doc.sections)]
    assert got == [(1, "一、", "主要措施"), *((2, f"{n}.", name) for n, name in zip(
        ("i", "ii", "iii", "iv", "v"), _LOWER_NAMES, strict=True)), (1, "二、", "保障措施")]


def test_the_last_short_option_of_a_lettered_list_is_an_entry_like_the_others(parser, tmp_path: Path) -> None:
    """"A. 很愿意" "B. 愿意" "C. 看情况" read as entries; "D. 不愿意" right under them, the next part's "（二）"
    after it, is one more entry, not a heading of nothing."""
    lines = ["桃源街道2026年垃圾分类意愿调查方案", "一、调查内容", "（一）问卷设计", "问卷第5题设置以下选项：",
             "A. 很愿意", "B. 愿意", "C. 看情况", "D. 不愿意", "（二）样本选取", "每个小区随机抽取40户居民。",
             "二、工作要求", "各楼栋长按时完成入户调查。"]
    doc = parser.parse(write_txt(tmp_path / "plan.txt", lines)).documents[0]
    design = doc.sections[0].children[0]
    assert [c.heading for c in doc.sections[0].children] == ["问卷设计", "样本选取"]
    assert design.children == []
    assert [b.label for b in design.blocks if b.kind == "item"] == ["A.", "B.", "C.", "D."]
