"""What an altChunk part holds, as a format the extractor registry reads.

Word's w:altChunk imports a whole part into the body: HTML (office systems export their
documents so), an MHT web archive, plain text, or another Word file. Each goes to the
extractor of its own format; RTF has none and is left out.
"""

from __future__ import annotations

from jihua.extractors.mht import web_archive_page

_HTML = ("text/html", "application/xhtml+xml")
_MHT = ("message/rfc822", "multipart/related", "application/x-mimearchive")
_DOCX = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "application/vnd.ms-word.document.macroEnabled.main+xml")


def chunk_content(content_type: str, blob: bytes) -> tuple[str, bytes] | None:
    """(registry type, bytes to read) of an altChunk part, or None for a format none reads."""
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind in _HTML:
        return "html", blob
    if kind in _MHT:
        page = web_archive_page(blob)
        return ("html", page) if page is not None else None
    if kind == "text/plain":
        return "txt", blob
    if kind in _DOCX:
        return "docx", blob
    return None
