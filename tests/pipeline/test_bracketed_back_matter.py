"""Back matter a government page prints under a plan in a bracketed label ("【名词解释】", "【政策解读】"): a level-1
block of its own (type other) beside the plan's parts, never a sub-part of the last one; a glossary's circled
entries ("①“高标准农田”：指…") are its text, not headings; a bracketed "【相关链接】" heads the site's list of links."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.schemas.plan import walk

from tests.writers import write_txt

_PLAN = [
    "青禾县2025年农业农村工作要点",
    "为深入推进乡村全面振兴，结合我县实际，制定本要点。",
    "一、总体目标",
    "全年粮食播种面积稳定在42万亩以上，新建高标准农田3.5万亩，农村自来水普及率达到96%。",
    "二、重点任务",
    "（一）稳定粮食生产",
    "落实粮食安全党政同责，严守耕地保护红线，推广良种良法配套。",
    "（二）改善农村人居环境",
    "深入开展村庄清洁行动，农村卫生厕所普及率达到85%。",
    "三、保障措施",
    "（一）加强组织领导",
    "各乡镇要成立工作专班，明确责任分工，确保各项任务落到实处。",
    "（二）强化资金保障",
    "县财政安排专项资金1.8亿元，重点支持农田建设和人居环境整治。",
]
_GLOSSARY = [
    "【名词解释】",
    "①“高标准农田”：指田块平整、集中连片、设施完善、节水高效、宜机作业的农田。",
    "②“农村自来水普及率”：指农村地区使用自来水的人口占农村总人口的比重。",
    "③“卫生厕所”：指具备完整的厕屋、粪池和便器，粪便能及时清理的厕所。",
]


def _html(path: Path, lines: list[str]) -> Path:
    body = "".join(f"<p><strong>{t}</strong></p>" if t.startswith(("一、", "二、", "三、", "【")) else f"<p>{t}</p>"
                   for t in lines[1:])
    path.write_text(f"<html><head><meta charset='utf-8'><title>{lines[0]}</title></head><body>"
                    f"<div class='nav'>首页 &gt; 政务公开</div><div class='article'><h1>{lines[0]}</h1>"
                    f"<div class='content'>{body}</div></div></body></html>", encoding="utf-8")
    return path


def _parse(parser, tmp_path: Path, lines: list[str], fmt: str):  # type: ignore[no-untyped-def]
    path = write_txt(tmp_path / "plan.txt", lines) if fmt == "txt" else _html(tmp_path / "plan.html", lines)
    return parser.parse(path).documents


@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_a_bracketed_glossary_is_a_level_one_block_of_its_own(parser, tmp_path, fmt) -> None:
    [doc] = _parse(parser, tmp_path, [*_PLAN, *_GLOSSARY], fmt)
    last = doc.sections[-1]
    assert (last.heading, last.level, last.type, last.children) == ("名词解释", 1, "other", []), \
        [(s.heading, s.level, s.type) for s in walk(doc.sections)]
    assert [s.heading for s in doc.sections[:3]] == ["总体目标", "重点任务", "保障措施"]
    assert not walk(doc.sections[2].children[-1].children)  # nothing hangs under the last sub-part
    for entry in _GLOSSARY[1:]:  # each entry kept whole as the glossary's text
        assert any(entry[1:] in p for p in last.paragraphs), entry


@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_a_bracketed_reading_is_a_level_one_block_and_sets_no_target(parser, tmp_path, fmt) -> None:
    reading = ["【政策解读】", "本要点明确了全年新建高标准农田3.5万亩、农村卫生厕所普及率达到85%等目标，重点在农田建设方面加大投入。"]
    [doc] = _parse(parser, tmp_path, [*_PLAN, *reading], fmt)
    last = doc.sections[-1]
    assert (last.heading, last.level, last.type) == ("政策解读", 1, "other")
    assert not any(t.section_id == last.id for t in doc.targets)


def test_a_bracketed_related_links_label_heads_the_sites_list(parser, tmp_path) -> None:
    """"【相关链接】" and the titles under it are the page's links, set aside: no second document, no part."""
    links = ["【相关链接】", "青禾县2024年农业农村工作总结", "青禾县关于加快推进高标准农田建设的实施意见"]
    docs = _parse(parser, tmp_path, [*_PLAN, *links], "txt")
    assert len(docs) == 1
    text = [p for s in walk(docs[0].sections) for p in s.paragraphs]
    assert not any("相关链接" in p or "实施意见" in p for p in text), text


@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_numbered_definitions_are_entries_under_any_part(parser, tmp_path, fmt) -> None:
    """"①“高标准农田”：指…" under "四、有关说明": a term's definition, an entry of that part, not a sub-part titled by
    the term; a titled sub-part whose body opens with a word on 指 ("（一）业务指导：指导各乡镇…") stays one."""
    notes = ["四、有关说明", *_GLOSSARY[1:]]
    [doc] = _parse(parser, tmp_path, [*_PLAN, *notes], fmt)
    last = doc.sections[-1]
    assert (last.heading, last.children) == ("有关说明", []), [s.heading for s in walk(last.children)]
    assert len(last.paragraphs) == 3
    guide = [*_PLAN[:9], "（三）业务指导：指导各乡镇开展农田建设。", "（四）资金支持：县财政安排补助资金。", *_PLAN[9:]]
    [doc] = _parse(parser, tmp_path, guide, fmt)
    assert "业务指导" in [s.heading for s in walk(doc.sections)]
