"""Web copies whose page puts something of its own before the document: a portal's <title> with its
site's name and a link column above the title printed again, a 政策解读 before the full text it cues, a
news reprint's headline, 原标题 and 编者按."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.pipeline.title_lines import clean_title

from tests.writers import write_txt


def _txt(tmp_path: Path, lines: list[str]) -> Path:
    """The page saved as text, in the encoding Chinese sites still use."""
    return write_txt(tmp_path / "copy.txt", lines, encoding="gb18030")


def _reasons(result) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {r.text: r.reason for r in result.removed_reasons}


_PORTAL = """<html><head><meta charset="utf-8"><title>云岭市人民政府网--云岭市水利局2024年防汛抗旱工作方案</title></head><body>
<table width="960"><tr>
<td width="180"><table><tr><td><b>信息公开</b></td></tr><tr><td>·<a href="#">机构概况</a><br>·<a href="#">政策文件</a><br>
·<a href="#">统计数据</a></td></tr></table></td>
<td width="780"><table>
<tr><td align="center"><font size="4"><b>云岭市水利局2024年防汛抗旱工作方案</b></font></td></tr>
<tr><td>&nbsp;&nbsp;为做好今年防汛抗旱工作，保障人民群众生命财产安全，制定本方案。<br><br>
<font face="黑体">一、工作目标</font><br><br>&nbsp;&nbsp;全市水库安全度汛率达到100%，山洪灾害预警覆盖率达到98%。<br><br>
<font face="黑体">二、主要措施</font><br><br><b>（一）完善预案体系</b><br><br>&nbsp;&nbsp;修订完善市级防汛应急预案，汛前完成演练12场。<br><br>
<b>（二）强化物资储备</b><br><br>&nbsp;&nbsp;新增储备编织袋5万条、冲锋舟6艘。<br><br>
<font face="黑体">三、保障措施</font><br><br>&nbsp;&nbsp;各县区落实防汛责任人，实行24小时值班制度。</td></tr>
</table></td></tr></table></body></html>"""


def test_a_portal_title_names_the_plan_not_the_site_and_its_printed_repeat_is_no_part(parser, tmp_path) -> None:
    """<title> puts the site's name before the plan's title; the page prints that title again under a
    link column: the title is the plan's, the repeat heads no section and the parts keep their levels."""
    path = tmp_path / "portal.html"
    path.write_text(_PORTAL, encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert (doc.title, doc.org) == ("云岭市水利局2024年防汛抗旱工作方案", "云岭市水利局")
    assert [(s.heading, s.level, [c.heading for c in s.children]) for s in doc.sections] == [
        ("工作目标", 1, []), ("主要措施", 1, ["完善预案体系", "强化物资储备"]), ("保障措施", 1, [])]
    assert doc.paragraphs == ["为做好今年防汛抗旱工作，保障人民群众生命财产安全，制定本方案。"]
    aside = set(result.removed) | {f.text for f in result.furniture}
    assert {"·机构概况", "·政策文件"} <= aside  # the link column is listed, not lost


_READING = [
    "关于《白沙镇2025年河湖长制工作方案》的政策解读",
    "一、出台背景",
    "为持续改善河湖生态环境，镇河长办起草了《白沙镇2025年河湖长制工作方案》（以下简称《方案》）。",
    "二、主要内容",
    "《方案》明确了工作目标、主要任务和保障措施三个方面。",
    "现将《方案》全文刊发如下：",
    "白沙镇2025年河湖长制工作方案",
    "为全面落实河湖长制，推动河湖面貌持续改善，结合我镇实际，制定本方案。",
    "一、工作目标",
    "全镇河湖水质优良比例达到90%以上，河道保洁覆盖率达到100%。",
    "二、主要任务",
    "（一）开展河道清理。全年清理河道淤泥2万立方米。",
    "（二）加强巡河管护。镇村两级河长每月巡河不少于2次。",
    "三、保障措施",
    "各村要明确专人负责，镇河长办每季度通报一次工作进展。",
]


def test_a_reading_before_the_full_text_is_set_aside_and_the_plan_starts_at_its_title(parser, tmp_path) -> None:
    result = parser.parse(_txt(tmp_path, _READING))
    [doc] = result.documents
    assert (doc.title, doc.doc_type) == ("白沙镇2025年河湖长制工作方案", "plan")
    assert [s.heading for s in doc.sections] == ["工作目标", "主要任务", "保障措施"]
    assert doc.paragraphs == ["为全面落实河湖长制，推动河湖面貌持续改善，结合我镇实际，制定本方案。"]
    reasons = _reasons(result)
    for line in _READING[:6]:  # every preface line is listed with its reason
        assert reasons[line].startswith("preface before the document's full text"), line


def test_a_plan_that_appends_another_text_in_full_keeps_its_own_title(parser, tmp_path) -> None:
    """A cue inside a long plan, over a short text it appends, starts no document: the plan is no preface."""
    lines = [
        "青山乡2024年农村人居环境整治工作计划",
        "为持续改善农村人居环境，建设宜居宜业和美乡村，结合本乡实际，制定本计划。",
        "一、工作目标",
        "全乡农村卫生户厕普及率达到92%，生活垃圾无害化处理率保持在95%以上，每个村建成一个示范点。",
        "二、重点任务",
        "（一）推进厕所革命。全年新改建户厕450座，建成公共厕所6座，完成问题厕所整改排查。",
        "（二）治理生活污水。完成8个自然村污水管网建设，铺设管网12公里，建成小型处理设施4处。",
        "（三）整治村容村貌。清理房前屋后杂物堆放，拆除危旧房屋和违章搭建，全年绿化美化村庄10个。",
        "三、保障措施",
        "各村要把人居环境整治列入重要议事日程，乡里每月开展一次评比，结果纳入年度考核。",
        "附：村规民约全文",
        "青山乡村规民约",
        "爱护环境，垃圾入桶。",
    ]
    result = parser.parse(_txt(tmp_path, lines))
    doc = result.documents[0]
    assert doc.title == "青山乡2024年农村人居环境整治工作计划"
    assert [s.heading for s in doc.sections][:3] == ["工作目标", "重点任务", "保障措施"]


_REPRINT = [
    "石门：今年新建改建农村公路120公里",
    "2024-02-26 08:40　来源：石门日报　作者：周立群",
    "原标题：石门县交通运输局2024年工作要点",
    "编者按：近日，县交通运输局印发《石门县交通运输局2024年工作要点》。本报现予刊发，供读者参阅。",
    "2024年，全县交通运输工作以建设“四好农村路”为重点。",
    "一、加快农村公路建设",
    "全年新建改建农村公路120公里，完成危桥改造8座。",
    "二、提升客运服务",
    "新开通城乡公交线路3条，建制村通客车率保持100%。",
]


def test_a_news_reprint_takes_the_document_title_from_its_original_title_and_sets_the_note_aside(parser, tmp_path) -> None:
    result = parser.parse(_txt(tmp_path, _REPRINT))
    [doc] = result.documents
    assert (doc.title, doc.org, doc.doc_type) == ("石门县交通运输局2024年工作要点", "石门县交通运输局", "plan")
    assert doc.paragraphs == ["2024年，全县交通运输工作以建设“四好农村路”为重点。"]
    reasons = _reasons(result)
    assert reasons[_REPRINT[3]].startswith("the editor's note (编者按)")
    assert _REPRINT[0] in reasons  # the paper's headline: listed, neither body nor a target
    assert all("石门：" not in t.text for t in doc.targets)


def test_an_original_title_that_repeats_the_headline_stays_the_pages_line(parser, tmp_path) -> None:
    lines = ["石门县交通运输局2024年工作要点", "原标题：石门县交通运输局2024年工作要点", *_REPRINT[4:]]
    result = parser.parse(_txt(tmp_path, lines))
    assert result.documents[0].title == "石门县交通运输局2024年工作要点"
    assert "原标题：石门县交通运输局2024年工作要点" in result.removed


@pytest.mark.parametrize("site_line", [
    "青萝县2025年政府工作报告（全文） - 道客巴巴",
    "青萝县2025年政府工作报告（摘要）_原创力文档",
    "青萝县2025年政府工作报告（word版） - 豆丁网",
    "青萝县2025年政府工作报告 - 道客巴巴",
])
def test_a_sites_title_line_over_the_reports_own_title_block_joins_nothing(parser, tmp_path, site_line) -> None:
    """A document site's copy opens with its page title (the document's name, a note such as "（全文）",
    the site's name) over the report's own title block: that line is a whole title once the note and
    the suffix are off, so it is not joined to the printed title under it, and the title is the one
    the report prints."""
    lines = [site_line, "", "政府工作报告", "——2025年1月9日在青萝县第十八届人民代表大会第四次会议上",
             "青萝县人民政府县长　苏明远", "", "　　各位代表：", "　　现在，我代表县人民政府向大会报告工作，请予审议。",
             "一、2024年工作回顾", "　　全县地区生产总值完成186.4亿元，增长5.6%。",
             "二、2025年主要任务", "　　新建农村公路65公里，城镇新增就业2800人以上。"]
    result = parser.parse(_txt(tmp_path, lines))
    [doc] = result.documents
    assert (doc.title, doc.org, doc.date) == ("政府工作报告", "青萝县人民政府", "2025年1月9日")
    assert [(s.heading, s.type) for s in doc.sections] == [("2024年工作回顾", "review"), ("2025年主要任务", "measures")]
    assert doc.paragraphs[0] == "各位代表："
    assert site_line in result.removed  # the site's line is listed, not lost


def test_a_sites_notes_and_suffixes_come_off_a_title_in_any_order() -> None:
    assert clean_title("柏溪镇2025年工作总结（摘要）_原创力文档") == "柏溪镇2025年工作总结"
    assert clean_title("柏溪镇2025年工作要点 - 道客巴巴（全文）") == "柏溪镇2025年工作要点"
    assert clean_title("柏溪镇2025年工作要点（word版）_工作要点 - 道客巴巴") == "柏溪镇2025年工作要点"
    assert clean_title("柏溪镇2025年政府工作报告 全文 - 某某政务网") == "柏溪镇2025年政府工作报告"
    # a year-bearing half with no site word is the title's own, note or no note
    assert clean_title("柏溪镇2024年工作总结-2025年工作计划（全文）") == "柏溪镇2024年工作总结-2025年工作计划"
