"""MHT / MHTML (网页，单个文件): a web page saved as one MIME message, read as the page it holds.

Browsers and Word save "a web page, single file" as a multipart/related message: the HTML part
quoted-printable or base64 in the charset its Content-Type names, images and styles beside it.
It is a web-page format, known by its MIME head whatever the file is called; the page inside
goes to the HTML reader. Word's w:altChunk imports such an archive too and uses the same decoder.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from email.message import EmailMessage

_ARCHIVE = ("multipart/related", "application/x-mimearchive")
_HTML = ("text/html", "application/xhtml+xml")
_HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]*:")
# pages labelled GB2312 or GBK often hold characters only GB18030 (their superset) names
_GB = {"gb2312", "gbk", "gb_2312-80", "x-gbk", "cp936", "euc-cn", "hz-gb-2312"}


def is_web_archive(head: bytes) -> bool:
    """Whether the file's first bytes are a MIME head whose message is a web archive."""
    if not _HEADER_LINE.match(head):
        return False
    import email.policy  # the email package loads only for a file that opens like a MIME head
    from email.parser import BytesHeaderParser

    blank = re.search(rb"\r?\n\r?\n", head)
    headers = BytesHeaderParser(policy=email.policy.default).parsebytes(head[: blank.start()] if blank else head)
    return headers.get_content_type() in _ARCHIVE


def _decoded(part: EmailMessage) -> bytes:
    """The part's bytes in UTF-8 with a BOM when its charset is named (a charset names the bytes
    more surely than the page's own <meta>); as they are otherwise, for the HTML reader to detect."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return b""
    charset = (part.get_content_charset() or "").lower()
    if not charset:
        return payload
    try:
        text = payload.decode("gb18030" if charset in _GB else charset, errors="replace")
    except LookupError:  # a charset Python does not know: let the reader detect it
        return payload
    return b"\xef\xbb\xbf" + text.encode("utf-8")


def web_archive_page(blob: bytes) -> bytes | None:
    """The first HTML page of a MIME web archive (transfer encoding undone), or None."""
    import email
    import email.policy
    from email.message import EmailMessage

    msg = email.message_from_bytes(blob, policy=email.policy.default)
    for part in msg.walk():
        if isinstance(part, EmailMessage) and not part.is_multipart() and part.get_content_type() in _HTML:
            page = _decoded(part)
            if page.strip():
                return page
    return None
