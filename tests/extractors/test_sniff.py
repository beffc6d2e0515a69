"""File types come from content; bad files fail with a reason a user can act on."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from jihua.schemas.errors import InputError

from jihua import extractors


def test_misnamed_file_is_read_by_its_content(tmp_path: Path, corpus_files: Path) -> None:
    fake = tmp_path / "plan.txt"
    shutil.copy(corpus_files / "qinghe-2023-plan.styled.docx", fake)
    kind, blocks = extractors.extract(fake)
    assert kind == "docx"
    assert any("指导思想" in b.text for b in blocks)


def test_html_saved_as_txt_is_html(tmp_path: Path, corpus_files: Path) -> None:
    fake = tmp_path / "copy.txt"
    shutil.copy(corpus_files / "qinghe-2023-plan.html", fake)
    assert extractors.sniff(fake) == "html"


def _odf(path: Path, mimetype: str) -> None:
    """A minimal OpenDocument package of the given type (mimetype first, stored, as ODF asks)."""
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", "<office:document-content/>")


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: None, "file not found"),
        (lambda p: p.write_bytes(b""), "empty file"),
        # Notepad's empty "Unicode" (UTF-16 LE) and "UTF-8" files: a byte-order mark and a blank line at most
        (lambda p: p.write_bytes(b"\xff\xfe"), "empty file"),
        (lambda p: p.write_bytes(b"\xfe\xff"), "empty file"),
        (lambda p: p.write_bytes(b"\xef\xbb\xbf\r\n"), "empty file"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64), "image"),
        (lambda p: p.write_bytes(bytes(range(256)) * 8), "binary"),
        (lambda p: _odf(p, "application/vnd.oasis.opendocument.spreadsheet"), "OpenDocument file of type"),
    ],
)
def test_bad_inputs_name_the_reason(tmp_path: Path, make, reason: str) -> None:
    path = tmp_path / "bad.docx"
    make(path)
    with pytest.raises(InputError) as err:
        extractors.extract(path)
    assert reason.lower() in err.value.message.lower()
    assert str(path) in err.value.message


def test_truncated_docx_is_corrupt(tmp_path: Path, corpus_files: Path) -> None:
    data = (corpus_files / "qinghe-2023-plan.styled.docx").read_bytes()
    bad = tmp_path / "cut.docx"
    bad.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="corrupt"):
        extractors.extract(bad)


def test_truncated_pdf_is_corrupt(tmp_path: Path, corpus_files: Path) -> None:
    data = (corpus_files / "qinghe-2023-plan.pdf").read_bytes()
    bad = tmp_path / "cut.pdf"
    bad.write_bytes(data[:3000])
    with pytest.raises(InputError, match=r"(?i)corrupt|no text"):
        extractors.extract(bad)


def test_spreadsheet_is_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "table.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(InputError, match="spreadsheet"):
        extractors.extract(path)


def test_password_protected_office_file(tmp_path: Path) -> None:
    # an encrypted OOXML file is an OLE container holding an EncryptionInfo stream
    path = tmp_path / "secret.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 500)
    with pytest.raises(InputError, match="password"):
        extractors.extract(path)


def _encrypt(src: Path, out: Path, user: str) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(src).pages:
        writer.add_page(page)
    writer.encrypt(user_password=user, owner_password="owner-secret", algorithm="RC4-128")
    writer.write(out)


def test_pdf_locked_with_a_user_password_is_refused(tmp_path: Path, corpus_files: Path) -> None:
    locked = tmp_path / "locked.pdf"
    _encrypt(corpus_files / "qinghe-2023-summary.pdf", locked, user="secret")
    with pytest.raises(InputError, match="password-protected PDF"):
        extractors.extract(locked)


def test_pdf_with_only_an_owner_password_opens(tmp_path: Path, corpus_files: Path) -> None:
    restricted = tmp_path / "restricted.pdf"
    _encrypt(corpus_files / "qinghe-2023-summary.pdf", restricted, user="")
    _, blocks = extractors.extract(restricted)
    assert any("主要工作及成效" in b.text for b in blocks)


def test_a_text_opening_with_a_header_like_line_is_still_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Subject: 2025 plan\nContent-Type: text/plain\n\n一、工作目标\n完成改造任务20项。\n", encoding="utf-8")
    assert extractors.sniff(path) == "txt"


def test_markdown_saved_as_text_is_read_as_markdown(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("# 青石县档案馆2026年工作要点\n\n## 一、工作目标\n完成档案数字化10万页。\n\n## 二、主要任务\n### （一）接收进馆\n"
                    "按期接收到期档案。\n", encoding="utf-8")
    assert extractors.sniff(path) == "md"
    one_hash = tmp_path / "plain.txt"
    one_hash.write_text("# 备注\n一、工作目标\n完成档案数字化10万页。\n", encoding="utf-8")
    assert extractors.sniff(one_hash) == "txt"
