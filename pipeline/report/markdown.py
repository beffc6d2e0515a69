"""Markdown: the change summary and a 新旧对照表, for pasting into a report."""

from __future__ import annotations

import re

from jihua.schemas.diff import DiffResult, InlineOp, ItemChange, TargetChange, TargetSide

STATUS_CN = {"same": "未变", "changed": "修改", "added": "新增", "removed": "删除", "moved": "移动"}
KIND_CN = {"renamed": "改名", "moved": "移动", "content": "内容修改", "value": "数值", "period": "周期",
           "comparator": "比较方式", "wording": "措辞", "time": "时间节点", "range": "区间", "rewritten": "改写",
           "merged": "并入", "split": "拆分", "year_shift": "年份顺延", "unit": "单位",
           "measure": "计量对象"}
COMPARATOR_CN = {">=": "不少于", "<=": "不超过", "=": "", "≈": "约"}
TIER_CN = {"floor": "确保", "stretch": "力争"}


_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~#])")
_HTML_SPECIAL = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def cell(text: str | None) -> str:
    """Document text made inert in Markdown: a table cell stays one cell on one line, and HTML,
    emphasis or link syntax in a plan shows as the characters it is (`<script>` never runs)."""
    flat = " ".join((text or "").split("\n")).replace("\r", " ")
    flat = "".join(_HTML_SPECIAL.get(ch, ch) for ch in flat)
    return _MD_SPECIAL.sub(r"\\\1", flat)


def inline_md(ops: list[InlineOp], side: str) -> str:
    """One side of a changed item: deletions struck through (old), insertions in bold (new)."""
    out = []
    for op in ops:
        if op.op == "equal":  # the sides may differ by the plan year alone
            out.append(cell(op.old if side == "old" else op.new))
        elif side == "old" and op.old:
            out.append(f"~~{cell(op.old)}~~")
        elif side == "new" and op.new:
            out.append(f"**{cell(op.new)}**")
    return "".join(out)


def target_text(t: TargetSide | None) -> str:
    if t is None:
        return "—"
    period = f"{t.period} " if t.period else ""
    if t.low is not None and t.high is not None:
        return f"{period}{t.low:g}—{t.high:g}{t.unit}"
    if t.tier in TIER_CN:  # one of two tiers: "确保45亿元", "力争50亿元" (an expected figure reads as printed)
        return f"{period}{TIER_CN[t.tier]}{float(t.value):g}{t.unit}"
    return f"{period}{COMPARATOR_CN.get(t.comparator, '')}{float(t.value):g}{t.unit}"


def target_label(t: TargetChange) -> str:
    """What is measured ("组织军民共建活动"), not either year's sentence with its figure in it."""
    side = t.new or t.old
    if side is None:
        return ""
    if "measure" in t.kinds and t.old is not None and t.new is not None:  # what is measured changed: name both
        return f"{_named(t.old)} → {_named(t.new)}"
    return _named(side)


def _named(side: TargetSide) -> str:
    return side.metric if len(side.metric) >= 2 else side.text


def _delta(t: TargetChange) -> str:
    """The change in the new figure's unit; a change of a percentage in 个百分点."""
    unit = t.new.unit if t.new is not None else ""
    return f"{abs(t.delta or 0):g}{'个百分点' if unit in ('%', '％') else unit}"


def _old_in_new_unit(t: TargetChange) -> str:
    """The old figure read in the new one's unit where the unit changed within one dimension ("原5万亩合3333.33公顷"):
    the delta is already in the new unit, so the old figure is the new less it. Nothing for a rate restated in
    percentage points (no one scale: no direction, no delta) or a range."""
    o, n = t.old, t.new
    if o is None or n is None or t.direction not in ("raised", "lowered") or "value" not in t.kinds or t.delta is None \
            or n.low is not None or o.low is not None:
        return ""
    return f"（原{float(o.value):g}{o.unit}合{round(float(n.value) - t.delta, 2):g}{n.unit}）"


def target_change_text(t: TargetChange) -> str:
    if t.status in ("added", "removed"):
        return STATUS_CN[t.status]
    moved = t.direction in ("raised", "lowered")
    parts = [KIND_CN.get(k, k) + (_old_in_new_unit(t) if k == "unit" else "")
             for k in t.kinds if not (moved and k == "value")]  # the arrow gives the figure
    if moved:
        ceiling = t.old is not None and t.new is not None and "<=" in (t.old.comparator, t.new.comparator)
        # a ceiling (控制在35以下 → 33以下, 5.5%左右 → 5.5%以内) asks more when it goes down or is made a
        # cap: say tightened, not raised
        arrow = ("↑ 收紧" if ceiling else "↑ 提高") if t.direction == "raised" else ("↓ 放宽" if ceiling else "↓ 降低")
        parts.insert(0, f"{arrow} {_delta(t)}" if "value" in t.kinds else arrow)
    return "，".join(parts) or STATUS_CN[t.status]


def year_only(i: ItemChange) -> bool:
    """An item whose only difference is the plan year rolled forward: reported as a group, not as an edit."""
    return i.kinds == ["year_shift"] and not i.moved


def shown_items(r: DiffResult) -> list[ItemChange]:
    """The rows of a 新旧对照表: what changed, was added, removed or moved, past year shifts."""
    return [i for i in r.items if (i.status != "same" or i.moved) and not year_only(i)]


def item_kind(i: ItemChange) -> str:
    """移动 for a measure moved as it was; 修改（移动） for one reworded as it moved."""
    return STATUS_CN[i.status] + ("（移动）" if i.moved and i.status != "moved" else "")


def moved_from(i: ItemChange) -> str:
    """Where a moved measure came from: "原：A → 现：B"; one moved inside its part: "A内调整顺序"."""
    if i.moved and "reordered" in i.kinds:
        return f"{i.new_section or '（开头）'}内调整顺序"
    return f"原：{i.old_section or '（开头）'} → 现：{i.new_section or '（开头）'}" if i.moved else ""


def _item_row(i: ItemChange) -> str:
    if i.status == "changed":
        old, new = inline_md(i.inline, "old"), inline_md(i.inline, "new")
    else:
        old, new = cell(i.old), cell(i.new)
    return f"| {cell(moved_from(i) or i.section)} | {old or '—'} | {new or '—'} | {item_kind(i)} |"


def _short(text: str | None, width: int = 24) -> str:
    flat = (text or "").strip()
    return flat if len(flat) <= width else flat[:width] + "…"


def year_shift_line(r: DiffResult) -> str:
    """One line for every heading and sentence that only rolled its year forward (2025年 → 2026年)."""
    heads = [x.new_heading or "" for x in r.sections if "year_shift" in x.kinds and x.old_heading != x.new_heading
             and "renamed" not in x.kinds]
    items = [i for i in r.items if year_only(i)]
    if not heads and not items:
        return ""
    years = f"{r.old.year}→{r.new.year}，" if r.old.year and r.new.year else ""
    what = "；".join([*heads, *(_short(i.new) for i in items)])
    return f"年份顺延（{years}仅年份不同，不计为内容修改）{len(heads) + len(items)} 处：{what}"


def lead_line(r: DiffResult) -> str:
    """One line for the entries kept whose run-in lead was added or dropped ("一是加强队伍建设。" before an unchanged
    measure): the measure is not reported changed, but the reader learns the titles came or went."""
    added = [i for i in r.items if "lead_added" in i.kinds]
    dropped = [i for i in r.items if "lead_removed" in i.kinds]
    parts = [f"{label} {len(found)} 条：" + "；".join(_short(i.new) for i in found)
             for label, found in (("增加段首小标题", added), ("删去段首小标题", dropped)) if found]
    return "条目正文未变，" + "；".join(parts) if parts else ""


def moved_line(r: DiffResult) -> str:
    moved = [f"{_short(i.new)}（{moved_from(i)}）" for i in r.items if i.moved]
    return f"移动条目 {len(moved)} 条：" + "；".join(moved) if moved else ""


def summary_lines(r: DiffResult) -> list[str]:
    s = r.summary
    lines = ["| | 未变 | 修改 | 新增 | 删除 | 移动 |", "|---|---|---|---|---|---|"]
    for name, c in (("章节", s.sections), ("条目", s.items), ("指标", s.targets)):
        lines.append(f"| {name} | {c.same} | {c.changed} | {c.added} | {c.removed} | {c.moved} |")
    added = [cell(x.new_heading) for x in r.sections if x.status == "added"]
    removed = [cell(x.old_heading) for x in r.sections if x.status == "removed"]
    renamed = [f"{cell(x.old_heading)} → {cell(x.new_heading)}" for x in r.sections if "renamed" in x.kinds]
    merged = [f"{cell(x.old_heading)} → {cell(x.new_heading)}" for x in r.sections if "merged" in x.kinds]
    split = [f"{cell(x.old_heading)} → {cell(x.new_heading)}" for x in r.sections if "split" in x.kinds]
    lines += ["", f"- 指标提高 {s.targets_raised} 项，降低 {s.targets_lowered} 项",
              f"- 章节改名 {s.sections_renamed} 处，其中正文改写（而非修改）{s.sections_rewritten} 处"]
    for label, names in (("新增章节", added), ("删除章节", removed), ("章节改名", renamed), ("章节并入", merged),
                         ("章节拆分", split)):
        if names:
            lines.append(f"- {label}：" + "；".join(n or "" for n in names))
    lines += [f"- {cell(line)}" for line in (moved_line(r), year_shift_line(r), lead_line(r)) if line]
    return lines


def targets_lines(r: DiffResult) -> list[str]:
    """The targets table: what moved, by how much, in which direction; how many stayed."""
    targets = [t for t in r.targets if t.status != "same"]
    same = sum(1 for t in r.targets if t.status == "same")
    if not targets:
        return [f"指标无变化（{same} 项未变）。"]
    lines = ["| 指标 | 原 | 新 | 变化 |", "|---|---|---|---|"]
    for t in targets:
        lines.append(f"| {cell(target_label(t))} | {cell(target_text(t.old))} | {cell(target_text(t.new))} | "
                     f"{cell(target_change_text(t))} |")
    return [*lines, "", f"另有 {same} 项指标未变。"] if same else lines


def diff_markdown(r: DiffResult) -> str:
    head = [f"# 新旧对照：{cell(r.old.title)} → {cell(r.new.title)}", "",
            f"原：{cell(r.old.path)}（{r.old.year or '年份不详'}） · 新：{cell(r.new.path)}（{r.new.year or '年份不详'}） · "
            f"文字相似度 {r.similarity:.0%}", "", "## 指标变化", "", *targets_lines(r),
            "", "## 变化摘要", "", *summary_lines(r)]
    sections = [x for x in r.sections if x.status not in ("same",) and set(x.kinds) - {"content"} != {"year_shift"}
                and set(x.kinds) != {"content"}]
    if sections:
        head += ["", "## 章节变化", "", "| 原章节 | 新章节 | 变化 | 正文相近度 |", "|---|---|---|---|"]
        for x in sections:
            what = "、".join(KIND_CN.get(k, k) for k in x.kinds if k != "content") or STATUS_CN[x.status]
            paired = x.old_heading is not None and x.new_heading is not None
            near = f"{x.body_similarity:.2f}" if paired else "—"
            head.append(f"| {cell((x.old_number or '') + (x.old_heading or '')) or '—'} | "
                        f"{cell((x.new_number or '') + (x.new_heading or '')) or '—'} | {what} | {near} |")
    changed = shown_items(r)
    head += ["", "## 新旧对照表", "", "| 章节 | 原文 | 修改后 | 类型 |", "|---|---|---|---|"]
    head += [_item_row(i) for i in changed] or ["| — | 无变化 | 无变化 | — |"]
    return "\n".join(head) + "\n"


def series_markdown(view: object) -> str:
    from jihua.schemas.series import SeriesView

    assert isinstance(view, SeriesView)
    years = [cell(str(d.year or d.title)) for d in view.documents]
    lines = [f"# 年度对照：{cell(view.documents[0].title)} 等 {len(view.documents)} 份", "", "## 指标变化", "",
             "| 指标 | " + " | ".join(years) + " |", "|---" * (len(years) + 1) + "|"]
    for t in view.targets:
        latest = next((v for v in reversed(t.values) if v is not None), None)
        cells = [cell(target_text(in_unit(v, latest))) if v else "—" for v in t.values]
        lines.append(f"| {cell(t.label)} | " + " | ".join(cells) + " |")
    lines += ["", "## 各年新增与延续", "", "| 年度 | 延续条目 | 修改 | 新增条目 | 删除条目 |", "|---|---|---|---|---|"]
    for step in view.steps:
        counts = [step.kept, step.changed, step.added, step.removed]
        lines.append(f"| {cell(str(step.year or step.title))} | " + " | ".join("—" if n is None else str(n) for n in counts)
                     + " |")
    moves = [(step, x) for step in view.steps for x in step.sections]
    if moves:
        lines += ["", "## 各年章节变化", "", "| 年度 | 原章节 | 新章节 | 变化 |", "|---|---|---|---|"]
        for step, x in moves:
            what = "、".join(KIND_CN.get(k, k) for k in x.kinds if k != "content")
            lines.append(f"| {cell(str(step.year or step.title))} | {cell((x.old_number or '') + (x.old_heading or ''))} | "
                         f"{cell((x.new_number or '') + (x.new_heading or ''))} | {what} |")
    lines += ["", "## 每年都有的措施", ""] + [f"- {cell(m)}" for m in view.persistent[:50]]
    return "\n".join(lines) + "\n"


def in_unit(side: TargetSide, ref: TargetSide | None) -> TargetSide:
    """A figure read in the row's unit (the latest year's): "10000万元" in a row of 亿元 reads "1亿元". Only
    between scales of one base unit (万元 and 亿元 are both 元), where both figures carry their scaled value."""
    if ref is None or side.unit == ref.unit or side.base_unit != ref.base_unit or not ref.value \
            or not side.normalized or not ref.normalized:
        return side
    scale = ref.normalized / float(ref.value)

    def read(x: float | int | None) -> float | None:
        return None if x is None else round(float(x) * (side.normalized / float(side.value)) / scale, 6)

    if not side.value:
        return side
    return side.model_copy(update={"value": read(side.value), "unit": ref.unit, "low": read(side.low),
                                   "high": read(side.high)})


TRACE_CN = {"reported": "已报告", "not_mentioned": "未提及", "met": "完成", "not_met": "未完成"}


def trace_markdown(r: object) -> str:
    from jihua.schemas.trace import TraceResult

    assert isinstance(r, TraceResult)
    c = r.counts
    lines = [f"# 计划落实对照：{cell(r.plan.title)} → {cell(r.summary.title)}", "",
             f"- 措施：已报告 {c.measures_reported} 项，未提及 {c.measures_not_mentioned} 项",
             f"- 指标：完成 {c.targets_met} 项，未完成 {c.targets_not_met} 项，已报告但无可比数字或尚未到期 {c.targets_reported} 项，"
             f"未提及 {c.targets_not_mentioned} 项", *[f"- ⚠ {w}" for w in r.warnings], "", "## 指标", "",
             "| 指标 | 计划 | 总结所报 | 结论 | 总结原文 |", "|---|---|---|---|---|"]
    for t in r.targets:
        value = "—" if t.reported_value is None else cell(f"{t.reported_value:g}{t.target.unit}")
        lines.append(f"| {cell(t.target.text)} | {cell(target_text(t.target))} | {value} | {TRACE_CN[t.status]} | "
                     f"{cell(t.match) or '—'} |")
    lines += ["", "## 措施", "", "| 章节 | 计划措施 | 结论 | 总结原文 |", "|---|---|---|---|"]
    for m in r.measures:
        lines.append(f"| {cell(m.section)} | {cell(m.text)} | {TRACE_CN[m.status]} | {cell(m.match) or '—'} |")
    return "\n".join(lines) + "\n"
