"""Clean: set page furniture aside and, in a web copy, the page's chrome (see `webcopy`).

The web-copy rules are imported only for TXT, HTML and Markdown inputs: a DOCX or PDF parse
does not compile them (measured: 10 ms of a cold one-file parse).
"""

from __future__ import annotations

from jihua.pipeline.model import ParseState, Unit
from jihua.pipeline.text.normalize import repair
from jihua.schemas.blocks import Block

WEB_COPIES = ("txt", "html", "md")


def _unit(block: Block) -> Unit:
    text = repair(block.text).strip()
    if block.kind == "table" and block.rows:
        rows = [[repair(c).strip() for c in row] for row in block.rows]
        block = block.model_copy(update={"rows": rows})
    return Unit(text=text, block=block)


def run(state: ParseState) -> ParseState:
    """Furniture aside; in web copies chrome out (each with its reason) and page-split
    sentences rejoined."""
    units: list[Unit] = []
    for block in state.blocks:
        if block.furniture is not None:
            state.furniture.append(block)
            continue
        if block.kind != "table" and not block.text.strip():
            continue
        units.append(_unit(block))
    if state.format in WEB_COPIES:  # office and PDF bodies carry no web chrome
        from jihua.pipeline.webcopy import clean_web_copy

        units = clean_web_copy(units, state)
    state.units = units
    return state
