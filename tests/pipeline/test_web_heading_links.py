"""A raw web copy sets a link inside a numbered heading on a line of its own: the heading breaks before and after.

"二、全面加强" | "农村供水" | "保障": the heading's words stop at a verb of work with its object still to come, and
short flush pieces finish them up to a blank line, a numbered line or an indented body. Every text here is written
for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.pipeline.model import Unit
from jihua.schemas.blocks import Block, Provenance

# headings flush, bodies indented, parts set apart by blank lines
_BLANKS = """青石县水务局2026年工作要点

　　2026年全县水务工作的总体思路是：守牢水安全底线，提升供水保障水平，推动水利事业高质量发展。

一、巩固农村饮水安全成果

　　（一）提升供水水质。完成12座水厂净化消毒设施改造，农村供水水质达标率达到95%以上。

二、全面加强
河湖长制
落实

　　一是开展河湖“清四乱”专项行动，全年巡河不少于600人次。二是完善河长履职考核办法。

三、工作原则
节水优先
系统治理

　　坚持以水定城、以水定产，统筹推进各项工作。
"""

# no blank lines; part headings flush, sub-parts and bodies indented
_INDENTED = """石门县档案馆2026年工作计划
　　为做好今年档案工作，结合全县实际，制定本计划。
一、夯实档案资源基础
　　（一）做好档案接收
　　1.按期接收进馆
　　全年接收档案不少于6000卷（件）。
　　（二）推进
智慧档案馆
平台建设
　　1.推进馆藏数字化
　　年内完成档案数字化加工15万页。
　　2.升级管理系统
　　完成管理系统与政务服务平台对接。
二、强化队伍建设
　　全年组织档案员业务培训3期，培训人数不少于120人次。
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "copy.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _tree(sections) -> list:  # type: ignore[no-untyped-def]
    return [(s.level, s.number, s.heading, _tree(s.children)) for s in sections]


def test_a_headings_link_pieces_join_its_numbered_line(parser, tmp_path) -> None:
    """"二、全面加强" | "河湖长制" | "落实" over a blank line is one heading, and "落实" no unnumbered part under it.
    A heading whose words name its part ("三、工作原则") keeps the short lines under it apart."""
    doc = parser.parse(_write(tmp_path, _BLANKS)).documents[0]
    headings = [s.heading for s in doc.sections]
    assert headings == ["巩固农村饮水安全成果", "全面加强河湖长制落实", "工作原则"]
    assert doc.sections[1].children == []
    assert doc.sections[1].paragraphs[0].startswith("一是开展河湖“清四乱”专项行动")
    assert "工作原则节水优先" not in " ".join(headings)


def test_an_indented_sub_headings_pieces_keep_the_items_level(parser, tmp_path) -> None:
    """"　　（二）推进" | "智慧档案馆" | "平台建设" over an indented numbered item: the pieces are the heading's, so
    its items stay one level below it, not two."""
    doc = parser.parse(_write(tmp_path, _INDENTED)).documents[0]
    assert _tree(doc.sections) == [
        (1, "一、", "夯实档案资源基础", [
            (2, "（一）", "做好档案接收", [(3, "1.", "按期接收进馆", [])]),
            (2, "（二）", "推进智慧档案馆平台建设", [(3, "1.", "推进馆藏数字化", []), (3, "2.", "升级管理系统", [])])]),
        (1, "二、", "强化队伍建设", [])]


def _line(text: str, gap: bool = False) -> Unit:
    indent = len(text) - len(text.lstrip("　"))
    block = Block(text=text.strip(), indent=float(indent) or None, prov=Provenance(file="t", index=0))
    return Unit(text=text.strip(), block=block, gap_before=gap)


@pytest.mark.parametrize(("lines", "indents"), [
    (["二、重点工作", "各乡镇要明确专人负责", "确保任务按期完成。"], False),  # a flush body under a whole heading
    (["四、加强", "各乡镇要明确专人负责，确保按期完成。"], False),  # a flush body's own sentence
    (["三、工作原则", "节水优先", "系统治理", "两手发力"], True),  # a heading over a list of short items
    (["一、工作目标", "供水安全", "河湖健康"], False),
    (["五、组织实施", "石门县水务局", "2026年2月10日"], False),  # a sign-off under the last heading
    (["五、持续推进", "石门县水务局", "2026年2月10日"], False),
    (["二、推进", "水源保护", "区划", "调整", "工作"], False),  # more pieces than a heading's links cut it into
], ids=["body", "sentence", "list", "list-flush", "signoff", "signoff-open", "too-many"])
def test_short_lines_under_a_whole_heading_stay_apart(lines: list[str], indents: bool) -> None:
    from jihua.pipeline.linkbreaks import _heading_split

    units = [_line(t) for t in lines]
    assert _heading_split(units[0], units[1:], indents) == 0
    cut = [_line("二、深化"), _line("水价综合"), _line("改革"), _line("一是完善阶梯水价制度。")]
    assert _heading_split(cut[0], cut[1:], indents) == 2
