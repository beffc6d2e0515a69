"""A text copy of a PDF: folios and the running header or footer beside them are page furniture,
and the text a page break cut runs on across it (pipeline/pagebreaks.py)."""

from __future__ import annotations

from pathlib import Path

import pytest


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "pasted.txt"
    path.write_bytes("\n".join(lines).encode("gb18030"))
    return path


def _wrap(text: str, chars: int = 26, indent: bool = True) -> list[str]:
    """A paragraph as a PDF's text layer gives it: cut every `chars` characters, first line indented."""
    lines = [text[i:i + chars] for i in range(0, len(text), chars)]
    return ["\u3000\u3000" + lines[0], *lines[1:]] if indent else lines


_TITLE = "青岚县水利局2023年工作总结"
_OPENING = ("2023年，县水利局围绕防汛保安、农村供水和河湖治理三项重点，统筹推进各项水利工作，"
            "全年完成水利投资3.6亿元，较好地完成了年度目标任务。现将有关情况报告如下。")
_FLOOD = ("汛前对全县42座小型水库、18处山洪灾害危险区逐一开展隐患排查，整改安全隐患57处，"
          "修订完善防汛预案26个，组织开展防汛应急演练9次，全年未发生因洪涝灾害造成的人员伤亡。")
_WATER = ("新建和改造农村供水工程14处，更新改造供水管网86公里，农村自来水普及率达到97.5%，"
          "规模化供水工程覆盖人口比例提高到82%，群众饮水安全保障水平持续提升。")
_RIVER = ("全面落实河湖长制，县乡村三级河湖长累计巡河1.3万人次，清理河道垃圾2100吨，"
          "整治河湖“四乱”问题31个，县域主要河流断面水质优良比例保持100%。")


def test_a_title_repeated_at_each_page_break_is_a_running_header_not_a_new_document(parser, tmp_path) -> None:
    """The PDF printed its title atop every page: after each folio it is furniture, the file stays
    one document, and the paragraph the break cut reads as one."""
    flood, water = _wrap(_FLOOD), _wrap(_WATER)
    lines = [_TITLE, *_wrap(_OPENING), "\u3000\u3000一、主要工作成效", "\u3000\u3000（一）防汛减灾能力不断增强",
             *flood[:2], "— 1 —", _TITLE, *flood[2:], "\u3000\u3000（二）农村供水保障更加有力", *water[:2],
             "— 2 —", _TITLE, *water[2:], "\u3000\u3000二、2024年工作打算",
             "\u3000\u3000（一）推进河湖治理", *_wrap(_RIVER), "— 3 —"]
    result = parser.parse(_write(tmp_path, lines))
    assert len(result.documents) == 1
    doc = result.documents[0]
    assert doc.title == _TITLE
    first = doc.sections[0]
    assert [c.heading for c in first.children] == ["防汛减灾能力不断增强", "农村供水保障更加有力"]
    assert first.children[0].paragraphs == [_FLOOD] and first.children[1].paragraphs == [_WATER]
    assert [(f.text, f.kind) for f in result.furniture] == [
        ("— 1 —", "page_number"), (_TITLE, "header"), ("— 2 —", "page_number"), (_TITLE, "header"),
        ("— 3 —", "page_number")]


def test_an_office_name_over_each_page_is_no_heading_and_folios_of_any_shape_leave_the_text(parser, tmp_path) -> None:
    """An office's name printed over every page, beside folios drawn three ways: never a heading,
    never glued into the heading before the break; the office's name signing the text is kept."""
    office = "青岚县水利局"
    flood, water = _wrap(_FLOOD, indent=False), _wrap(_WATER, indent=False)
    lines = [_TITLE, *_wrap(_OPENING, indent=False), "一、主要工作成效", "（一）防汛减灾能力不断增强", *flood[:3],
             "-1-", office, *flood[3:], "（二）农村供水保障更加有力", "-2-", office, *water[:1],
             "第 3 页 共 4 页", office, *water[1:], "二、2024年工作打算", "（一）推进河湖治理",
             *_wrap(_RIVER, indent=False), office, "2024年1月8日", "-4-"]
    result = parser.parse(_write(tmp_path, lines))
    doc = result.documents[0]
    assert len(result.documents) == 1
    assert [s.heading for s in doc.sections] == ["主要工作成效", "2024年工作打算"]
    first = doc.sections[0]
    assert [c.heading for c in first.children] == ["防汛减灾能力不断增强", "农村供水保障更加有力"]
    assert first.children[0].paragraphs == [_FLOOD] and first.children[1].paragraphs == [_WATER]
    assert doc.closing == [office, "2024年1月8日"]
    assert [f.kind for f in result.furniture if f.text == office] == ["header"] * 3
    assert not any("—" in t or "页" in t for t in doc.sections[0].children[1].paragraphs)


def test_a_running_footer_above_each_folio_is_furniture_in_an_unwrapped_copy(parser, tmp_path) -> None:
    """One paragraph a line (not hard-wrapped): the footer printed above every folio goes aside, and
    the sentence the break cut is joined across it."""
    footer = "内部资料　注意保存"
    lines = ["青岚县2024年河湖管护工作方案", "一、工作目标", "全年完成河道清淤疏浚45公里，",
             footer, "第 1 页", "新建生态护岸12公里。", "二、主要任务", "（一）落实巡河制度",
             "县级河湖长每季度巡河不少于1次，乡级每月不少于1次。", "（二）开展专项整治",
             "集中清理河道采砂、违建和垃圾堆放问题。", footer, "第 2 页",
             "三、保障措施", "将河湖管护纳入乡镇年度考核。", "对履职不力的河湖长进行约谈。", footer, "第 3 页"]
    result = parser.parse(_write(tmp_path, lines))
    doc = result.documents[0]
    assert doc.sections[0].paragraphs == ["全年完成河道清淤疏浚45公里，新建生态护岸12公里。"]
    assert [s.heading for s in doc.sections] == ["工作目标", "主要任务", "保障措施"]
    assert [f.kind for f in result.furniture if f.text == footer] == ["footer"] * 3


def test_row_numbers_of_a_table_read_one_cell_a_line_take_no_cells_with_them(parser, tmp_path) -> None:
    """Bare numbers a few lines apart number a table's rows, not pages: the cell repeated beside
    them (the same lead unit) is the table's text."""
    rows = [("1", "新建农村供水工程5处", "县水利局"), ("2", "改造供水管网20公里", "县水利局"),
            ("3", "创建美丽河湖3条", "县水利局"), ("4", "完成水土流失治理8平方公里", "县水利局")]
    lines = ["青岚县2024年水利重点项目计划", "一、重点项目",
             *[cell for row in rows for cell in row], "二、工作要求", "各项目于2024年11月底前完工。"]
    doc = parser.parse(_write(tmp_path, lines)).documents[0]
    text = "\n".join(p for s in doc.sections for p in s.paragraphs)
    assert text.count("县水利局") == 4


def test_a_folio_atop_each_page_over_the_title_leaves_the_title_once(parser, tmp_path) -> None:
    """Folios printed at the head of each page, the title under them: the first page's title is the
    document's, the second page's a running header, and the sentence cut by the page runs on."""
    title = "青岚县2024年农村饮水安全巩固提升工作方案"
    lines = ["来源：青岚县水利局，转载请注明", "第1页　共2页", title, "一、工作目标", "到2024年底，全县农村自来水普及率稳定在97%以上，",
             "第2页　共2页", title, "水质达标率达到95%。", "二、工作措施", "每季度开展一次水质抽检。"]
    result = parser.parse(_write(tmp_path, lines))
    assert [d.title for d in result.documents] == [title]
    assert result.documents[0].sections[0].paragraphs == ["到2024年底，全县农村自来水普及率稳定在97%以上，水质达标率达到95%。"]
    assert [(f.text, f.kind) for f in result.furniture] == [
        ("第1页　共2页", "page_number"), ("第2页　共2页", "page_number"), (title, "header")]


def test_a_double_spaced_wrapped_copy_and_a_folio_between_blank_lines_rejoin(parser, tmp_path) -> None:
    """A copy whose lines end in CR CR LF (a blank line after every line) is line-spaced, not a run of
    one-line paragraphs; a folio standing between blank lines is a page break inside a paragraph."""
    lines = [_TITLE, *_wrap(_OPENING), "一、防汛保安", *_wrap(_FLOOD), "二、农村供水", *_wrap(_WATER)]
    spaced = tmp_path / "spaced.txt"
    spaced.write_bytes("\r\r\n".join(lines).encode("gb18030"))
    doc = parser.parse(spaced).documents[0]
    assert [s.paragraphs for s in doc.sections] == [[_FLOOD], [_WATER]]
    water = _wrap(_WATER)
    folio = [_TITLE, *_wrap(_OPENING), "一、农村供水", *water[:2], "", "— 2 —", "", *water[2:]]
    doc = parser.parse(_write(tmp_path, folio)).documents[0]
    assert doc.sections[0].paragraphs == [_WATER]


_ROADS = ("年内完成农村公路提质改造120公里，实施危桥改造9座，")
_ROADS_REST = "新增通客车建制村6个，农村公路列养率保持100%。"
_PAGERS = ("首页 上一页 1 2 3 下一页 尾页", "上一页 第1页 第2页 第3页 下一页", "共3页")


def _all_text(doc) -> str:
    parts: list[str] = list(doc.paragraphs)

    def walk(sections) -> None:
        for s in sections:
            parts.append(s.heading)
            parts.extend(s.paragraphs)
            walk(s.children)

    walk(doc.sections)
    return "\n".join(parts)


def test_a_paginated_articles_pager_rows_are_chrome_and_the_sentence_they_cut_is_one(parser, tmp_path) -> None:
    """A site splits a long article into pages and a copy keeps each pager row ("上一页 第1页 第2页 下一页")
    in the text: the rows are the page's (set aside with their reason, never a heading), and the
    sentence a row cut reads as one across it — in a text copy and in HTML whose rows carry no class."""
    title = "澄溪县交通运输局2024年工作计划"
    opening = "2024年，县交通运输局将围绕补短板、强服务，加快构建便捷顺畅的县域交通网络。"
    txt = [title, "\u3000\u3000" + opening, "\u3000\u3000一、加快农村公路建设", "\u3000\u3000" + _ROADS, _PAGERS[0],
           _ROADS_REST, "\u3000\u3000二、提升运输服务水平", "\u3000\u3000开通城乡公交线路4条。", _PAGERS[1], _PAGERS[2]]
    html = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><div>"
            + "".join(f"<p>{line.strip()}</p>" if line not in _PAGERS else
                      "<p align='center'>" + " ".join(f"<a href='p{i}.html'>{w}</a>" for i, w in enumerate(line.split()))
                      + "</p>" for line in txt[1:]) + "</div></body></html>")
    txt_path = _write(tmp_path, txt)
    html_path = tmp_path / "paged.html"
    html_path.write_text(html, encoding="utf-8")
    for path in (txt_path, html_path):
        result = parser.parse(path)
        doc = result.documents[0]
        assert [s.heading for s in doc.sections] == ["加快农村公路建设", "提升运输服务水平"], path.name
        assert doc.sections[0].paragraphs == [_ROADS + _ROADS_REST], path.name
        assert "页" not in _all_text(doc), path.name
        pager_reasons = [r for r in result.removed_reasons if "pager" in r.reason]
        assert len(pager_reasons) == 3, path.name


def test_a_sentence_ending_before_a_pager_row_stays_its_own_paragraph(parser, tmp_path) -> None:
    """Only text left open is joined across a pager row: a finished sentence ends its paragraph."""
    lines = ["澄溪县交通运输局2024年工作计划", "\u3000\u3000一、加快农村公路建设",
             "\u3000\u3000年内完成农村公路提质改造120公里。", "上一页 1 2 下一页", "\u3000\u3000实施危桥改造9座。"]
    doc = parser.parse(_write(tmp_path, lines)).documents[0]
    assert doc.sections[0].paragraphs == ["年内完成农村公路提质改造120公里。", "实施危桥改造9座。"]


def test_a_run_of_angle_brackets_is_read_one_way() -> None:
    """"<<" is two "<" tokens, never one or two at the engine's choice: a line of 60 ">" (an ASCII rule a
    copy draws under a heading) is no pager and is read at once, not after the 2^60 ways of splitting it."""
    import time

    from jihua.pipeline.rules.chrome import PAGER

    start = time.perf_counter()
    assert PAGER.match(">" * 60) is None and PAGER.match("<< " * 40 + "附件") is None
    assert PAGER.match("<< 上一页 1 2 3 下一页 >>") is not None
    assert time.perf_counter() - start < 1.0


_SITE_COPY = """桐川县住房和城乡建设局2025年工作计划 - 范文网

以下是小编精心整理的桐川县住房和城乡建设局2025年工作计划，供大家参考借鉴。

2025年，县住建局将围绕城市更新、住房保障和建筑市场监管三项重点，统筹推进各项工作。现将全年工作安排如下：
一、重点工作
（一）推进老旧小区改造，居住环境持续改善 一是加快实施
城镇老旧小区改造
第 1 页 共 5 页
，全年改造老旧小区32个、惠及居民4100户；二是同步完善小区养老托育等配套设施，新建社区综合服务站6处。
（二）完善排水设施 年内改造
雨污分流管网
18公里，新建排涝泵站2座，城区易涝点整治完成率达到100%。
（三）规范建筑市场秩序。深入开展建筑市场专项整治，严厉查处转包、违法分包等行为，全面推行
第 2 页 共 5 页
电子证照
，工程建设项目审批时间压减至60个工作日以内，全年开展建筑工地安全检查不少于240次。
（四）加快保障性住房建设 筹集保障性租赁住房
第 3 页 共 5 页
800套，新开工公共租赁住房120套，向城镇住房困难家庭发放租赁补贴1500户，确保应保尽保。
二、保障措施
（一）强化组织领导。局领导班子成员分片包干，每月调度一次重点项目进展，及时协调解决工作中遇到的问题。
（二）加强队伍建设。每季度组织一次执法和审批业务轮训，推广使用
第 4 页 共 5 页
电子证照
，提高审批和监管效率。

桐川县住房和城乡建设局
2025年1月10日

展开阅读全文

相关文档推荐：
· 住建局2025年工作计划范文
· 县住房和城乡建设局年度工作总结

点击下载本文档　　加入收藏　　打印本页
"""


def _site_copy(parser, tmp_path):
    path = tmp_path / "site_copy.txt"
    path.write_bytes(_SITE_COPY.encode("gb18030"))
    return parser.parse(path)


def test_a_document_sites_link_breaks_mend_under_headings_set_apart_by_a_space(parser, tmp_path) -> None:
    """A document site's copy sets each heading apart from its body by a space and breaks sentences
    around links, with its page markers between: the space stands for the heading's 。, so the short
    line it opens is a body left open — the words a link broke off, before or after a page marker,
    and the text a page marker cut run on into it (no heading takes them, none becomes a heading
    of its own, no figure loses its subject)."""
    doc = _site_copy(parser, tmp_path).documents[0]
    assert doc.title == "桐川县住房和城乡建设局2025年工作计划"
    assert [s.heading for s in doc.sections] == ["重点工作", "保障措施"]
    work = doc.sections[0].children
    assert [c.heading for c in work] == ["推进老旧小区改造，居住环境持续改善", "完善排水设施", "规范建筑市场秩序", "加快保障性住房建设"]
    assert work[0].paragraphs == ["一是加快实施城镇老旧小区改造，全年改造老旧小区32个、惠及居民4100户；"
                                  "二是同步完善小区养老托育等配套设施，新建社区综合服务站6处。"]
    assert work[1].paragraphs == ["年内改造雨污分流管网18公里，新建排涝泵站2座，城区易涝点整治完成率达到100%。"]
    assert work[3].paragraphs == ["筹集保障性租赁住房800套，新开工公共租赁住房120套，向城镇住房困难家庭发放租赁补贴1500户，确保应保尽保。"]
    assert {(18, "公里"), (800, "套")} <= {(t.value, t.unit) for t in doc.targets}


def test_a_word_a_link_cut_after_two_of_four_page_markers_is_text_not_a_running_header(parser, tmp_path) -> None:
    """The same link word cut off after two page markers, each time after a line left mid-sentence:
    the sentence runs on through it; it is no header printed over the pages."""
    result = _site_copy(parser, tmp_path)
    work, safeguards = result.documents[0].sections
    assert work.children[2].paragraphs == ["深入开展建筑市场专项整治，严厉查处转包、违法分包等行为，全面推行电子证照，"
                                           "工程建设项目审批时间压减至60个工作日以内，全年开展建筑工地安全检查不少于240次。"]
    assert safeguards.children[1].paragraphs == ["每季度组织一次执法和审批业务轮训，推广使用电子证照，提高审批和监管效率。"]
    assert {f.kind for f in result.furniture} == {"page_number"}


@pytest.mark.parametrize(("line", "open_body"), [
    ("（二）健全河道长效管护机制 巩固治理成效", False),  # a heading's second phrase, not a body
    ("（一）推进老旧小区改造 提升居住品质", False),
    ("（三）完善排水设施 年内改造", True),  # a body begun, its sentence broken
    ("（四）强化队伍建设 一是全面推行", True),
])
def test_a_headings_second_phrase_after_a_space_is_no_open_body(line: str, open_body: bool) -> None:
    from jihua.pipeline.rules.numbering import spaced_body_open

    assert spaced_body_open(line) is open_body


def test_a_header_on_every_other_page_is_no_cut_word(parser, tmp_path: Path) -> None:
    """Odd pages head with the office, even pages with the title, and every page ends mid-sentence:
    both are running headers (they name an office and a document), never words of the text."""
    path = tmp_path / "wrapped.txt"
    path.write_text("\n".join([
        "桐川县2025年优化营商环境工作方案",
        "",
        "一、工作目标",
        "到2025年底，全县营商环境明显改善，市场主体活跃度持续提升，政务服务事项全程网办率达到90%以上，企业开办时间压缩至1个工作日以内，为推动全县经济高质量发展提供",
        "- 1 -",
        "桐川县人民政府办公室",
        "有力保障。",
        "二、重点任务",
        "（一）深化政务服务改革。全面推行“一网通办”，推动政务服务事项标准化、规范化、便利化，进一步压减审批环节和申请材料，提升企业和群众办事的",
        "- 2 -",
        "桐川县2025年优化营商环境工作方案",
        "便利度和满意度。",
        "（二）加强要素保障。统筹用地、用能、资金等要素资源，优先保障重点项目建设需求，全年新增供应工业用地500亩，帮助企业解决融资、用工等",
        "- 3 -",
        "桐川县人民政府办公室",
        "实际困难和问题。",
        "（三）强化监管执法。推行包容审慎监管，全面落实行政执法公示制度，规范涉企检查行为，切实减少对企业正常生产经营活动的",
        "- 4 -",
        "桐川县2025年优化营商环境工作方案",
        "干扰和影响。",
        "三、保障措施",
        "加强组织领导，压实工作责任，确保各项任务落到实处。"]), encoding="utf-8")
    result = parser.parse(path)
    body = "".join(p for d in result.documents for s in d.sections for c in [s, *s.children] for p in c.paragraphs)
    assert "桐川县人民政府办公室" not in body and "帮助企业解决融资、用工等实际困难和问题。" in body


_REVIEW_AND_PLAN = "东湖乡卫生院2022年工作总结和2023年工作安排"
_CLINIC_OPENING = ("2022年，乡卫生院在县卫生健康局的指导下，围绕基本医疗和公共卫生两项职责，较好地完成了年度各项任务。"
                   "现将全年工作总结如下，并提出2023年工作安排。")
_CLINIC_PLAN = ("2023年，力争门诊服务量增长5%以上，新增家庭医生团队2个，65岁以上老年人健康管理率达到70%，"
                "完成村卫生室标准化改造4所。")
_VACCINE = ("全年完成儿童免疫规划疫苗接种1.8万剂次，适龄儿童建卡率和接种率均保持在95%以上，"
            "为辖区65岁以上老年人免费体检2300人，慢性病患者规范管理率达到78%，")


def test_a_review_and_plan_title_repeated_once_after_a_page_break_is_its_running_header(parser, tmp_path) -> None:
    """A title naming two kinds ("…总结和…安排") ends on the second: it is a title all the same, so the
    first page's title printed again after the one break inside the text is the page's header, not
    words glued into the sentence the break cut."""
    care = _wrap(_VACCINE + "家庭医生签约服务覆盖重点人群4100人。", indent=False)
    lines = [_REVIEW_AND_PLAN, "", *_wrap(_CLINIC_OPENING, indent=False), "一、2022年工作总结", *care[:3], "- 1 -", "",
             _REVIEW_AND_PLAN, *care[3:], "二、2023年工作安排", *_wrap(_CLINIC_PLAN, indent=False), "", "东湖乡卫生院",
             "2023年1月6日", "- 2 -"]
    result = parser.parse(_write(tmp_path, lines))
    doc = result.documents[0]
    assert doc.title == _REVIEW_AND_PLAN
    assert doc.sections[0].paragraphs == [_VACCINE + "家庭医生签约服务覆盖重点人群4100人。"]
    assert (_REVIEW_AND_PLAN, "header") in [(f.text, f.kind) for f in result.furniture]


def test_a_review_and_plans_second_part_after_a_page_break_is_its_heading_not_the_header(parser, tmp_path) -> None:
    """"2023年工作安排" first after a break is the title's tail, but names only one of its two kinds: the
    plan's second part, whose figures are targets, not the page's header."""
    lines = [_REVIEW_AND_PLAN, "", *_wrap(_CLINIC_OPENING, indent=False), "一、2022年工作总结",
             *_wrap(_VACCINE + "家庭医生签约服务覆盖重点人群4100人。", indent=False), "- 1 -", "", "2023年工作安排",
             *_wrap(_CLINIC_PLAN, indent=False), "- 2 -"]
    result = parser.parse(_write(tmp_path, lines))
    doc = result.documents[0]
    plan = [s for top in doc.sections for s in [top, *top.children] if s.heading == "2023年工作安排"]
    assert len(plan) == 1 and plan[0].paragraphs == [_CLINIC_PLAN]
    assert "2023年工作安排" not in [f.text for f in result.furniture]


def test_a_sentence_naming_two_kinds_of_document_is_no_title() -> None:
    from jihua.pipeline.pagebreaks import titled

    assert titled("东湖乡卫生院2022年工作总结和2023年工作安排")
    assert not titled("进展情况，年底前报送全年工作总结和下一年度工作要点")


_CLINIC_HEAD = "东湖乡卫生院"


def _two_pages(head: str, on_page_one: bool = True) -> list[str]:
    """A two-page PDF pasted as text: `head` atop the second page (and the first, or only the title
    there), one break inside the text, the last folio at its end."""
    care = _wrap(_VACCINE + "家庭医生签约服务覆盖重点人群4100人。", indent=False)
    return [*([head] if on_page_one else []), _REVIEW_AND_PLAN, "", *_wrap(_CLINIC_OPENING, indent=False),
            "一、2022年工作总结", *care[:3], "- 1 -", "", head, *care[3:], "二、2023年工作安排",
            *_wrap(_CLINIC_PLAN, indent=False), "- 2 -"]


def test_a_header_atop_both_pages_of_a_two_page_copy_is_furniture(parser, tmp_path) -> None:
    """The office's name the PDF printed atop every page shows at the top of the file and after the one
    break inside the text: two page tops, so a running header, not words glued into the cut sentence."""
    result = parser.parse(_write(tmp_path, _two_pages(_CLINIC_HEAD)))
    doc = result.documents[0]
    assert doc.title == _REVIEW_AND_PLAN
    assert doc.sections[0].paragraphs == [_VACCINE + "家庭医生签约服务覆盖重点人群4100人。"]
    assert (_CLINIC_HEAD, "header") in [(f.text, f.kind) for f in result.furniture]


def test_a_running_header_printing_the_title_without_its_place_is_furniture(parser, tmp_path) -> None:
    """The title atop the later pages without the township in front ("卫生院…安排" under "东湖乡卫生院…安排"):
    the first title's tail, standing first after the break, is the header."""
    short = _REVIEW_AND_PLAN.removeprefix("东湖乡")
    result = parser.parse(_write(tmp_path, _two_pages(short, on_page_one=False)))
    doc = result.documents[0]
    assert doc.title == _REVIEW_AND_PLAN
    assert doc.sections[0].paragraphs == [_VACCINE + "家庭医生签约服务覆盖重点人群4100人。"]
    assert [(f.text, f.kind) for f in result.furniture] == [("- 1 -", "page_number"), (short, "header"),
                                                             ("- 2 -", "page_number")]


def test_a_sign_off_atop_the_last_page_under_an_office_heading_page_one_stays_the_closing(parser, tmp_path) -> None:
    """The office's name heads page 1, and the break puts the sign-off (the office over the date) atop
    the last page: the sign-off is the text's, not the pages' header."""
    lines = [_CLINIC_HEAD, _REVIEW_AND_PLAN, *_wrap(_CLINIC_OPENING, indent=False), "一、2022年工作总结",
             *_wrap(_VACCINE + "家庭医生签约服务覆盖重点人群4100人。", indent=False), "二、2023年工作安排",
             *_wrap(_CLINIC_PLAN, indent=False), "- 1 -", _CLINIC_HEAD, "2023年1月6日", "- 2 -"]
    doc = parser.parse(_write(tmp_path, lines)).documents[0]
    assert doc.closing == [_CLINIC_HEAD, "2023年1月6日"]


def test_a_numbered_heading_a_page_cut_inside_its_year_is_one_heading(parser, tmp_path) -> None:
    """A document site cut its copy into pages of a fixed size, one of them inside a heading: "二、2023"
    ends the page, "年工作安排" opens the next (unindented, where every paragraph is indented). A heading
    never ends on a bare figure: the two are one heading, not two (the rest reads like a title)."""
    lines = ["东湖乡卫生院2022年工作总结", "\u3000\u3000" + _CLINIC_OPENING, "\u3000\u3000一、2022年主要工作",
             "\u3000\u3000" + _VACCINE + "家庭医生签约服务覆盖重点人群4100人。", "\u3000\u3000二、2023",
             "第 2 页 共 3 页", "年工作安排", "\u3000\u3000" + _CLINIC_PLAN, "第 3 页 共 3 页"]
    doc = parser.parse(_write(tmp_path, lines)).documents[0]
    assert [(s.number, s.heading) for s in doc.sections] == [("一、", "2022年主要工作"), ("二、", "2023年工作安排")]
    assert doc.sections[1].paragraphs == [_CLINIC_PLAN]


@pytest.mark.parametrize(("before", "after", "cut"), [
    ("\u3000\u3000二、2023", "年工作安排", True),
    ("\u3000\u3000（二）年内新增床位1", "2张，门诊量增长5%。", True),
    ("\u3000\u3000二、2023", "\u3000\u3000年内新增床位12张。", False),  # indented: a paragraph of its own
    ("\u3000\u3000二、2023", "2023年东湖乡卫生院工作安排", False),  # its own year: a title over the page
    ("\u3000\u3000二、2023", "1.年内新增床位12张。", False),  # numbered: an item of its own
    ("\u3000\u3000二、工作安排", "年内新增床位12张。", False),  # no figure left open
    ("2.预约电话：0736-5821907", "3月底前完成家庭医生签约续约。", False),  # a field's whole value, not a cut figure
])
def test_only_a_figure_left_open_joins_a_numbered_line_across_a_page(before: str, after: str, cut: bool) -> None:
    from jihua.pipeline.model import Unit
    from jihua.pipeline.pagebreaks import cut_by_page
    from jihua.schemas.blocks import Block, Provenance

    def unit(text: str) -> Unit:
        indent = len(text) - len(text.lstrip("\u3000"))
        return Unit(text=text.strip(), block=Block(text=text.strip(), indent=float(indent) or None,
                                                   prov=Provenance(file="t", index=0)))

    assert cut_by_page(unit(before), unit(after)) is cut
