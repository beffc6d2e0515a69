"""Stable ids: derived from a thing's path in the outline and its text, not from its position.

The same section or paragraph keeps its id when the file is parsed again, and when an
unrelated part of the document changes; archives and diffs can refer to it by id.
"""

from __future__ import annotations

import hashlib

from jihua.pipeline.model import Document, Section
from jihua.pipeline.text.normalize import bare


def digest(*parts: str, size: int = 10) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:size]


def _assign(sections: list[Section], path: tuple[str, ...], doc_key: str, seen: set[str]) -> None:
    for section in sections:
        here = (*path, bare(section.heading) or section.number)
        sid = "s-" + digest(doc_key, *here)
        n = 2
        while sid in seen:
            sid = "s-" + digest(doc_key, *here, str(n))
            n += 1
        seen.add(sid)
        section.id = sid
        _assign(section.children, here, doc_key, seen)


def block_id(owner: str, text: str, seen: set[str]) -> str:
    """Id of a paragraph/item/table under `owner` (a section or document id)."""
    bid = f"{owner}-{digest(bare(text), size=8)}"
    n = 2
    while bid in seen:
        bid = f"{owner}-{digest(bare(text), str(n), size=8)}"
        n += 1
    seen.add(bid)
    return bid


def run(doc: Document, file_sha: str, index: int) -> Document:
    doc.id = f"{file_sha[:12]}-{index}"
    _assign(doc.sections, (), bare(doc.title), set())
    return doc
