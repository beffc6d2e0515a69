"""A table before the first heading (or in a document with no headings at all: a title, a paragraph, the
table, a closing paragraph) is the document's own: `tables` at the document level, as a section has its
`tables`, and diff, trace and the archive read its rows as they read a section's. Our own invented form."""

from __future__ import annotations

from pathlib import Path

import docx
from jihua.pipeline.archive.tables import flatten as archive_items
from jihua.pipeline.compare.views import flatten as diff_parts

ROWS = [["序号", "工作任务", "责任科室", "完成时限"],
        ["1", "新建农村公益性公墓6处", "社会事务科", "2026年10月底前"],
        ["2", "居家养老服务站覆盖率达到85%", "养老服务科", "2026年12月底前"]]


def _form(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("澄水县民政局2026年重点工作任务清单", style="Title")
    d.add_paragraph("为推动全年民政工作落地见效，现将重点工作任务清单印发如下。")
    table = d.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    for r, row in enumerate(ROWS):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    d.add_paragraph("各科室要按照清单明确的时限推进，每季度报送一次进展。")
    d.save(str(path))
    return path


def test_a_form_with_no_headings_has_its_table_at_the_document_level(parser, tmp_path) -> None:
    doc = parser.parse(_form(tmp_path / "form.docx")).documents[0]
    assert doc.sections == []
    assert [t.rows for t in doc.tables] == [ROWS]
    table_block = next(b for b in doc.preamble_blocks if b.kind == "table")
    assert doc.tables[0].id == table_block.id  # the same table, the same id


def test_the_opening_tables_rows_are_diffed_and_archived(parser, tmp_path) -> None:
    doc = parser.parse(_form(tmp_path / "form.docx")).documents[0]
    opening = diff_parts(doc)[0]
    assert any("新建农村公益性公墓6处" in item.text for item in opening.items)
    stored = [text for _, _, kind, text, part in archive_items(doc).items if kind == "table" and part == "preamble"]
    assert len(stored) == 1 and "居家养老服务站覆盖率达到85%" in stored[0]

