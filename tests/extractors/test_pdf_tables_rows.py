"""PDF task tables: a row a page break cut in two is one row again; rows under a merged first
cell (one area, several tasks) stay rows of their own. Every text here is our own."""

from __future__ import annotations

from jihua.extractors.pdf import _cut_row


def test_the_part_of_a_row_on_the_next_page_continues_it() -> None:
    above = ["1", "开展病媒生物防制，每季", "县疾控中心", "各乡镇", "每季度末"]
    assert _cut_row(above, ["", "度开展一次统一灭鼠灭蚊活动", "", "", ""])


def test_tasks_under_a_merged_cell_or_after_a_finished_cell_are_rows_of_their_own() -> None:
    assert not _cut_row(["1", "完成户厕改造1500户。", "县农业农村局", "各乡镇", "11月"], ["", "开展厕所粪污治理", "", "", ""])
    assert not _cut_row(["", "组织军民共建活动10场", "", ""], ["", "发放优待金500万元", "", ""])  # no number above either


def test_a_pdf_task_table_with_a_merged_area_cell_keeps_its_tasks_apart(tmp_path) -> None:
    import shutil
    import subprocess

    import docx
    import pytest

    from jihua import extractors

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (CI installs it)")
    document = docx.Document()
    document.add_paragraph("某县2025年双拥工作任务分工")
    table = document.add_table(rows=4, cols=4)
    table.style = "Table Grid"  # ruled, as task tables are printed
    for k, text in enumerate(["领域", "工作任务", "责任单位", "完成时限"]):
        table.cell(0, k).text = text
    for r, task in enumerate(["开展走访慰问不少于4次", "组织军民共建活动10场", "发放优待金500万元"], start=1):
        table.cell(r, 1).text = task
    area = table.cell(1, 0).merge(table.cell(3, 0))
    area.text = "拥军优属"
    table.cell(1, 2).merge(table.cell(3, 2)).text = "县民政局"
    table.cell(1, 3).merge(table.cell(3, 3)).text = "12月底"
    source = tmp_path / "tasks.docx"
    document.save(str(source))
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(source)], check=True, capture_output=True, timeout=180)
    _, blocks = extractors.extract(tmp_path / "tasks.pdf")
    rows = next(b.rows for b in blocks if b.kind == "table")
    assert [r[1] for r in rows[1:]] == ["开展走访慰问不少于4次", "组织军民共建活动10场", "发放优待金500万元"]
