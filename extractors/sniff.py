"""File type from content, not from the extension (web copies are often misnamed)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from jihua.extractors.mht import is_web_archive
from jihua.schemas.errors import InputError

_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<div", b"<p>", b"<meta", b"<table")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except zipfile.BadZipFile as exc:
        raise InputError(path, f"corrupt or truncated file (broken ZIP container: {exc})") from None
    if "word/document.xml" in names:
        return "docx"
    if "ppt/presentation.xml" in names:
        return "pptx"
    if any(n.startswith("xl/") for n in names):
        raise InputError(path, "unsupported format: spreadsheet (.xlsx); save the plan as .docx or .pdf")
    if "content.xml" in names and "mimetype" in names:
        return _open_document_kind(path)
    raise InputError(path, "unsupported format: a ZIP archive that is not a Word or PowerPoint file")


_ODF_KINDS = {"application/vnd.oasis.opendocument.text": "odt",
              "application/vnd.oasis.opendocument.presentation": "odp"}


def _open_document_kind(path: Path) -> str:
    """odt / odp by the package's own `mimetype` entry (a spreadsheet or drawing is not a plan)."""
    try:
        with zipfile.ZipFile(path) as zf:
            mimetype = zf.read("mimetype").decode("ascii", errors="replace").strip()
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise InputError(path, f"corrupt or truncated OpenDocument file ({exc})") from None
    if mimetype in _ODF_KINDS:
        return _ODF_KINDS[mimetype]
    raise InputError(path, f"unsupported format: OpenDocument file of type {mimetype or 'unknown'}; "
                           "save the plan as .docx or .pdf")


def _ole_kind(path: Path, head: bytes) -> str:
    with path.open("rb") as fh:
        blob = fh.read(1 << 20)
    if "EncryptionInfo".encode("utf-16-le") in blob or b"EncryptionInfo" in blob:
        raise InputError(path, "password-protected Office file; remove the password and try again")
    if "PowerPoint Document".encode("utf-16-le") in blob:
        return "ppt"
    if "WordDocument".encode("utf-16-le") in blob:
        return "doc"
    raise InputError(path, "unsupported format: legacy Office file that is neither Word nor PowerPoint")


# Markdown saved under .txt (notes kept as Markdown, a site's "download as text"): two ATX heading
# lines ("## 一、…") in the head; a plain plan never opens lines with hashes and a space
_MARKDOWN_HEADINGS = re.compile(rb"^#{1,6}[ \t]+\S", re.MULTILINE)


def sniff(path: Path) -> str:
    """Return one of docx, pptx, pdf, doc, rtf, odt, ppt, odp, html (MHT too), md, txt; raise InputError otherwise."""
    if not path.exists():
        raise InputError(path, "file not found")
    if path.is_dir():
        raise InputError(path, "is a folder, not a file")
    if path.stat().st_size == 0:
        raise InputError(path, "empty file")
    with path.open("rb") as fh:
        head = fh.read(4096)
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(path)
    if head.startswith(_OLE_MAGIC):
        return _ole_kind(path, head)
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head[:8] in (b"\x89PNG\r\n\x1a\n",) or head.startswith((b"\xff\xd8\xff", b"GIF8")):
        raise InputError(path, "unsupported format: an image; put scans in a PDF")
    if is_web_archive(head):  # MHT: a web page saved as one MIME message, whatever its name
        return "html"
    from jihua.extractors.text import bom_only, text_encoding  # the text reader loads only for text files

    if len(head) < 4096 and bom_only(head):
        raise InputError(path, "empty file (nothing after its byte-order mark)")
    encoding = text_encoding(head)
    if encoding is None:
        raise InputError(path, "unsupported format: binary file of unknown type")
    lowered = head.decode(encoding, errors="ignore").encode("utf-8").lower().lstrip()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in lowered:
        return "html"
    if any(m in lowered[:2048] for m in _HTML_MARKERS) and path.suffix.lower() not in (".md", ".markdown"):
        return "html"
    if path.suffix.lower() in (".md", ".markdown") or len(_MARKDOWN_HEADINGS.findall(lowered)) >= 2:
        return "md"
    return "txt"
