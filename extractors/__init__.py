"""Format registry: one explicit mapping from sniffed type to extractor.

A new format is one module and one line here. Every extractor has the same shape,
`extract(path, options) -> Iterator[Block]`, and reports; it never builds the outline.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from jihua.extractors import docx, html, markdown, pdf, pptx, text
from jihua.extractors.options import ExtractOptions
from jihua.extractors.sniff import sniff
from jihua.schemas.blocks import Block
from jihua.schemas.errors import InputError

Extractor = Callable[[Path, ExtractOptions], Iterator[Block]]


def _legacy_ppt(path: Path, opts: ExtractOptions) -> Iterator[Block]:
    raise InputError(path, "legacy .ppt file: save it as .pptx")


EXTRACTORS: dict[str, Extractor] = {
    "docx": docx.extract,
    "doc": docx.extract_legacy_doc,
    "pptx": pptx.extract,
    "ppt": _legacy_ppt,
    "pdf": pdf.extract,
    "html": html.extract,
    "md": markdown.extract,
    "txt": text.extract,
}

SUPPORTED_SUFFIXES = (".docx", ".doc", ".pptx", ".pdf", ".html", ".htm", ".md", ".markdown", ".txt")


def extract(path: Path, opts: ExtractOptions | None = None) -> tuple[str, list[Block]]:
    """Sniff the file's real type and return (type, blocks in reading order)."""
    path = Path(path)
    kind = sniff(path)
    blocks = list(EXTRACTORS[kind](path, opts or ExtractOptions()))
    if not any((b.text.strip() or b.rows) and b.furniture is None for b in blocks):
        raise InputError(path, "no text found in the file")
    return kind, blocks


__all__ = ["EXTRACTORS", "SUPPORTED_SUFFIXES", "ExtractOptions", "extract", "sniff"]
