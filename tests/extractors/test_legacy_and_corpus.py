"""Older and open office formats through LibreOffice; the corpus renders byte-for-byte the same from its sources."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from corpus import render, render_office
from corpus.source import SOURCES, load
from jihua import extractors

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _saved_as(src: Path, filter_name: str, suffix: str, tmp_path: Path) -> Path:
    """`src` saved by LibreOffice in another format, as an office that keeps old files has them."""
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to",
                    filter_name, "--outdir", str(tmp_path), str(src)], check=True, capture_output=True, timeout=300)
    out = tmp_path / f"{src.stem}.{suffix}"
    assert out.exists()
    return out


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice not installed")
@pytest.mark.parametrize(("source", "filter_name", "suffix", "kind", "line"), [
    ("qinghe-2023-summary.styled.docx", "doc:MS Word 97", "doc", "doc", "一、主要工作及成效"),
    ("qinghe-2023-summary.styled.docx", "rtf", "rtf", "rtf", "一、主要工作及成效"),
    ("qinghe-2023-summary.styled.docx", "odt", "odt", "odt", "一、主要工作及成效"),
    ("qinghe-2023-plan.pptx", "ppt:MS PowerPoint 97", "ppt", "ppt", "指导思想"),
    ("qinghe-2023-plan.pptx", "odp", "odp", "odp", "指导思想"),
])
def test_older_and_open_office_files_are_converted_and_read(
        tmp_path: Path, corpus_files: Path, source: str, filter_name: str, suffix: str, kind: str, line: str) -> None:
    src = tmp_path / f"plan{Path(source).suffix}"
    shutil.copy(corpus_files / source, src)
    saved = _saved_as(src, filter_name, suffix, tmp_path)
    renamed = saved.with_name(f"计划 {suffix}.{suffix}")  # a Chinese name with a space: read as any other
    saved.rename(renamed)
    got, blocks = extractors.extract(renamed)
    assert got == kind
    assert any(line in b.text for b in blocks)
    assert all(b.prov.file == str(renamed) for b in blocks)


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
