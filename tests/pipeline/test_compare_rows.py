"""Diff of a task-division table's rows: rows pair by what they do, not by their number, lead unit or deadline;
a row renumbered under one inserted above is its old self; a merged leading cell a text copy prints once is
the value above it."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from jihua.extractors import text as text_reader
from jihua.pipeline.compare.diff import compare
from jihua.schemas import diff as d

HEAD = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
# (task, lead, partner, deadline): an invented 2025 plan of a county's water bureau
TASKS_2025 = [
    ("完成河道清淤疏浚40公里，整治入河排污口15处。", "县水利局", "各乡镇", "10月底前"),
    ("建设农村供水保障工程，新增受益人口1.2万人。", "县水利局", "县财政局", "11月底前"),
    ("开展水土流失综合治理，治理面积达到18平方公里。", "县水保站", "县林业局", "12月底前"),
    ("修订防汛应急预案，组织山洪灾害防御演练3次。", "县应急局", "县水利局", "5月底前"),
]


def _plan(year: int, rows: list[tuple[str, str, str, str]], path: Path) -> Path:
    """A two-part plan whose second part holds the task table, rows numbered from 1."""
    doc = Document()
    doc.add_paragraph(f"东岭县{year}年水利重点工作实施方案")
    doc.add_paragraph("一、工作目标")
    doc.add_paragraph("全面提升水安全保障能力，巩固河湖长制工作成效，推动全县水利高质量发展。")
    doc.add_paragraph("二、重点任务")
    doc.add_paragraph("各牵头单位要细化措施，按期完成下列任务。")
    table = doc.add_table(rows=1 + len(rows), cols=len(HEAD))
    for k, name in enumerate(HEAD):
        table.cell(0, k).text = name
    for r, row in enumerate(rows, start=1):
        for k, cell in enumerate((str(r), *row)):
            table.cell(r, k).text = cell
    doc.save(str(path))
    return path


def _rows(result: d.DiffResult) -> list[d.ItemChange]:
    return [i for i in result.items if " | " in (i.old or i.new or "") and "序号" not in (i.old or i.new or "")]


def test_a_row_replaced_at_the_same_number_is_removed_and_added(parser, tmp_path: Path) -> None:
    """Row 2 dropped and an unrelated task numbered 2 with the same lead unit: two tasks, not one changed."""
    new_rows = list(TASKS_2025)
    new_rows[1] = ("推进智慧水务平台建设，接入水位雨量监测站点60个。", "县水利局", "县大数据中心", "11月底前")
    new_rows[2] = ("开展水土流失综合治理，治理面积达到20平方公里。", "县水保站", "县林业局", "12月底前")
    result = compare(parser.parse(_plan(2025, TASKS_2025, tmp_path / "a.docx")),
                     parser.parse(_plan(2026, new_rows, tmp_path / "b.docx")))
    by_status = {(i.status, (i.old or i.new or "").split(" | ")[1]) for i in _rows(result)}
    assert ("removed", TASKS_2025[1][0]) in by_status and ("added", new_rows[1][0]) in by_status
    changed = [i for i in _rows(result) if i.status == "changed"]
    assert [c.old.split(" | ")[1] for c in changed if c.old] == [TASKS_2025[2][0]]  # a figure edited: one row changed


def test_rows_renumbered_under_an_inserted_row_pair_with_their_old_selves(parser, tmp_path: Path) -> None:
    """A row inserted at the top shifts every later 序号 by one: only the new row is added; the row whose
    deadline changed is changed, with the number kept out of the marked edits; the rest are the same."""
    new_rows = [("划定县级河湖管理范围，设立界桩200个。", "县水利局", "自然资源局", "6月底前"), *TASKS_2025]
    new_rows[4] = (*new_rows[4][:3], "4月底前")
    result = compare(parser.parse(_plan(2025, TASKS_2025, tmp_path / "a.docx")),
                     parser.parse(_plan(2026, new_rows, tmp_path / "b.docx")))
    statuses = [(i.status, (i.old or i.new or "").split(" | ")[1]) for i in _rows(result)]
    assert sorted(statuses) == sorted([("added", new_rows[0][0]), *(("same", t[0]) for t in TASKS_2025[:3]),
                                       ("changed", TASKS_2025[3][0])])
    changed = next(i for i in _rows(result) if i.status == "changed")
    assert [(op.old, op.new) for op in changed.inline if op.op != "equal"] == [("5", "4")]


TIMETABLE = [["月份", "周次", "主要工作", "责任科室"],
             ["3月", "第1周", "召开年度工作部署会", "办公室"],
             ["3月", "第2—3周", "开展春季水利设施安全检查", "工管科"],
             ["4月", "第5周", "举办节水宣传周活动", "节水办"]]


def test_a_merged_leading_cell_printed_once_in_a_text_copy_is_the_value_above(parser, tmp_path: Path) -> None:
    """The DOCX merges 3月 over two rows (filled down on reading); its text copy prints 3月 once and opens the
    next row with a tab: the rows are the same, and the text reader keeps the empty first cell."""
    doc = Document()
    doc.add_paragraph("东岭县水利局2025年春季工作安排")
    doc.add_paragraph("一、工作安排")
    table = doc.add_table(rows=len(TIMETABLE), cols=4)
    for r, row in enumerate(TIMETABLE):
        for k, cell in enumerate(row):
            if not (r == 2 and k == 0):
                table.cell(r, k).text = cell
    table.cell(1, 0).merge(table.cell(2, 0))
    docx_path = tmp_path / "b.docx"
    doc.save(str(docx_path))
    lines = ["\t".join(row) for row in TIMETABLE]
    lines[2] = "\t" + "\t".join(TIMETABLE[2][1:])
    txt_path = tmp_path / "a.txt"
    txt_path.write_text("东岭县水利局2025年春季工作安排\n一、工作安排\n" + "\n".join(lines) + "\n", encoding="utf-8")
    assert text_reader.layout_rows(lines)[2] == ["", *TIMETABLE[2][1:]]
    result = compare(parser.parse(txt_path), parser.parse(docx_path))
    rows = [i for i in result.items if " | " in (i.old or i.new or "")]
    assert len(rows) == len(TIMETABLE) and all(i.status == "same" for i in rows)
    # every row opening with a tab is a table typed indented: only a tab past the first row's is an empty cell
    indented = ["\t" + line for line in lines]
    assert text_reader.layout_rows(indented) == text_reader.layout_rows(lines)


def _weekly(year: int, head: list[str] | None, rows: list[list[str]], path: Path) -> Path:
    """A school's weekly calendar: its first column holds the week (or month) each task falls in."""
    doc = Document()
    doc.add_paragraph(f"西岗小学{year}年春季学期工作计划")
    doc.add_paragraph("一、周历安排")
    body = [head, *rows] if head else rows
    table = doc.add_table(rows=len(body), cols=len(body[0]))
    for r, row in enumerate(body):
        for k, cell in enumerate(row):
            table.cell(r, k).text = cell
    doc.save(str(path))
    return path


WEEKS = [["1", "开学报到，召开教职工大会", "校办"], ["3", "组织春季运动会", "体育组"],
         ["6", "开展期中质量检测", "教务处"]]


def test_a_week_or_month_column_holds_data_not_row_numbers(parser, tmp_path: Path) -> None:
    """周次 3 moved to week 5: the row changed, its week edited; a 月份 column of digits alike. A 序号 column
    still counts rows (renumbering is no edit)."""
    moved = [WEEKS[0], ["5", *WEEKS[1][1:]], WEEKS[2]]
    for head in (["周次", "工作内容", "负责部门"], ["月份", "工作内容", "负责部门"]):
        result = compare(parser.parse(_weekly(2025, head, WEEKS, tmp_path / "a.docx")),
                         parser.parse(_weekly(2026, head, moved, tmp_path / "b.docx")))
        changed = [i for i in result.items if i.status == "changed" and " | " in (i.old or "")]
        assert [(op.old, op.new) for c in changed for op in c.inline if op.op != "equal"] == [("3", "5")]
    renumbered = [["1", *WEEKS[0][1:]], ["2", *WEEKS[1][1:]], ["3", *WEEKS[2][1:]]]
    shifted = [["1", "召开家长会", "德育处"], *([str(k + 2), *r[1:]] for k, r in enumerate(renumbered))]
    result = compare(parser.parse(_weekly(2025, ["序号", "工作内容", "负责部门"], renumbered, tmp_path / "c.docx")),
                     parser.parse(_weekly(2026, ["序号", "工作内容", "负责部门"], shifted, tmp_path / "d.docx")))
    assert not [i for i in result.items if i.status == "changed"]


def test_without_a_header_only_numbers_running_on_by_one_count_the_rows(parser, tmp_path: Path) -> None:
    """No header: weeks 1, 3, 6 are data (a moved week is a change); 1, 2, 3 count the rows."""
    moved = [WEEKS[0], ["5", *WEEKS[1][1:]], WEEKS[2]]
    result = compare(parser.parse(_weekly(2025, None, WEEKS, tmp_path / "a.docx")),
                     parser.parse(_weekly(2026, None, moved, tmp_path / "b.docx")))
    assert [i.status for i in result.items if " | " in (i.old or i.new or "")].count("changed") == 1
