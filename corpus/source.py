"""Read the corpus's authored sources (`sources/*.plan`): the text and its intended structure.

A `.plan` file is front matter (`key: value` lines, then `---`) and one entry per line:

    P  paragraph text
    H1 type | label | heading text      (H2, H3 … for deeper levels)
    I  list item text, label included
    T  cell | cell | cell               (consecutive T lines form one table)
    DOC piece | title | org | year | doc_type   (compilations: starts the next document)

The same source feeds the renderer (every format) and the tests' expected answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

SOURCES = Path(__file__).with_name("sources")


@dataclass
class Entry:
    kind: str  # paragraph, heading, item, table
    text: str = ""
    level: int = 0
    type: str = ""
    number: str = ""
    rows: list[list[str]] = field(default_factory=list)

    @property
    def full(self) -> str:
        """Heading as printed with its label ("一、指导思想")."""
        return f"{self.number}{self.text}" if self.kind == "heading" else self.text


@dataclass
class SourceDoc:
    title: str
    org: str | None
    year: int | None
    doc_type: str
    date: str | None = None
    piece: str = ""  # compilation marker ("篇一")
    entries: list[Entry] = field(default_factory=list)

    def headings(self) -> list[Entry]:
        return [e for e in self.entries if e.kind == "heading"]


@dataclass
class Source:
    id: str
    meta: dict[str, str]
    documents: list[SourceDoc]

    @property
    def compilation(self) -> bool:
        return self.meta.get("compilation") == "yes"

    @property
    def title(self) -> str:
        return self.meta["title"]


def _doc_from_meta(meta: dict[str, str]) -> SourceDoc:
    year = meta.get("year")
    return SourceDoc(title=meta["title"], org=meta.get("org") or None, year=int(year) if year else None,
                     doc_type=meta.get("doc_type", "plan"), date=meta.get("date"))


def _entry(tag: str, rest: str) -> Entry:
    if tag == "P":
        return Entry("paragraph", rest)
    if tag == "I":
        return Entry("item", rest)
    if tag.startswith("H") and tag[1:].isdigit():
        type_, number, text = (p.strip() for p in rest.split("|", 2))
        return Entry("heading", text, level=int(tag[1:]), type=type_, number=number)
    raise ValueError(f"unknown entry tag {tag!r}")


def load(path: Path) -> Source:
    meta: dict[str, str] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    body_at = lines.index("---")
    for line in lines[:body_at]:
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    documents: list[SourceDoc] = [] if meta.get("compilation") == "yes" else [_doc_from_meta(meta)]
    for line in lines[body_at + 1:]:
        if not line.strip():
            continue
        tag, _, rest = line.partition(" ")
        rest = rest.strip()
        if tag == "DOC":
            piece, title, org, year, doc_type = (p.strip() for p in rest.split("|"))
            documents.append(SourceDoc(title=title, org=org or None, year=int(year) if year else None,
                                       doc_type=doc_type, piece=piece))
            continue
        doc = documents[-1]
        if tag == "T":
            cells = [c.strip() for c in rest.split("|")]
            if doc.entries and doc.entries[-1].kind == "table":
                doc.entries[-1].rows.append(cells)
            else:
                doc.entries.append(Entry("table", rows=[cells]))
            continue
        doc.entries.append(_entry(tag, rest))
    return Source(id=path.stem, meta=meta, documents=documents)


def all_sources() -> list[Source]:
    return [load(p) for p in sorted(SOURCES.glob("*.plan"))]
