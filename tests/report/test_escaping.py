"""Reports quote document text; a plan holding markup must show it as text and run nothing.

Plans are authored here with a <script>, an <img onerror>, table pipes and, in titles, a
newline and Word-illegal control characters. Every report format is rendered; the HTML ones
(and the Markdown one, through a Markdown renderer that lets raw HTML through, as many do)
are opened in headless Chromium, which must run none of it and show the characters.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from jihua.pipeline.compare.diff import compare
from jihua.pipeline.compare.series import series
from jihua.pipeline.report import write_diff, write_series
from jihua.pipeline.report.markdown import diff_markdown, series_markdown

SCRIPT = "<script>window.__xss=1;alert(1)</script>"
IMG = '<img src=x onerror="window.__xss=2">'
PLAN = """清河县退役军人事务局{year}年双拥工作计划
一、指导思想
坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党中央关于双拥工作的决策部署，巩固发展军政军民团结。
二、主要措施
（一）开展走访慰问{script}活动，全年不少于{n}次，覆盖全部重点优抚对象。
（二）组织宣传{img}活动 | 共建 | 联欢，营造拥军优属的浓厚氛围{extra}。
（三）做好优抚对象服务保障工作，落实各项优待政策，年内完成{n}次政策宣讲。
三、保障措施
加强组织领导，落实工作责任，各单位要明确专人负责，确保各项任务按期完成。
"""


def _plan(tmp: Path, year: int, n: int, extra: str) -> Path:
    path = tmp / f"plan-{year}.txt"
    path.write_text(PLAN.format(year=year, n=n, extra=extra, script=SCRIPT, img=IMG), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def results(parser, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("xss")
    out = []
    for year, n, extra in ((2022, 3, ""), (2023, 5, "，新增军营开放日"), (2024, 8, "，新增军地联谊")):
        result = parser.parse(_plan(tmp, year, n, extra))
        doc = result.documents[0]
        title = f"{doc.title}{SCRIPT}|标题\n第二行\x0b\x0c"  # a title with markup, a pipe, a newline, XML-illegal
        out.append(result.model_copy(update={"documents": [doc.model_copy(update={"title": title})]}))
    return out


CHROMIUM = shutil.which("chromium")


def _chromium_check(pages: list[Path]) -> None:
    playwright = pytest.importorskip("playwright.sync_api")
    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update"]
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=args)
        try:
            for html_page in pages:
                page = browser.new_page()
                dialogs: list[str] = []
                page.on("dialog", lambda d, seen=dialogs: (seen.append(d.message), d.dismiss()))
                page.goto(html_page.as_uri())
                page.wait_for_load_state("load")
                assert page.evaluate("window.__xss") is None, f"injected script ran in {html_page.name}"
                assert not dialogs, f"an alert fired in {html_page.name}"
                assert page.locator("img[onerror]").count() == 0, html_page.name
                text = page.inner_text("body")
                assert "<script>window.__xss=1" in text and 'onerror="window.__xss=2"' in text, html_page.name
                assert "活动 | 共建 | 联欢" in text, html_page.name
                page.close()
        finally:
            browser.close()


def test_markdown_cells_escape_pipes_newlines_and_markup(results) -> None:
    md = diff_markdown(compare(results[1], results[2]))
    rows = [line for line in md.splitlines() if line.startswith("| ") and "联欢" in line]
    assert rows and all(line.count(" | ") == 3 for line in rows), "a pipe in the text stays inside its cell"
    assert "<script>" not in md and "<img" not in md and "&lt;script&gt;" in md
    assert "第二行" in md.splitlines()[0], "a newline in a title does not break the heading"
    view = series_markdown(series(results))
    assert "<script>" not in view and view.splitlines()[0].count("第二行") == 1


def test_word_report_takes_control_characters(results, tmp_path: Path) -> None:
    out = tmp_path / "对照表.docx"
    write_diff(compare(results[1], results[2]), "docx", out)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    cells = [c.text for t in docx.Document(str(out)).tables for row in t.rows for c in row.cells]
    assert SCRIPT in text and "\x0b" not in text
    assert any(IMG in c and "活动 | 共建 | 联欢" in c for c in cells)


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium not installed")
def test_nothing_runs_in_chromium(results, tmp_path: Path) -> None:
    from markdown_it import MarkdownIt

    two, many, md = tmp_path / "diff.html", tmp_path / "series.html", tmp_path / "diff-md.html"
    write_diff(compare(results[1], results[2]), "html", two)
    write_series(series(results), "html", many)
    # a permissive Markdown viewer: raw HTML allowed, as in many editors and wikis
    rendered = MarkdownIt("commonmark", {"html": True}).enable("table").render(diff_markdown(compare(results[1],
                                                                                                      results[2])))
    md.write_text(f"<!DOCTYPE html><meta charset=utf-8><body>{rendered}</body>", encoding="utf-8")
    _chromium_check([two, many, md])
