"""Filter values people type: the schema's English names or their Chinese labels (计划, 措施 …).

The command line and the web page share these labels, so a value is accepted in either
language and an unknown one is answered with the list of valid ones instead of no results.
"""

from __future__ import annotations

DOC_TYPES: dict[str, str] = {"plan": "计划", "summary": "总结", "summary_plan": "总结和计划", "other": "其他"}
SECTION_TYPES: dict[str, str] = {
    "preamble": "开头", "guiding_ideology": "指导思想", "principles": "基本原则", "goals": "目标",
    "measures": "措施", "schedule": "时间安排", "safeguards": "保障", "evaluation": "考核",
    "review": "回顾", "problems": "问题", "outlook": "展望", "other": "其他",
}
# other Chinese words people use for the same kinds
_DOC_ALIASES = {"方案": "plan", "要点": "plan", "安排": "plan", "工作计划": "plan", "工作总结": "summary",
                "总结计划": "summary_plan", "总结及计划": "summary_plan", "总结与计划": "summary_plan"}
_SECTION_ALIASES = {"主要任务": "measures", "重点任务": "measures", "任务": "measures", "工作措施": "measures",
                    "保障措施": "safeguards", "组织保障": "safeguards", "工作目标": "goals", "进度安排": "schedule",
                    "考核评估": "evaluation", "督查": "evaluation", "成绩": "review", "工作回顾": "review",
                    "存在问题": "problems", "不足": "problems", "下一步": "outlook", "打算": "outlook",
                    "前言": "preamble", "原则": "principles"}


class FilterError(ValueError):
    """An unknown filter value; the message lists the valid ones."""


def _resolve(value: str | None, labels: dict[str, str], aliases: dict[str, str], option: str) -> str | None:
    if value is None or not value.strip():
        return None
    text = value.strip()
    if text.lower() in labels:
        return text.lower()
    by_label = {label: key for key, label in labels.items()} | aliases
    if text in by_label:
        return by_label[text]
    valid = ", ".join(f"{key} ({label})" for key, label in labels.items())
    raise FilterError(f"unknown {option} '{value}'; valid values: {valid}")


def doc_type(value: str | None) -> str | None:
    """'计划' or 'plan' → 'plan'; None stays None; anything else raises FilterError."""
    return _resolve(value, DOC_TYPES, _DOC_ALIASES, "--type")


def section_type(value: str | None) -> str | None:
    """'措施' or 'measures' → 'measures'; None stays None; anything else raises FilterError."""
    return _resolve(value, SECTION_TYPES, _SECTION_ALIASES, "--section-type")
