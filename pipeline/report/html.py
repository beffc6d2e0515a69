"""HTML: one self-contained, printable 新旧对照 page (inline CSS and JS, no network).

The targets first (what a policy office asks for: which figure moved, by how much), then the
summary (counts by change kind, targets raised and lowered, sections added, removed, renamed
and rewritten), then the side-by-side comparison by section with inline
highlights, a section list to jump around, and filters by kind of change.
"""

from __future__ import annotations

import html
from importlib import resources

from jihua.extractors.own_reports import HTML_META
from jihua.pipeline.report.markdown import (
    KIND_CN,
    STATUS_CN,
    item_kind,
    lead_line,
    moved_from,
    moved_line,
    target_change_text,
    target_label,
    target_text,
    year_only,
    year_shift_line,
)
from jihua.schemas.diff import DiffResult, InlineOp, ItemChange, SectionChange


def _asset(name: str) -> str:
    return resources.files("jihua.pipeline.report").joinpath(name).read_text(encoding="utf-8")


def esc(text: str | None) -> str:
    return html.escape(text or "")


def inline_html(ops: list[InlineOp], side: str) -> str:
    out = []
    for op in ops:
        if op.op == "equal":
            out.append(esc(op.old if side == "old" else op.new))
        elif side == "old" and op.old:
            out.append(f"<del>{esc(op.old)}</del>")
        elif side == "new" and op.new:
            out.append(f"<ins>{esc(op.new)}</ins>")
    return "".join(out)


def _item_row(i: ItemChange) -> str:
    if i.status == "changed":
        old, new = inline_html(i.inline, "old"), inline_html(i.inline, "new")
    else:
        old = f"<del>{esc(i.old)}</del>" if i.status == "removed" else esc(i.old)
        new = f"<ins>{esc(i.new)}</ins>" if i.status == "added" else esc(i.new)
    # a year rolled forward alone is shown with what did not change (hidden with it)
    kinds = "same year_shift" if year_only(i) else " ".join(dict.fromkeys([i.status, *(["moved"] if i.moved else [])]))
    badge = KIND_CN["year_shift"] if year_only(i) else item_kind(i)
    where = f'<div class="from">{esc(moved_from(i))}</div>' if i.moved else ""
    return (f'<tr class="item {kinds}"><td class="old">{old}</td><td class="new">{new}</td>'
            f'<td class="kind"><span class="badge {i.status}">{badge}</span>{where}</td></tr>')


def _section_key(s: SectionChange) -> str:
    return s.new_heading if s.new_heading is not None else (s.old_heading or "")


def _section_row(s: SectionChange, anchor: str) -> str:
    old = esc((s.old_number or "") + (s.old_heading or "")) if s.old_heading is not None else "—"
    new = esc((s.new_number or "") + (s.new_heading or "")) if s.new_heading is not None else "—"
    kinds = [KIND_CN.get(k, k) for k in s.kinds] or [STATUS_CN[s.status]]
    classes = " ".join([s.status, *s.kinds])
    return (f'<tr class="section {classes}" id="{anchor}"><th class="old lvl{s.level or 1}">{old}</th>'
            f'<th class="new lvl{s.level or 1}">{new}</th><th class="kind"><span class="badge {s.status}">'
            f'{"、".join(kinds)}</span></th></tr>')


def _comparison(r: DiffResult) -> tuple[str, str]:
    """(navigation list, comparison table rows) in the new document's order."""
    by_section: dict[str, list[ItemChange]] = {}
    for item in r.items:
        by_section.setdefault(item.section, []).append(item)
    nav, rows = [], []
    opening = by_section.pop("", [])
    if opening:
        rows.append('<tr class="opening" id="s-0"><th class="old">（开头）</th><th class="new">（开头）</th>'
                    '<th class="kind"></th></tr>')
        rows.extend(_item_row(i) for i in opening)
    for k, s in enumerate(r.sections, start=1):
        anchor = f"s-{k}"
        label = esc((s.new_number or s.old_number or "") + _section_key(s))
        nav.append(f'<li class="{s.status} lvl{s.level or 1}"><a href="#{anchor}">{label}</a>'
                   f'{"" if s.status == "same" else f" <span class=dot-{s.status}>●</span>"}</li>')
        rows.append(_section_row(s, anchor))
        rows.extend(_item_row(i) for i in by_section.pop(_section_key(s), []))
    for items in by_section.values():  # items whose section heading did not survive as a key
        rows.extend(_item_row(i) for i in items)
    return "\n".join(nav), "\n".join(rows)


def _summary(r: DiffResult) -> str:
    s = r.summary
    rows = "".join(
        f"<tr><th>{name}</th><td>{c.same}</td><td class=changed>{c.changed}</td><td class=added>{c.added}</td>"
        f"<td class=removed>{c.removed}</td><td class=moved>{c.moved}</td></tr>"
        for name, c in (("章节", s.sections), ("条目", s.items), ("指标", s.targets)))
    added = [x.new_heading for x in r.sections if x.status == "added"]
    removed = [x.old_heading for x in r.sections if x.status == "removed"]
    merged = [f"{x.old_heading} → {x.new_heading}" for x in r.sections if "merged" in x.kinds]
    split = [f"{x.old_heading} → {x.new_heading}" for x in r.sections if "split" in x.kinds]
    lists = "".join(f"<p><b>{label}：</b>{esc('；'.join(n or '' for n in names))}</p>"
                    for label, names in (("新增章节", added), ("删除章节", removed), ("章节并入", merged),
                                         ("章节拆分", split)) if names)
    lists += "".join(f"<p>{esc(line)}</p>" for line in (moved_line(r), year_shift_line(r), lead_line(r)) if line)
    return (f'<table class="counts"><tr><th></th><th>未变</th><th>修改</th><th>新增</th><th>删除</th><th>移动</th></tr>'
            f"{rows}</table><p class=big><span class=up>▲ 指标提高 {s.targets_raised} 项</span>　"
            f"<span class=down>▼ 降低 {s.targets_lowered} 项</span>　章节改名 {s.sections_renamed} 处（其中改写 {s.sections_rewritten} 处）</p>{lists}")


def _targets(r: DiffResult) -> str:
    changed = [t for t in r.targets if t.status != "same"]
    same = sum(1 for t in r.targets if t.status == "same")
    if not changed:
        return f"<p>指标无变化（{same} 项未变）。</p>"
    rows = []
    for t in changed:
        name = target_label(t)
        cls = t.direction if t.status == "changed" and t.direction in ("raised", "lowered") else t.status
        rows.append(f'<tr class="{cls}"><td>{esc(name)}</td><td>{esc(target_text(t.old))}</td>'
                    f"<td>{esc(target_text(t.new))}</td><td>{esc(target_change_text(t))}</td></tr>")
    return ("<table class=targets><tr><th>指标</th><th>原</th><th>新</th><th>变化</th></tr>" + "".join(rows)
            + (f"</table><p>另有 {same} 项指标未变。</p>" if same else "</table>"))


def diff_html(r: DiffResult) -> str:
    nav, rows = _comparison(r)
    title = f"新旧对照：{r.old.title} → {r.new.title}"
    body = f"""<header><h1>{esc(title)}</h1>
<p class=meta>原：{esc(r.old.path)}（{r.old.year or "年份不详"}） · 新：{esc(r.new.path)}（{r.new.year or "年份不详"}）
 · 文字相似度 {r.similarity:.0%}</p></header>
<section id=targets><h2>指标变化</h2>{_targets(r)}</section>
<section id=summary><h2>变化摘要</h2>{_summary(r)}</section>
<div class=layout><nav><h2>章节</h2><ol>{nav}</ol></nav>
<main><h2>新旧对照</h2>
<div class=filters role=group aria-label="按变化类型筛选">
<button data-filter="all" class=on>全部</button><button data-filter="changed">修改</button>
<button data-filter="added">新增</button><button data-filter="removed">删除</button>
<button data-filter="moved">移动</button><label><input type=checkbox id=hide-same checked> 隐藏未变条目</label></div>
<table class=compare><colgroup><col class=c-old><col class=c-new><col class=c-kind></colgroup>
<thead><tr><th>原文（{esc(str(r.old.year or ""))}）</th><th>修改后（{esc(str(r.new.year or ""))}）</th><th>变化</th></tr></thead>
<tbody>{rows}</tbody></table></main></div>"""
    return page(title, body)


def page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{HTML_META}'
            f"<style>{_asset('report.css')}</style></head><body>{body}<script>{_asset('report.js')}</script>"
            f"</body></html>\n")


def markdown_page(markdown: str, title: str) -> str:
    """A plain page for Markdown-shaped reports (the year-by-year view)."""
    from markdown_it import MarkdownIt

    # html off: raw HTML that reached the Markdown (from a document's text) is shown, never run
    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    return page(title, f"<main class=plain>{md.render(markdown)}</main>")
