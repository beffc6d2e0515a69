"""Legacy .doc through LibreOffice; the corpus renders byte-for-byte the same from its sources."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from corpus import render, render_office
from corpus.source import SOURCES, load
from jihua import extractors

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice not installed")
def test_legacy_doc_is_converted_and_read(tmp_path: Path, corpus_files: Path) -> None:
    src = tmp_path / "plan.docx"
    shutil.copy(corpus_files / "qinghe-2023-summary.styled.docx", src)
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to",
                    "doc:MS Word 97", "--outdir", str(tmp_path), str(src)], check=True, capture_output=True, timeout=300)
    doc = tmp_path / "plan.doc"
    kind, blocks = extractors.extract(doc)
    assert kind == "doc"
    assert any(b.text == "一、主要工作及成效" for b in blocks)
    assert all(b.prov.file == str(doc) for b in blocks)


@pytest.mark.parametrize("name", ["qinghe-2023-plan.styled.docx", "qinghe-2023-plan.autonum.docx",
                                  "qinghe-2023-plan.pptx"])
def test_office_renderings_are_byte_stable(tmp_path: Path, corpus_files: Path, name: str) -> None:
    source = load(SOURCES / "qinghe-2023-plan.plan")
    out = tmp_path / name
    if name.endswith("pptx"):
        render_office.pptx(source, out)
    else:
        render_office.docx(source, out, autonum="autonum" in name)
    render.stable_zip(out)
    assert out.read_bytes() == (corpus_files / name).read_bytes(), "run: python -m corpus.render"
