"""Clean: set page furniture aside and, in a web copy, the page's chrome (see `webcopy`).

The web-copy rules are imported only for TXT, HTML and Markdown inputs: a DOCX or PDF parse
does not compile them (measured: 10 ms of a cold one-file parse).
"""

from __future__ import annotations

import re

from jihua.pipeline.model import ParseState, Unit
from jihua.pipeline.text.normalize import repair
from jihua.schemas.blocks import TOC_TITLE, Block

WEB_COPIES = ("txt", "html", "md")
_LINED = ("txt",)  # formats whose blocks are the source's lines: a skipped line number is a blank line


def _unit(block: Block) -> Unit:
    text = repair(block.text).strip()
    if block.kind == "table" and block.rows:
        rows = [[repair(c).strip() for c in row] for row in block.rows]
        block = block.model_copy(update={"rows": rows})
    return Unit(text=text, block=block)


# a table-of-contents entry: its text, then a tab or dot leaders and the page it starts on
_TOC_ENTRY = re.compile(r"\S.{0,60}?(?:\t+|[.．·…]{2,}\s*|\s{2,})\d{1,3}\s*$")


def _contents_aside(units: list[Unit], state: ParseState) -> list[Unit]:
    """A 目录 the document prints ahead of its text ("一、强化企业创新主体地位⇥1"): its title and
    entries are page furniture (kind `toc`); read as text, the entries would become a second
    outline the body then nests under."""
    for i, unit in enumerate(units[:40]):
        if unit.block.kind == "table" or not TOC_TITLE.match(unit.text):
            continue
        end = i + 1
        while end < len(units) and units[end].block.kind != "table" and _TOC_ENTRY.fullmatch(units[end].text):
            end += 1
        if end - i > 2:
            state.furniture.extend(u.block.model_copy(update={"furniture": "toc"}) for u in units[i:end])
            return units[:i] + units[end:]
    return units


# a browser's print footer: the page's address ("http://www.example.gov.cn/art/2023/1/12/art_1.html  1/3"),
# and what a browser prints beside it: the page count "1/3" and the time it printed "2023/1/12 10:05"
_PRINTED_URL = re.compile(r"https?://\S+")
_PRINTED_MARK = re.compile(r"(?<![\d/])\d{1,3}\s*/\s*\d{1,3}(?![\d/])|\d{1,4}[/-]\d{1,2}[/-]\d{1,4}\s*(?:[上下]午)?\s*\d{1,2}:\d{2}")


def _printed_web_page(blocks: list[Block]) -> bool:
    """A PDF a browser printed from a web page: its running header or footer is the page's address,
    and the running lines also carry a browser's other print marks (a page count, the time printed)
    — an office's PDF that prints its site's address in the footer is not one. Such a PDF carries
    the page's chrome (menu, fields, footer) as a web copy does."""
    running = [b.text for b in blocks if b.furniture in ("header", "footer")]
    return any(_PRINTED_URL.search(t) for t in running) and any(_PRINTED_MARK.search(_PRINTED_URL.sub(" ", t))
                                                                for t in running)


def _line_spacing(units: list[Unit]) -> None:
    """A blank line after (nearly) every line of a hard-wrapped copy (CR CR LF line ends, a double-spaced
    copy) is the file's line spacing, not a paragraph break: the wrap decides where paragraphs end."""
    from jihua.pipeline.reflow import wrap_width

    spaced = sum(u.gap_before for u in units[1:])
    if len(units) > 3 and spaced >= 0.9 * (len(units) - 1) and wrap_width(units) is not None:
        for unit in units:
            unit.gap_before = False


def run(state: ParseState) -> ParseState:
    """Furniture aside; in web copies chrome out (each with its reason) and page-split
    sentences rejoined."""
    units: list[Unit] = []
    last_line: int | None = None  # the source line the previous block ended on (plain text: blank lines count)
    for block in state.blocks:
        if block.furniture is not None:
            state.furniture.append(block)
            continue
        if block.kind != "table" and not block.text.strip():
            continue
        unit = _unit(block)
        line = block.prov.paragraph
        unit.gap_before = state.format in _LINED and None not in (line, last_line) and line > last_line + 1  # type: ignore[operator]
        last_line = None if line is None else line + max(len(block.rows or []) - 1, 0)
        units.append(unit)
    _line_spacing(units)
    units = _contents_aside(units, state)
    if state.format in WEB_COPIES or _printed_web_page(state.blocks):  # office and PDF bodies carry no web chrome
        from jihua.pipeline.webcopy import clean_web_copy

        units = clean_web_copy(units, state)
    state.units = units
    return state
