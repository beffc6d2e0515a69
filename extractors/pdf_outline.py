"""The PDF outline (bookmarks) as evidence of headings and their levels.

Word and WPS write a bookmark for each heading-styled paragraph when they save a PDF; its
depth in the bookmark tree is the heading's outline level, as a DOCX Heading style's is. A
bookmark counts only where its title is the whole text of a paragraph on the page it points
to, so bookmarks of another kind (one per page, a compilation's file names) change nothing.
A PDF without bookmarks costs one PDFium call.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from jihua.schemas.blocks import Block

_SPACE = re.compile(r"\s+")
MAX_DEPTH = 9  # DOCX outline levels run 0-8


def _key(text: str) -> str:
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


def bookmarks(doc: Any) -> dict[str, list[tuple[int, int | None]]]:
    """Bookmark titles (whitespace-free) to their (depth, 1-based page or None), in outline order."""
    out: dict[str, list[tuple[int, int | None]]] = {}
    try:
        for mark in doc.get_toc(max_depth=MAX_DEPTH):
            key = _key(mark.get_title() or "")
            dest = mark.get_dest()
            index = dest.get_index() if dest is not None else None
            if key:
                out.setdefault(key, []).append((mark.level, None if index is None else index + 1))
    except Exception:  # a broken outline is no evidence; the text is read without it
        return {}
    return out


def mark_heading(block: Block, marks: dict[str, list[tuple[int, int | None]]]) -> Block:
    """The block as a heading at the bookmark's level when a bookmark names exactly its text
    (on its page); each bookmark is used once."""
    if block.kind != "paragraph" or block.furniture is not None or len(block.text) > 60:
        return block
    found = marks.get(_key(block.text))
    if not found:
        return block
    for k, (level, page) in enumerate(found):
        if page is None or page == block.prov.page:
            del found[k]
            return block.model_copy(update={"kind": "heading", "outline_level": level})
    return block
