"""PDFs drawn by LibreOffice from flat ODT markup, for tests of the PDF layout reader: one template
(body style, a flush-left and a new-page variant, title, footnote, a two-column section), one renderer."""

from __future__ import annotations

import shutil
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"
 office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <style:style style:name="Standard" style:family="paragraph">
  <style:paragraph-properties fo:text-indent="{indent}" fo:text-align="justify"/>
  <style:text-properties style:font-name-asian="Noto Serif CJK SC" fo:font-size="{size}pt" style:font-size-asian="{size}pt"/>
 </style:style>
 <style:style style:name="Flush" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-indent="0pt"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="12pt"/>
  <style:text-properties fo:font-size="20pt" style:font-size-asian="20pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph">
  <style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="NewPage" style:family="paragraph" style:parent-style-name="Flush">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="Cols" style:family="section">
  <style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.5in"/></style:section-properties>
 </style:style>
 <style:style style:name="Sup" style:family="text">
  <style:text-properties style:text-position="super 58%"/>
 </style:style>
 <style:page-layout style:name="Page">
  <style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" fo:margin-top="1in"
   fo:margin-bottom="1in" fo:margin-left="1.25in" fo:margin-right="1.25in"/>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Page"/></office:master-styles>
<office:body><office:text>{body}</office:text></office:body>
</office:document>
"""


def paragraph(text: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def marked(*pieces: str, style: str = "Standard") -> str:
    """A paragraph whose pieces alternate text and a note's number set as a superscript (raised, smaller type):
    "…控制在", "ii", "以内。"."""
    spans = (escape(p) if k % 2 == 0 else f'<text:span text:style-name="Sup">{escape(p)}</text:span>'
             for k, p in enumerate(pieces))
    return f'<text:p text:style-name="{style}">{"".join(spans)}</text:p>'


def render(tmp_path: Path, body: str, size: int = 12, name: str = "layout") -> Path:
    """A PDF of the body at this body size, first lines indented two characters (skipped where
    LibreOffice is not installed; CI installs it)."""
    from corpus.render import pdf_from_docx

    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        pytest.skip("LibreOffice is not installed (CI installs it)")
    source, pdf = tmp_path / f"{name}.fodt", tmp_path / f"{name}.pdf"
    source.write_text(FODT.format(body=body, size=size, indent=f"{2 * size}pt"), encoding="utf-8")
    pdf_from_docx(source, pdf)
    return pdf
