"""Word: the 新旧对照表 offices file and circulate — two columns, deletions struck through,
additions underlined, one shaded row per section heading."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import docx
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt
from jihua.extractors.own_reports import MARK
from jihua.pipeline.report.markdown import (
    KIND_CN,
    STATUS_CN,
    item_kind,
    moved_from,
    target_change_text,
    target_label,
    target_text,
    year_only,
)
from jihua.schemas.diff import DiffResult, InlineOp, ItemChange

# characters XML 1.0 cannot hold (a vertical tab or form feed copied from a document, a lone
# surrogate): python-docx refuses them, so they become spaces before anything is written
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(value: Any) -> Any:
    """The same data with every string made writable to Word."""
    if isinstance(value, str):
        return _XML_ILLEGAL.sub(" ", value)
    if isinstance(value, dict):
        return {k: xml_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [xml_safe(v) for v in value]
    return value


def _shade(cell: object, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="{fill}"/>'))  # type: ignore[attr-defined]


def _runs(paragraph: object, ops: list[InlineOp], side: str) -> None:
    for op in ops:
        text = op.old if side == "old" else op.new
        if not text or (op.op == "insert" and side == "old") or (op.op == "delete" and side == "new"):
            continue
        run = paragraph.add_run(text)  # type: ignore[attr-defined]
        if op.op != "equal" and side == "old":
            run.font.strike = True
            run.font.highlight_color = WD_COLOR_INDEX.PINK
        elif op.op != "equal":
            run.font.underline = True
            run.font.highlight_color = WD_COLOR_INDEX.BRIGHT_GREEN


def _item_cells(row: object, item: ItemChange) -> None:
    old_p, new_p, kind_p = (c.paragraphs[0] for c in row.cells)  # type: ignore[attr-defined]
    if item.status == "changed":
        _runs(old_p, item.inline, "old")
        _runs(new_p, item.inline, "new")
    else:
        if item.old:
            run = old_p.add_run(item.old)
            run.font.strike = item.status == "removed"
        if item.new:
            run = new_p.add_run(item.new)
            run.font.underline = item.status == "added"
    kind_p.add_run(item_kind(item) + (f"\n{moved_from(item)}" if item.moved else ""))


def diff_docx(r: DiffResult, out: Path) -> None:
    r = DiffResult.model_validate(xml_safe(r.model_dump()))
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(10.5)
    document.add_heading(f"{r.new.title} 新旧对照表", level=1)
    document.add_paragraph(f"原：{r.old.title}（{r.old.year or '年份不详'}）；新：{r.new.title}（{r.new.year or '年份不详'}）；"
                           f"文字相似度 {r.similarity:.0%}。")
    changed_targets = [t for t in r.targets if t.status != "same"]
    if changed_targets:
        document.add_heading("指标变化", level=2)
        table = document.add_table(rows=1, cols=4)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, ("指标", "原", "新", "变化"), strict=True):
            cell.text = text
        for t in changed_targets:
            cells = table.add_row().cells
            name = target_label(t)
            for cell, text in zip(cells, (name, target_text(t.old), target_text(t.new), target_change_text(t)),
                                  strict=True):
                cell.text = text
    s = r.summary
    document.add_paragraph(f"章节：修改 {s.sections.changed}、新增 {s.sections.added}、删除 {s.sections.removed}、移动 "
                           f"{s.sections.moved}；条目：修改 {s.items.changed}、新增 {s.items.added}、删除 {s.items.removed}；"
                           f"指标提高 {s.targets_raised} 项、降低 {s.targets_lowered} 项。")
    document.add_heading("新旧对照", level=2)
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("原文", "修改后", "变化"), strict=True):
        cell.text = text
        _shade(cell, "D9D9D9")
    by_section: dict[str, list[ItemChange]] = {}
    for item in r.items:
        if (item.status != "same" or item.moved) and not year_only(item):
            by_section.setdefault(item.section, []).append(item)
    for section in r.sections:
        key = section.new_heading if section.new_heading is not None else (section.old_heading or "")
        items = by_section.pop(key, [])
        if section.status == "same" and not items:
            continue
        row = table.add_row()
        row.cells[0].text = (section.old_number or "") + (section.old_heading or "—")
        row.cells[1].text = (section.new_number or "") + (section.new_heading or "—")
        row.cells[2].text = "、".join(KIND_CN.get(k, k) for k in section.kinds) or STATUS_CN[section.status]
        for cell in row.cells:
            _shade(cell, "EDF2F9")
        for item in items:
            _item_cells(table.add_row(), item)
    for items in by_section.values():
        for item in items:
            _item_cells(table.add_row(), item)
    document.core_properties.title = f"{r.new.title} 新旧对照表"
    document.core_properties.comments = MARK  # read back as input, it is known and left out
    document.save(str(out))
