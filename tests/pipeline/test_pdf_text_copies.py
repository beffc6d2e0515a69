"""Plans that reach the office as text copied out of a PDF (tests/fixtures/pdftext, invented wording): pdftotext's
default copy (each paragraph's first-line indent dropped, a space either side of a figure), its -layout copy (the
indent kept as two blanks, a table laid out in columns with its cells wrapped onto lines below) and a reader's
select-all copy (a table flattened one cell line a line)."""

from __future__ import annotations

from pathlib import Path

from jihua.extractors.options import ExtractOptions
from jihua.extractors.text import extract
from jihua.pipeline.model import Unit
from jihua.pipeline.reflow import reflow, wrap_width

FIXTURES = Path(__file__).parent.parent / "fixtures" / "pdftext"
PLAN_HEADINGS = [("一、", "发展目标"), ("二、", "重点任务"), ("三、", "保障措施")]


def _units(path: Path) -> list[Unit]:
    return [Unit(text=b.text, block=b) for b in extract(path, ExtractOptions(ocr=False))]


def _flat(doc) -> str:  # type: ignore[no-untyped-def]
    def walk(sections):  # type: ignore[no-untyped-def]
        for s in sections:
            yield s.heading
            yield from s.paragraphs
            yield from walk(s.children)
    return "\n".join([*doc.paragraphs, *walk(doc.sections)])


def test_a_labelled_first_line_short_of_the_wrap_by_its_dropped_indent_runs_on(parser) -> None:
    """pdftotext drops a paragraph's indent: its first line ends two characters short of the wrap, and a first line
    that opens with "1." or "一是" (its quotes printed a full em wide) was read as a heading over the rest."""
    wrap = wrap_width(_units(FIXTURES / "plan.pdftotext.txt"))
    assert wrap is not None and wrap.first and wrap.first < wrap.columns
    doc = parser.parse(FIXTURES / "plan.pdftotext.txt").documents[0]
    assert [(s.number, s.heading) for s in doc.sections] == PLAN_HEADINGS
    tasks = doc.sections[1]
    assert [c.heading for c in tasks.children] == ["做强特色产业，拓宽农民增收渠道", "补齐基础短板，改善农村人居环境"]
    text = _flat(doc).replace(" ", "")
    assert "镇级领导每半年走访经营户不少于2次" in text and "扶持精深加工企业扩能改造" in text
    assert "一是强化资金保障，统筹整合涉农资金不少于5200万元，优先保障" in text
    assert any(t.value == 2 and t.unit == "次" for t in doc.targets)


def test_an_indented_first_line_of_a_layout_copy_opens_a_paragraph_and_its_table_rows_keep_their_wrapped_cells(parser) -> None:
    """-layout: the table's rows, wider than the wrap, do not set the wrap's width (the body's lines do); the
    indented first line over a flush line is a paragraph's start, not a heading; a cell wrapped onto the line below
    ("和品牌培育" under "种植基地建设") joins its cell, not a heading "2通组公路提档"."""
    doc = parser.parse(FIXTURES / "plan.layout.txt").documents[0]
    assert [(s.number, s.heading) for s in doc.sections] == [*PLAN_HEADINGS[:2], ("三、", "责任分工"), ("四、", "保障措施")]
    assert doc.paragraphs[0].startswith("为推进乡村全面振兴") and doc.paragraphs[0].endswith("确保各项工作取得实效。")
    rows = [b.rows for b in _units(FIXTURES / "plan.layout.txt") if b.block.kind == "table"]
    assert rows == [[["序号", "任务名称", "责任单位", "配合单位", "完成时间"],
                     ["1", "种植基地建设和品牌培育", "农业服务中心", "各村、镇财政所", "2026 年 6 月底"],
                     ["2", "通组公路提档升级", "镇建设办", "交通运输所、各村", "2026 年 9 月底"],
                     ["3", "卫生户厕改建", "镇建设办", "各村", "2026 年 10 月底"]]]


def test_a_table_flattened_one_cell_line_a_line_is_a_table_not_numbered_headings(parser) -> None:
    """A select-all copy: "1 通组公路提档" / "升级" / "镇建设办 交通运输所、" / … — each row's number opens a short
    line among short lines; read as a decimal outline label it made every row's first cell a heading."""
    doc = parser.parse(FIXTURES / "tasks.selectall.txt").documents[0]
    assert [(s.number, s.heading) for s in doc.sections] == [("一、", "建设目标"), ("二、", "任务分工"), ("三、", "保障措施")]
    tables = [b for b in _units(FIXTURES / "tasks.selectall.txt") if b.block.kind == "table"]
    assert len(tables) == 1 and tables[0].block.rows is not None
    assert tables[0].block.rows[0] == ["序号", "任务名称", "责任单位", "配合单位", "完成时间"]
    assert [row[0] for row in tables[0].block.rows[1:]] == ["1 通组公路提档", "2 危桥排查和改", "3 村庄道路亮化"]


def test_short_numbered_headings_with_bodies_or_a_bare_list_are_no_flattened_table() -> None:
    """"1 总则" headings each over a sentence, or over one another, hold no cells between their numbers."""
    from jihua.extractors.text import flattened_rows

    assert flattened_rows(["1 总则", "为规范村务管理，制定本办法。", "2 职责分工", "村委会负责日常事务。",
                           "3 附则", "本办法自印发之日起施行。"]) == {}
    assert flattened_rows(["1 总则", "2 职责分工", "3 监督管理", "4 附则"]) == {}
    assert flattened_rows(["1 总则", "1.1 目的", "1.2 范围", "2 职责", "2.1 村委会", "2.2 村民小组"]) == {}


def _line(text: str) -> Unit:
    from jihua.schemas.blocks import Block, Provenance

    return Unit(text=text, block=Block(text=text, prov=Provenance(file="x.txt", index=0)))


def test_a_numbered_heading_well_short_of_the_first_lines_stays_apart_from_the_paragraph_under_it() -> None:
    """The dropped indent excuses two characters, not more: "（一）坚持生态优先，推动绿色发展" over a body's first
    line is a heading, even in a copy whose first lines stand short of the wrap."""
    body = ["为持续改善流域水环境质量，巩固水污染防治成果，结合",
            "本区实际，制定本方案。各街道要坚持问题导向和目标导向，统",
            "筹推进截污纳管、河道清淤和生态补水，确保各项任务落实。"]
    lines = [*body, "一、总体要求", "（一）坚持生态优先，推动绿色发展",
             "按照系统治理、综合施策的原则，全面推进全区河湖水系",
             "综合整治，力争到年底主要河流断面水质稳定达到Ⅲ类以上标",
             "准，群众对水环境的满意度明显提升，长效管护机制基本形成。",
             "（二）坚持统筹推进，落实属地责任",
             "各街道要切实履行属地管理责任，主要负责同志亲自部署，",
             "逐项建立任务清单，明确时间节点和责任人员，加强督促检查",
             "和跟踪问效，确保治理工作按计划推进，取得实实在在成效。"]
    units = [_line(t) for t in lines]
    out = [u.text for u in reflow(units)]
    assert "（一）坚持生态优先，推动绿色发展" in out and "（二）坚持统筹推进，落实属地责任" in out


def test_a_labelled_heading_with_a_comma_stays_apart_from_a_paragraphs_first_line_under_it() -> None:
    """"（一）健全议事机制，全面落实各级河长巡查管护职责" (a heading with a comma, as wide as the file's first
    lines) over a paragraph's own first line (as wide as the first lines, opening a sentence) is a heading: only a
    line that fills the wrap or ends the paragraph goes on from it."""
    lines = ["为全面推行河湖长制，持续改善全区河湖生态环境质量，切",
             "实保障水安全，推动生态文明建设再上新台阶，结合本区实际情",
             "况，制定本方案。",
             "一、主要任务",
             "（一）健全议事机制，全面落实各级河长巡查管护职责",
             "各街道、各有关部门要把河湖管护作为一项重要政治任务，",
             "区级河湖长每季度巡河不少于一次，街道级河湖长每月巡河不少",
             "于一次，及时发现和解决突出问题。",
             "建立河湖长履职述职制度，每年开展一次履职情况考核评价",
             "，结果纳入年度综合考核。",
             "（二）强化源头治理",
             "全面排查入河排污口，建立问题清单和整改台账，实行销号",
             "管理，确保各类排污口规范设置、达标排放，推动全区水质稳步",
             "改善。",
             "二、保障措施",
             "各街道要加强组织领导，明确责任分工，强化督查考核，对",
             "工作推进不力、问题整改不到位的单位依规依纪严肃问责，确保",
             "方案落地见效。"]
    units = [_line(t) for t in lines]
    wrap = wrap_width(units)
    assert wrap is not None and wrap.first and wrap.first < wrap.columns, wrap
    out = [u.text for u in reflow(units)]
    assert "（一）健全议事机制，全面落实各级河长巡查管护职责" in out, out


def test_an_outline_of_short_items_under_numbered_headings_is_no_flattened_table() -> None:
    """"1 完善议事规则" / "修订村规民约" / "公开议事流程" / "2 …": short items under numbered headings, no header, no
    deadline or org in the rows — an outline, not a table's cells a line each."""
    from jihua.extractors.text import flattened_rows

    outline = ["1 完善议事规则", "修订村规民约", "公开议事流程", "2 丰富文化生活", "组建文艺队伍", "举办乡村夜校",
               "3 改善人居环境", "清理房前屋后", "评选美丽庭院"]
    assert flattened_rows(outline) == {}
    rows = ["1 修订村规民约", "村委会", "2027年3月底", "2 举办乡村夜校", "镇文化站", "2027年6月底"]
    assert list(flattened_rows(rows)) == [0]
