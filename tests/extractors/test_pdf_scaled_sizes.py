"""A page printed by Chromium sets its text at 16 px under a 0.75 scale: 12 pt on paper. PDFium reports the size
before the scale (16), pdfplumber after (12); a page of the file read by each (a page with drawn boxes goes to
pdfplumber) must still measure alike, or the one read small loses its last line as a footnote.

The page is rendered by Chromium from HTML written here; every text is our own.
"""

from __future__ import annotations

import shutil
import subprocess
from html import escape
from pathlib import Path

import pytest
from jihua.pipeline.text.normalize import repair

from jihua import extractors

_TITLE = "青禾县农业农村局2026年高标准农田建设工作要点"
# the line break puts "360亩…" at the first page's foot: a line opening with a figure, as a footnote does
_FOOT_LINE = "360亩。加强项目质量监管，严格执行竣工验收制度。"
_LAST_PARAGRAPH = ("全年新建高标准农田2.4万亩，改造提升1.1万亩，其中高效节水灌溉面积不少于", _FOOT_LINE)
_PAGE_TWO = [f"（{n}）第{n}项任务。各乡镇要落实属地责任，细化施工计划，按月报送工程进度和资金拨付情况，确保年底前全部完工。"
             for n in "一二三四五六七八九十"]
_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{{font-family:"Noto Serif CJK SC",serif;font-size:16px;line-height:1.9;margin:0}}
h1{{font-size:24px;text-align:center}} .bar span{{display:inline-block;border:1px solid #999;border-radius:6px;
padding:2px 8px;margin-right:6px;font-size:12px}} .gap{{height:{gap}px}} p{{margin:0 0 8px 0}}
</style></head><body><div class="bar">{buttons}</div><h1>{title}</h1><div class="gap"></div>
<p>{first}<br>{foot}</p><div style="break-after:page"></div>{rest}</body></html>"""


def _print(tmp_path: Path, gap: int) -> Path:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if chromium is None:
        pytest.skip("Chromium is not installed (CI installs it)")
    page, pdf = tmp_path / "page.html", tmp_path / "page.pdf"
    page.write_text(_HTML.format(gap=gap, title=escape(_TITLE), first=escape(_LAST_PARAGRAPH[0]), foot=escape(_FOOT_LINE),
                                 buttons="".join(f"<span>{w}</span>" for w in ("微信", "微博", "打印", "关闭", "收藏", "纠错")),
                                 rest="".join(f"<p>{escape(x)}</p>" for x in _PAGE_TWO)), encoding="utf-8")
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={pdf}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    return pdf


def test_a_line_at_the_first_pages_foot_going_on_with_its_sentence_is_body(tmp_path: Path) -> None:
    pdf = _print(tmp_path, gap=760)
    _, blocks = extractors.extract(pdf)
    body = [b for b in blocks if b.furniture is None and b.kind != "table"]
    assert "".join(_LAST_PARAGRAPH) in [repair(b.text) for b in body]  # (pdfplumber reads Kangxi radicals: "⾼")
    assert not [b for b in blocks if b.furniture == "notes"]
    sizes = {b.prov.page: b.font_size for b in body if b.text.startswith(("全年新建", "（三）"))}
    assert sizes == {1: 12.0, 2: 12.0}, "both pages measured on paper, whichever reader read them"
