"""The document page shows the tables of a document's opening text as it shows a section's."""

from __future__ import annotations

from pathlib import Path

import docx


def _form(path: Path) -> Path:
    """A form with no headings: a title, a paragraph, its table."""
    d = docx.Document()
    d.add_paragraph("澄水县民政局2026年重点工作任务清单", style="Title")
    d.add_paragraph("现将重点工作任务清单印发如下。")
    table = d.add_table(rows=2, cols=2)
    for c, (head, cell) in enumerate([("工作任务", "新建农村公益性公墓6处"), ("责任科室", "社会事务科")]):
        table.cell(0, c).text, table.cell(1, c).text = head, cell
    d.save(str(path))
    return path


def test_the_document_page_shows_the_opening_table(parser, tmp_path) -> None:
    import jinja2
    from jihua.pipeline.archive import filters
    from jihua.pipeline.web import app

    result = parser.parse(_form(tmp_path / "form.docx"))
    folder = Path(app.__file__).with_name("templates")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)), autoescape=True)
    env.globals |= {"DOC_TYPES": filters.DOC_TYPES, "SECTION_TYPES": filters.SECTION_TYPES, "COMPARATORS": {},
                    "allow_upload": False, "marked": lambda text, *_: text, "url_for": lambda *_, **__: ""}
    info = {"year_note": "", "path": "form.docx", "file_id": 1, "format": "docx", "copies": [], "series_key": "k"}
    page = env.get_template("document.html").render(doc=result.documents[0], result=result, info=info,
                                                    document_id=1, headings={}, others=[], on_disk=False)
    assert "<td>社会事务科</td>" in page  # a cell of the table, not of the targets list
