"""HTML: the article only, via trafilatura's main-content extraction, with structure kept.

Saved web copies carry navigation, related links, comments and download notices around the
plan. trafilatura (a maintained main-content extractor) drops most of that; its XML output
keeps <hN>, paragraphs, list items and tables, which become layout hints here. What chrome
survives inside the article (post info, "温馨提示") is the clean stage's job.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import trafilatura
from lxml import etree

from extractors.options import ExtractOptions
from extractors.text import read_text
from pipeline.errors import InputError
from schemas.blocks import Block, Provenance

_SITE_SEPARATORS = (" - ", " _ ", "_", "|", " — ")


def _element_text(el: etree._Element) -> list[str]:
    """Text of an element split at <lb/>, the <br> of the original page."""
    parts: list[str] = [el.text or ""]
    for child in el:
        if child.tag == "lb":
            parts.append("")
        else:
            parts[-1] += "".join(child.itertext())
        parts[-1] += child.tail or ""
    return [p.strip(" \t\n\u3000\u00a0") for p in parts if p.strip(" \t\n\u3000\u00a0")]


def _is_bold(el: etree._Element) -> bool:
    text = "".join(el.itertext()).strip()
    bold = "".join("".join(h.itertext()) for h in el.iter("hi") if h.get("rend") in ("#b", "#strong"))
    return bool(text) and len(bold.strip()) >= len(text) * 0.9


def _table_rows(el: etree._Element) -> list[list[str]]:
    rows = []
    for row in el.iter("row"):
        rows.append([" ".join(_element_text(cell)) for cell in row.iter("cell")])
    return rows


def _page_title(doc: etree._Element) -> str:
    title = (doc.get("title") or "").strip()
    for sep in _SITE_SEPARATORS:
        if sep in title:
            title = title.split(sep)[0].strip()
    return title


def extract(path: Path, opts: ExtractOptions) -> Iterator[Block]:
    """Article blocks in reading order; the page title first when the article lacks it."""
    html = read_text(path)
    xml = trafilatura.extract(
        html, output_format="xml", include_tables=True, include_formatting=True,
        include_comments=False, include_links=False, include_images=False,
        favor_recall=True, with_metadata=True, deduplicate=False,
    )
    if not xml:
        raise InputError(path, "no article text found in the web page")
    doc = etree.fromstring(xml.encode("utf-8"))
    main = doc.find("main")
    if main is None:
        raise InputError(path, "no article text found in the web page")
    index = 0

    def block(**kw: object) -> Block:
        nonlocal index
        b = Block(prov=Provenance(file=str(path), index=index), **kw)  # type: ignore[arg-type]
        index += 1
        return b

    elements = [el for el in main.iter() if el.tag in ("head", "p", "item", "table", "quote")]
    first_text = "".join(elements[0].itertext()).strip() if elements else ""
    title = _page_title(doc)
    if title and title not in first_text:
        yield block(kind="title", text=title, outline_level=0, role="page_title")
    for el in elements:
        if el.tag == "table":
            yield block(kind="table", text="", rows=_table_rows(el))
            continue
        if el.getparent() is not None and el.getparent().tag in ("item", "cell", "quote") and el.tag == "p":
            continue
        if any(a.tag == "table" for a in el.iterancestors()):
            continue
        lines = _element_text(el)
        if el.tag == "head":
            rend = el.get("rend") or "h2"
            level = int(rend[1]) - 1 if len(rend) == 2 and rend[1].isdigit() else 1
            kind = "title" if level == 0 else "heading"  # <h1> is the page's title, <h2>… its parts
            for line in lines:
                yield block(kind=kind, text=line, outline_level=level, style=rend)
        else:
            kind = "list_item" if el.tag == "item" else "paragraph"
            bold = _is_bold(el)
            for line in lines:
                yield block(kind=kind, text=line, bold=bold or None)
