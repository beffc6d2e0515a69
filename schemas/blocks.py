"""The block stream: what every extractor emits and every later stage reads.

Extractors report what the file says (text, layout hints, resolved numbering, provenance);
they never decide the outline. Keeping this one flat record for every format is what lets
DOCX, PPTX, PDF, OCR, HTML and TXT feed the same structuring stages.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

BlockKind = Literal["paragraph", "list_item", "heading", "title", "table"]
"""`heading` and `title` are hints from the file (a Heading style, a slide title, an <h2>),
not decisions: the outline stage weighs them against the text itself."""

# What titles a table of contents ("目录", "目次", "CONTENTS", "目录 CATALOGUE"): the one rule by which
# extractors (a deck's 目录 slide) and stages (a 目录 line, a run-on copy's 目录) know one.
TOC_WORDS = r"(?:(?:CATALOGUE|CATALOG|CONTENTS?)\s*)?目\s*[录次](?:\s*(?:CATALOGUE|CATALOG|CONTENTS?))?|CATALOGUE|CATALOG|CONTENTS?"
TOC_TITLE = re.compile(rf"^\s*(?:{TOC_WORDS})\s*$", re.IGNORECASE)

# a folio on a line of its own ("- 3 -", "第3页 共5页", "3/5"): the one rule by which a PDF's layout
# and a text copy of a PDF set page numbers aside
PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—–_·•]*\s*\d{1,4}\s*[-—–_·•]*|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|"
    r"\d{1,4}\s*/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?|[-—–]\s*[ivxlc]+\s*[-—–])\s*$",
    re.IGNORECASE,
)

# the labels an official document's closing fields open their lines with: the distribution note's (版记:
# "抄送：", "抄报：") and the contact and annex lines ("联系人：", "附件："). The one rule by which a PDF's
# layout ends the text before a field a page break brought up, and the 版记 reader knows the note's lines
DISTRIBUTION_LABELS = r"抄送|抄报|主送|分送"
FIELD_LABEL = re.compile(rf"^\s*(?:{DISTRIBUTION_LABELS}|印发|联系人|联系电话|附\s*件\s*\d{{0,2}})\s*[:：]")

# an item's label opening a line ("1.", "2、", "（三）", "四、"): how a plan numbers its parts and lists
ITEM_LABEL = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])")

# the label of a page's list of other pages: a document site names it by what it lists and how ("相关文档推荐",
# "热门范文", "精品资料下载"), a knowledge base by its entries ("相关条目："). The one rule by which a Markdown
# file's closing links and a web copy's lists of other documents are known
RELATED_LABEL = (r"(?:相关|热门|精品|推荐)(?:文档|文章|范文|资料)(?:推荐|列表|下载)?|"
                 r"相关推荐|相关阅读|推荐阅读|猜你喜欢|热门推荐|延伸阅读|精品推荐|相关条目|参考链接")

# hidden / placeholder: a Word file's text Word does not print (hidden runs, a content control's prompt)
# comment: a Word file's 批注 (its author, then its text); watermark: a PDF's text drawn askew over the page
# metadata: the file's record about itself, not its text (a Markdown file's front matter: "tags: [社区, 计划]")
# image: a picture's alt text or address (a Markdown "![图1 网格分布](grid.png)"): no words of the text
Furniture = Literal["header", "footer", "page_number", "toc", "chrome", "notes", "hidden", "placeholder", "comment",
                    "metadata", "image", "watermark", "chart"]
Align = Literal["left", "center", "right", "justify"]


class Provenance(BaseModel):
    """Where a block came from, so any section or item can point back into the file."""

    model_config = ConfigDict(extra="forbid")

    file: str
    index: int = Field(description="0-based position of the block in reading order")
    page: int | None = Field(default=None, description="1-based page (PDF) or slide (PPTX)")
    paragraph: int | None = Field(default=None, description="0-based paragraph / line index in the source")
    bbox: tuple[float, float, float, float] | None = Field(
        default=None, description="x0, top, x1, bottom in points (PDF, OCR, PPTX)"
    )


class Block(BaseModel):
    """One paragraph, list item, heading hint or table, with the hints its format gives."""

    model_config = ConfigDict(extra="forbid")

    kind: BlockKind = "paragraph"
    text: str = Field(description="text as printed (labels from automatic numbering are not in it)")
    rows: list[list[str]] | None = Field(default=None, description="table cells, row by row")
    numbering: str | None = Field(
        default=None, description="label the viewer shows but the text lacks (DOCX w:numPr, PPT divider number)"
    )
    num_level: int | None = Field(default=None, description="0-based level of that automatic numbering")
    outline_level: int | None = Field(
        default=None, description="0-based outline level from Heading styles, w:outlineLvl, <hN>"
    )
    style: str | None = None
    bold: bool | None = None
    bold_lead: str | None = Field(
        default=None, description="text of the leading bold runs when plain text follows them (a run-in heading)"
    )
    font_size: float | None = None
    font: str | None = Field(default=None, description="font family (PDF), to tell 黑体 headings from body text")
    align: Align | None = None
    indent: float | None = Field(default=None, description="first-line indent in points, where measurable")
    role: str | None = Field(
        default=None, description="format-specific role: slide_title, subtitle, divider, toc_entry, caption, figure_card, quote, closing (a deck's last slide of thanks)"
    )
    furniture: Furniture | None = Field(
        default=None, description="page furniture kept aside: later stages skip it, users can still see it"
    )
    ocr: bool = False
    prov: Provenance
