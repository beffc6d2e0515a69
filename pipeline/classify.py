"""Classify: each section's type from its heading, its parent, and the document's kind.

Top-level sections take the type their heading names (指导思想, 保障措施 …); an action
heading that names no part ("坚持政治引领，筑牢……") is a measure in a plan and reported
work in a summary. A child keeps its parent's type unless its own heading clearly names
another (a "（三）严格督查考核" under 保障措施 is evaluation). Every decision keeps its cue.
"""

from __future__ import annotations

from jihua.pipeline.model import Document, Section
from jihua.pipeline.rules.lexicon import CHILD_OVERRIDE_TYPES, SECTION_CUES, SUMMARY_OVERRIDE_TYPES


def heading_type(heading: str) -> tuple[str, str] | None:
    """(type, cue word) named by a heading, or None."""
    for section_type, pattern in SECTION_CUES:
        m = pattern.search(heading)
        if m:
            return section_type, m.group(0)
    return None


_RETROSPECTIVE = frozenset({"review", "problems", "outlook"})


def _overrides(parent_type: str) -> frozenset[str]:
    """Under a look back (回顾, 问题, 打算) a child names a kind of finding, not a plan part:
    "工作机制不完善" under 存在问题 is a problem, not a safeguard."""
    return _RETROSPECTIVE if parent_type in _RETROSPECTIVE else CHILD_OVERRIDE_TYPES


def _default(doc_type: str) -> tuple[str, str]:
    if doc_type == "summary":
        return "review", "summary: reported work"
    return "measures", "action heading in a plan"


def _classify(section: Section, parent: Section | None, doc_type: str) -> None:
    named = heading_type(section.heading)
    allowed = SUMMARY_OVERRIDE_TYPES if doc_type == "summary" else None
    if named and allowed is not None and named[0] not in allowed:
        named = None
    if parent is None:
        section.type, section.type_cue = (named[0], f"heading names '{named[1]}'") if named else _default(doc_type)
    elif named and named[0] in _overrides(parent.type) and named[0] != parent.type:
        section.type, section.type_cue = named[0], f"heading names '{named[1]}'"
    else:
        section.type, section.type_cue = parent.type, f"inherits from '{parent.heading}'"
    for child in section.children:
        _classify(child, section, doc_type)


def run(doc: Document) -> Document:
    for section in doc.sections:
        _classify(section, None, doc.doc_type)
    if doc.doc_type == "summary_plan":
        _plan_part_after_summary(doc)
    return doc


def _plan_part_after_summary(doc: Document) -> None:
    """In a summary followed by next year's plan, the plan part's action headings are measures."""
    in_plan = False
    for section in doc.sections:
        if section.type in ("outlook",) or "计划" in section.heading or "安排" in section.heading:
            in_plan = True
            continue
        if in_plan and section.type == "measures":
            continue
        if not in_plan and section.type == "measures":
            section.type, section.type_cue = "review", "summary part: reported work"
            for child in section.walk()[1:]:
                if child.type == "measures":
                    child.type, child.type_cue = "review", "summary part: reported work"
