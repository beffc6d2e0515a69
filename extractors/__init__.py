"""Format registry: one explicit mapping from sniffed type to extractor.

A new format is one module and one line here. Every extractor has the same shape,
`extract(path, options) -> Iterator[Block]`, and reports; it never builds the outline.
A format's module (and its library: python-docx, python-pptx, pypdfium2 …) is imported only
when a file of that format is read, so commands that read none start fast.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from importlib import import_module
from pathlib import Path

from jihua.extractors.convert import TWIN, read_converted
from jihua.extractors.options import ExtractOptions
from jihua.extractors.own_reports import written_by_jihua
from jihua.extractors.sniff import sniff
from jihua.schemas.blocks import Block
from jihua.schemas.errors import InputError

Extractor = Callable[[Path, ExtractOptions], Iterator[Block]]


# sniffed type → (module under jihua.extractors, function name); the older and open office
# formats (extractors.convert.TWIN: doc, rtf, odt, ppt, odp) are read as their DOCX/PPTX twin
REGISTRY: dict[str, tuple[str, str]] = {
    "docx": ("docx", "extract"),
    "pptx": ("pptx", "extract"),
    "pdf": ("pdf", "extract"),
    "html": ("html", "extract"),
    "md": ("markdown", "extract"),
    "txt": ("text", "extract"),
}



def extractor_for(kind: str) -> Extractor:
    """The extractor of a sniffed type, importing its module on first use."""
    if kind in TWIN:
        read_twin = extractor_for(TWIN[kind][1])
        return lambda path, opts: read_converted(path, kind, opts, read_twin)
    module, name = REGISTRY[kind]
    fn: Extractor = getattr(import_module(f"jihua.extractors.{module}"), name)
    return fn


# a file name's suffix → the sniffed type it usually holds: the suffixes a folder is searched for,
# and the readers a batch loads ahead (sniff decides what a file is)
# (.wps / .dps: WPS Office's own names for a Word / PowerPoint binary file; .shtml: a site's page;
# .mht / .mhtml: a web page saved as a single file, read as the HTML page inside)
_USUAL_KIND = {".docx": "docx", ".doc": "doc", ".wps": "doc", ".rtf": "rtf", ".odt": "odt",
               ".pptx": "pptx", ".ppt": "ppt", ".dps": "ppt", ".odp": "odp", ".pdf": "pdf",
               ".html": "html", ".htm": "html", ".shtml": "html",
               ".mht": "html", ".mhtml": "html", ".md": "md", ".markdown": "md", ".txt": "txt"}
SUPPORTED_SUFFIXES = tuple(_USUAL_KIND)


def named_otherwise(path: Path, kind: str) -> str:
    """"": the file is what its name says; else a note for a message ("(its content is TXT, not
    .docx)"), so a text saved under a Word name is not taken for a broken Word file."""
    usual = _USUAL_KIND.get(Path(path).suffix.lower())
    return "" if usual in (None, kind) else f" (its content is {kind.upper()}, not {Path(path).suffix.lower()})"


def preload(paths: Iterable[Path]) -> None:
    """Import the readers these files will probably need, once, before batch workers fork:
    each worker would otherwise import its own copy (python-docx alone is 20 ms a worker)."""
    for kind in {_USUAL_KIND[suffix] for p in paths if (suffix := Path(p).suffix.lower()) in _USUAL_KIND}:
        extractor_for(kind)


def extract(path: Path, opts: ExtractOptions | None = None) -> tuple[str, list[Block]]:
    """Sniff the file's real type and return (type, blocks in reading order)."""
    path = Path(path)
    kind = sniff(path)
    if written_by_jihua(path, kind):
        raise InputError(path, "a report jihua wrote (a comparison or trace), not a plan: left out")
    blocks = list(extractor_for(kind)(path, opts or ExtractOptions()))
    if not any((b.text.strip() or b.rows) and b.furniture is None for b in blocks):
        raise InputError(path, "no text found in the file")
    return kind, blocks


__all__ = ["REGISTRY", "SUPPORTED_SUFFIXES", "ExtractOptions", "extract", "extractor_for", "named_otherwise", "preload",
           "sniff"]
