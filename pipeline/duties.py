"""Who a plan assigns a task to, as it prints the assignment: the body a task's targets are for.

A 要点 or 民生实事 list names the body that leads each task in a field after it — in brackets at the
item's end ("…新增学位720个。（牵头单位：县教育局；配合单位：县发改局）"), or on a line of its own under
one task or several ("责任单位：县卫健局，各乡镇人民政府"). That body, not a name the sentence happens to
hold, answers for the task's figures; the first body a field lists leads (配合 bodies only assist). A
field on a line of its own assigns the tasks above it back to the last such line, those of them that
print no field of their own. A 牵头领导 is a person, not a body: no assignment of a target.
"""

from __future__ import annotations

import re

from jihua.pipeline.model import Unit

# the field that names who leads or answers for the task (not who assists: 配合, 协办)
_LEADS = r"(?:牵头|责任|主责|主办|承办|实施)(?:单位|部门|科室|处室)|牵头"
LEAD_FIELD = re.compile(rf"(?:{_LEADS})\s*[:：]\s*(?P<bodies>[^；;）)】\]\n。]+)")
# the field printed as a line of its own, in brackets or not: it assigns the tasks above it
_FIELD_LINE = re.compile(rf"^\s*[（(【\[]?\s*(?:{_LEADS})\s*[:：][^。！？!?]*$")
# …or unlabelled, the body then its duty: "（县商务局牵头，各乡镇配合）"
_LEADS_UNLABELLED = re.compile(r"[（(【\[]\s*(?P<bodies>[^（）()【】\[\]，,；;：:。]{2,30}?)(?:牵头|负责)")
_LISTED = re.compile(r"[、，,及和]")
# a task table's column of who leads ("牵头单位", "责任单位（部门）"), not who assists (配合单位)
LEAD_HEAD = re.compile(rf"^(?:{_LEADS})(?:[（(][^（）()]*[)）])?$")


def lead_body(text: str) -> str | None:
    """The body the first lead field of a text names first ("牵头单位：县教育局；配合单位：…" → 县教育局,
    "（县商务局、县财政局牵头，各乡镇配合）" → 县商务局)."""
    field = LEAD_FIELD.search(text) or _LEADS_UNLABELLED.search(text)
    return None if field is None else first_body(field.group("bodies"))


def first_body(listed: str) -> str | None:
    """The first of the bodies a field or a table's cell lists ("县住建局、各乡镇人民政府" → 县住建局)."""
    first = _LISTED.split(listed.strip(), maxsplit=1)[0].strip()
    return first if len(first) >= 2 else None


def assigned_bodies(units: list[Unit]) -> dict[int, str]:
    """The lead body of each unit (by its index in `units`) that a field assigns: its own, or that of a
    field line below it, up to the previous field line."""
    out: dict[int, str] = {}
    waiting: list[int] = []  # units since the last field line that print no field of their own
    for k, unit in enumerate(units):
        if unit.role == "table":
            continue
        body = lead_body(unit.text)
        if body is not None and _FIELD_LINE.match(unit.text):
            for j in waiting:
                out[j] = body
            waiting = []
            continue
        if body is not None:
            out[k] = body
        elif unit.role != "heading":
            waiting.append(k)
    return out
