"""Schema: turn the pipeline's working state into the published, validated `ParseResult`."""

from __future__ import annotations

from typing import Literal

from jihua.pipeline.ids import block_id, digest
from jihua.pipeline.model import Document, ParseState, Section, Target, Unit
from jihua.schemas import plan


def _blocks(units: list[Unit], owner: str, seen: set[str]) -> list[plan.ContentBlock]:
    out = []
    for u in units:
        if u.role == "table":
            rows = u.rows or []
            flat = " ".join(c for row in rows for c in row)
            out.append(plan.ContentBlock(id=block_id(owner, flat, seen), kind="table", rows=rows, prov=u.block.prov))
        else:
            kind: Literal["item", "paragraph"] = "item" if u.role == "item" else "paragraph"
            label = u.label.text if (u.label is not None and kind == "item") else None
            text = _labelled_text(u)
            out.append(plan.ContentBlock(id=block_id(owner, text, seen), kind=kind, text=text, label=label,
                                         prov=u.block.prov))
    return out


def _labelled_text(u: Unit) -> str:
    """An entry's text as printed: a label Word draws from its numbering ("（1）") is not in the
    paragraph's text, but the reader sees it, as they see a typed one."""
    label = u.label
    if not u.block.numbering or label is None or label.family == "bullet" or u.text.startswith(label.text):
        return u.text
    return label.text + u.text


def _tables(blocks: list[plan.ContentBlock]) -> list[plan.Table]:
    """The table blocks of a body, in order: a section's, or the opening text's before the first heading."""
    return [plan.Table(id=b.id, rows=b.rows or []) for b in blocks if b.kind == "table"]


def _section(s: Section, seen: set[str]) -> plan.Section:
    blocks = _blocks(s.content, s.id, seen)
    return plan.Section(
        id=s.id, number=s.number, heading=s.heading, level=s.level, type=s.type,
        type_cue=s.type_cue, heading_cue=s.unit.heading_cue if s.unit else "",
        paragraphs=[b.text for b in blocks if b.kind != "table"], blocks=blocks,
        tables=_tables(blocks),
        keywords=s.keywords, prov=s.unit.block.prov if s.unit else None,
        children=[_section(c, seen) for c in s.children],
    )


def _target(t: Target) -> plan.Target:
    return plan.Target(
        **t.figure(), id="t-" + digest(t.section_id or "", t.text, str(t.value), t.unit), text=t.text, org=t.org,
        time_nodes=t.time, sentence=t.sentence, section_id=t.section_id, prov=t.prov,
        stance=t.stance, year=t.year,
    )


def _unique_targets(found: list[Target]) -> list[plan.Target]:
    out, ids = [], set()
    for t in found:
        target = _target(t)
        if target.id not in ids:
            ids.add(target.id)
            out.append(target)
    return out


def _document(d: Document) -> plan.Document:
    seen: set[str] = set()
    preamble = _blocks(d.preamble, d.id, seen)
    targets, achievements = _unique_targets(d.targets), _unique_targets(d.achievements)
    ents = d.entities
    return plan.Document(
        id=d.id, title=d.title, doc_type=d.doc_type, org=d.org, year=d.year, date=d.date,
        paragraphs=[b.text for b in preamble if b.kind != "table"], preamble_blocks=preamble, tables=_tables(preamble),
        sections=[_section(s, seen) for s in d.sections], targets=targets, achievements=achievements,
        entities=plan.Entities(orgs=ents.get("orgs", []), time_nodes=ents.get("time_nodes", []),
                               money=ents.get("money", [])),
        closing=[u.text for u in d.closing],
    )


def run(state: ParseState) -> plan.ParseResult:
    pages = {b.prov.page for b in state.blocks if b.prov.page is not None}
    ocr = sorted({b.prov.page for b in state.blocks if b.ocr and b.prov.page is not None})
    return plan.ParseResult(
        source=plan.SourceInfo(path=str(state.path), format=state.format, sha256=state.sha256,
                               pages=max(pages) if pages else None, ocr_pages=ocr),
        documents=[_document(d) for d in state.documents],
        furniture=[plan.Furniture(text=b.text, kind=b.furniture or "", page=b.prov.page) for b in state.furniture],
        removed=state.chrome,
        removed_reasons=[plan.Removed(text=text, reason=why) for text, why in state.chrome_reasons],
        warnings=state.warnings,
    )
