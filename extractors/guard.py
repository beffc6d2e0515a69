"""The boundary around reading a file: whatever goes wrong while reading bytes is that file's
InputError with the underlying reason, and limits stop hostile files before they eat the machine.

Format modules raise InputError for the failures they foresee; a mutated file reaches the
libraries (lxml, zipfile, zlib, pdfminer, python-pptx) in ways nobody lists, so every other
exception raised while reading is turned into "cannot read the file (KeyError: …)" here, once,
rather than in each format module. Limits: the declared uncompressed size and compression ratio
of every zip member (zipfile never inflates past the declared size, so the check is sound), an
unused oversized binary part is blanked in a slim copy instead of inflated, size of a text
file, and characters extracted. Pages per PDF are counted where the PDF extractor opens the
file, so a PDF is opened once.
"""

from __future__ import annotations

import errno
import os
import tempfile
import zipfile
import zlib
from pathlib import Path

from jihua.extractors.mht import is_web_archive
from jihua.extractors.options import ExtractOptions
from jihua.schemas.blocks import Block
from jihua.schemas.errors import InputError, shown
from lxml import etree
from pydantic import ValidationError

from jihua import extractors, schemas

_MB = 1 << 20
_TEXT_KINDS = ("txt", "html", "md")
_MAX_MEMBERS = 20_000
_SMALL_PART = _MB  # parts below this size are not judged by their compression ratio


def check_path(path: Path) -> None:
    """Name what is wrong with a path the user gave (a symlink loop is not "file not found")."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(path, "symbolic link loop (the link points back at itself)") from None
        if exc.errno == errno.EACCES:
            raise InputError(path, "permission denied") from None
        if exc.errno == errno.ENAMETOOLONG:
            raise InputError(path, "file name too long") from None
        if exc.errno not in (errno.ENOENT, errno.ENOTDIR):
            raise InputError(path, f"cannot open ({exc.strerror or exc})") from None


def _is_xml(name: str) -> bool:
    return name.endswith((".xml", ".rels")) or name == "[Content_Types].xml"


def _zip_oversized(path: Path, opts: ExtractOptions) -> list[str]:
    """Binary members over the limits (to blank); raise for an XML part over them (it is needed)."""
    blank = []
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        if len(infos) > _MAX_MEMBERS:
            raise InputError(path, f"too many parts in the file ({len(infos)}; limit {_MAX_MEMBERS})")
        for info in infos:
            size, packed = info.file_size, max(info.compress_size, 1)
            reason = None
            if size > opts.max_part_mb * _MB:
                reason = f"is {size / _MB:.0f} MB uncompressed (limit {opts.max_part_mb} MB)"
            elif size > _SMALL_PART and size / packed > opts.max_ratio:
                reason = f"expands {size // packed}× (limit {opts.max_ratio}×): a zip bomb?"
            if reason is None:
                continue
            if _is_xml(info.filename):
                raise InputError(path, f"part {info.filename} {reason}")
            blank.append(info.filename)
    return blank


def _slim_copy(path: Path, blank: list[str], folder: str) -> Path:
    """A copy of the package with the named binary parts emptied, so they are never inflated."""
    slim = Path(folder) / ("slim" + path.suffix.lower())
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(slim, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, b"" if info.filename in blank else src.read(info))
    return slim


def _text_limit(path: Path, opts: ExtractOptions) -> tuple[int, str]:
    """(MB, what) a text file may be; a web archive (MHT) carries its images, so it is allowed
    what one part of an Office file is."""
    with path.open("rb") as fh:
        archive = is_web_archive(fh.read(4096))
    return (opts.max_part_mb, "web archive (MHT)") if archive else (opts.max_text_mb, "text file")


def _check_limits(path: Path, kind: str, opts: ExtractOptions) -> list[str]:
    if kind in _TEXT_KINDS and path.stat().st_size > opts.max_text_mb * _MB:
        limit, what = _text_limit(path, opts)
        size = path.stat().st_size / _MB
        if size > limit:
            raise InputError(path, f"{what} too large ({size:.0f} MB; limit {limit} MB)")
    if kind in ("docx", "pptx"):
        return _zip_oversized(path, opts)
    return []


def _reason(exc: BaseException) -> str:
    if isinstance(exc, MemoryError):
        return "out of memory while reading the file"
    if isinstance(exc, RecursionError):
        return "structure nested too deeply to read"
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot read the file ({exc.strerror})"
    detail = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, zipfile.BadZipFile | zlib.error):
        return f"corrupt or damaged file: broken ZIP container ({detail})"
    if isinstance(exc, etree.XMLSyntaxError):
        return f"corrupt file: broken XML ({detail})"
    return f"cannot read the file ({type(exc).__name__}: {detail})"


_OWN_CODE = tuple(str(Path(package.__file__ or "").parent) + os.sep for package in (extractors, schemas))


def _our_own(exc: BaseException) -> bool:
    """The failure is jihua's, not the file's: our own models refused what a reader built (pydantic's
    ValidationError: a table cell left None), or the innermost frame raising is a reader's own code (an
    IndexError in our layout arithmetic). A damaged file fails inside the libraries it reaches; calling a
    bug of ours "cannot read the file" would tell the user to mend a file that is fine, and hide the bug
    from the fuzz campaign, which counts internal errors. Running out of stack or memory is the file's size."""
    if isinstance(exc, RecursionError | MemoryError):
        return False
    if isinstance(exc, ValidationError):
        return True
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return tb is not None and tb.tb_frame.f_code.co_filename.startswith(_OWN_CODE)


def _read(path: Path, opts: ExtractOptions) -> tuple[str, list[Block]]:
    check_path(path)
    kind = extractors.sniff(path)
    blank = _check_limits(path, kind, opts)
    if not blank:
        return extractors.extract(path, opts)
    with tempfile.TemporaryDirectory(prefix="jihua-slim-") as tmp:
        kind, blocks = extractors.extract(_slim_copy(path, blank, tmp), opts)
    return kind, [b.model_copy(update={"prov": b.prov.model_copy(update={"file": str(path)})}) for b in blocks]


def read(path: Path, opts: ExtractOptions | None = None) -> tuple[str, list[Block]]:
    """(type, blocks) of one file; any failure while reading is an InputError naming the file."""
    path = Path(path)
    opts = opts or ExtractOptions()
    try:
        kind, blocks = _read(path, opts)
    except InputError as exc:
        if exc.path != shown(path):  # raised about a temporary copy: name the user's file
            raise type(exc)(path, exc.reason) from None
        raise
    except (Exception, RecursionError, MemoryError) as exc:
        if _our_own(exc):
            raise  # a bug of the reader, not a fault of the file: the caller reports it as internal
        raise InputError(path, _reason(exc)) from exc
    chars = sum(len(b.text) + sum(len(c) for row in b.rows or () for c in row) for b in blocks)
    if chars > opts.max_chars:
        raise InputError(path, f"too much text ({chars:,} characters; limit {opts.max_chars:,})")
    name = shown(path)
    if name != str(path):  # a name that is not UTF-8: provenance carries the printable form
        blocks = [b.model_copy(update={"prov": b.prov.model_copy(update={"file": name})}) for b in blocks]
    return kind, blocks
