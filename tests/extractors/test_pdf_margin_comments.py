"""Comments printed in the margin (a cloud document exported with its comments): cards in a smaller
type beside the body's column, at a left edge of their own, are set aside as comments; the body's
sentences read on across the lines the cards stand beside. A table's small last column, a closing
set right, a slide's second text box are not comments. PDFs are printed by Chromium from HTML we
write here, or laid out as characters; every text is our own."""

from __future__ import annotations

import shutil
import subprocess
from html import escape
from pathlib import Path

import pytest
from jihua.extractors.pdf_lines import Char, text_lines
from jihua.extractors.pdf_margin import margin_notes

from jihua import extractors

_TITLE = "青溪县水务局2026年农村供水保障工作方案"
_PARAS = [
    "为提升农村供水保障水平，巩固脱贫攻坚成果，根据省市有关部署，结合我县实际，制定本方案。",
    "一、工作目标",
    "到2026年底，全县农村自来水普及率达到97%以上，规模化供水工程覆盖农村人口比例达到85%，新建改造供水管网不少于260公里，水质达标率稳定在95%以上，较上年提高2个百分点。",
    "二、重点任务",
    "（一）实施城乡供水一体化工程。推进县城水厂管网向周边乡镇延伸，年内完成白沙、石桥两个乡镇的管网联通，新增受益人口1.6万人，同步改造老旧入户管道和计量设施，实现抄表到户、服务到户。",
    "（二）加强水源保护。完成14处千吨万人水源地保护区划定，设立界标和警示牌，开展水源地环境问题排查整治，每季度开展一次水质检测，发现问题及时通报属地乡镇限期整改。",
    "三、保障措施",
    "县财政安排农村供水专项资金不少于3500万元，各乡镇落实管护责任，确保工程建得成、管得好、用得久。",
]
_CARDS = {  # paragraph index: (author and time, comment)
    2: ("周晓岚 3月4日 09:40", "管网里程请与发改局的项目库核对。"),
    4: ("韩立 3月4日 15:12", "两个乡镇的名称是否还要再确认一下？"),
    5: ("周晓岚 3月5日 10:05", "检测频次改为每月一次是否可行，请水质中心研究。"),
}
_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{{font-family:"Noto Serif CJK SC",serif;margin:0}}
h1{{font-size:22px;width:70%;text-align:center}}
.row{{display:flex;align-items:flex-start}} .main{{width:70%;flex:none;font-size:19px;line-height:1.75;margin:0 0 6px 0}}
.side{{margin-left:3%;width:27%;font-size:13px;line-height:1.45;padding-top:5px}}
.card{{border:1px solid #ddd;padding:3px 5px}} .who{{color:#555}}
</style></head><body><h1>{title}</h1>{rows}</body></html>"""


def _card(k: int) -> str:
    if k not in _CARDS:
        return ""
    who, text = _CARDS[k]
    return f"<div class='card'><div class='who'>{escape(who)}</div>{escape(text)}</div>"


def _export(tmp_path: Path) -> Path:
    """The document with its comment cards beside their paragraphs, printed to PDF by Chromium."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if chromium is None:
        pytest.skip("Chromium is not installed (CI installs it)")
    rows = "".join(f"<div class='row'><p class='main'>{escape(p)}</p><div class='side'>{_card(k)}</div></div>"
                   for k, p in enumerate(_PARAS))
    page, pdf = tmp_path / "doc.html", tmp_path / "doc.pdf"
    page.write_text(_PAGE.format(title=escape(_TITLE), rows=rows), encoding="utf-8")
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={pdf}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    return pdf


def test_comment_cards_in_the_margin_are_set_aside_and_the_body_reads_on(tmp_path: Path) -> None:
    blocks = extractors.extract(_export(tmp_path))[1]
    body = [b.text for b in blocks if b.furniture is None]
    assert body == [_TITLE, *_PARAS], "no author line as a heading, no sentence cut where a card stands"
    comments = "".join(b.text for b in blocks if b.furniture == "comment").replace(" ", "")
    assert comments == "".join(who + text for who, text in _CARDS.values()).replace(" ", ""), "every comment is kept"


def _line(text: str, x: float, top: float, size: float) -> list[Char]:
    return [Char(ch, x + size * k, x + size * (k + 1), top, top + size, size, "SimSun") for k, ch in enumerate(text)]


def _page(side: list[tuple[str, float, float, float]], rows: int = 10) -> list[tuple[str, list[Char]]]:
    """Body lines of 16 pt from x 70 to 390 every 28 pt, and the given lines (text, x, top, size)."""
    chars = [c for k in range(rows) for c in _line("各乡镇要压实属地责任加强日常巡查消除隐患", 70, 100 + 28 * k, 16)]
    chars += [c for text, x, top, size in side for c in _line(text, x, top, size)]
    return text_lines(chars)


def _noted(lines: list[tuple[str, list[Char]]], width: float = 595, height: float = 842) -> list[str]:
    found = margin_notes(lines, width, height)
    return [text for text, _ in found[1]] if found else []


_CARD = [("吴敏 5月6日 08:30", 420.0, 112.0, 10.5), ("请补充资金来源，", 420.0, 126.0, 10.5), ("并注明年度。", 420.0, 140.0, 10.5)]


def test_cards_between_the_body_lines_are_margin_notes() -> None:
    """The card's second line tops within 3 pt of a body line's and is read into it: it comes off."""
    lines = _page(_CARD)
    assert "请补充资金来源，" not in [text for text, _ in lines]
    found = margin_notes(lines, 595, 842)
    assert found is not None
    assert [text for text, _ in found[1]] == [text for text, *_ in _CARD]
    assert [text for text, _ in found[0]] == ["各乡镇要压实属地责任加强日常巡查消除隐患"] * 10


def test_a_tables_small_last_column_on_its_rows_tops_is_no_comment() -> None:
    lines = _page([("牵头单位", 420, 100 + 28 * k, 10.5) for k in range(4)])
    assert _noted(lines) == []


def test_a_closing_set_right_below_the_body_is_no_comment() -> None:
    lines = _page([("青溪县水务局", 420, 420, 12), ("2026年3月6日", 420, 440, 12)])
    assert _noted(lines) == []


def test_lines_in_the_bodys_own_type_are_no_comment() -> None:
    lines = _page([("监测站点", 420, 112, 16), ("水质中心", 420, 140 + 12, 16)])
    assert _noted(lines) == []


def test_a_slides_second_text_box_is_no_comment() -> None:
    assert _noted(_page(_CARD), 960, 540) == []


def test_body_lines_running_into_the_margin_column_make_it_no_comment() -> None:
    """A line of the body reaching past the cards' left edge: they are not in a margin of their own."""
    lines = _page([*_CARD, ("并同步更新乡镇台账和巡查记录", 390, 156, 16)])
    assert _noted(lines) == []
