"""Render a corpus source as the web copies offices save: an HTML page with site chrome,
a GB18030 text copy (download notices, a page-split marker, related links), and Markdown.
"""

from __future__ import annotations

import html
from pathlib import Path

from corpus.source import Entry, Source, SourceDoc

SITE = "公文范例库"
_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title} - {site}</title>
<style>body{{font:14px/1.8 sans-serif}} .side{{float:right;width:260px}} .article{{width:720px}}</style>
</head>
<body>
<div class="header"><a href="/">{site}</a> <form action="/s"><input name="q" placeholder="搜索范文"></form></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/jihua/">工作计划</a></li><li><a href="/zongjie/">工作总结</a></li><li><a href="/fangan/">实施方案</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/jihua/">工作计划</a></div>
<div class="article">
{body}
<div class="download"><a href="/download?id=1">下载文档</a> <a href="javascript:print()">打印本文</a></div>
<div class="comment"><h3>文档评论</h3><p>暂无评论</p></div>
</div>
<div class="side"><h3>热门文档</h3><ul><li><a href="/a/1">社区拥军优属活动总结</a></li><li><a href="/a/2">民兵整组工作计划</a></li></ul></div>
<div class="footer"><p>Copyright © 2015-2024 {site} 版权所有</p></div>
</body>
</html>
"""


def _html_doc(sdoc: SourceDoc) -> str:
    title = f"{sdoc.piece}：{sdoc.title}" if sdoc.piece else sdoc.title
    out = [f"<h1>{html.escape(title)}</h1>",
           '<div class="info">发布时间：2024-03-02 来源：网友投稿 阅读：1024次</div>',
           '<div class="tips"><strong>温馨提示：</strong>本文由网友投稿，仅供参考学习，如需下载Word版本请点击下方按钮。</div>',
           '<div class="content">']
    entries = sdoc.entries
    i = 0
    while i < len(entries):
        e = entries[i]
        nxt = entries[i + 1] if i + 1 < len(entries) else None
        if e.kind == "heading" and e.level <= 2:
            out.append(f"<h{e.level + 1}>{html.escape(e.full)}</h{e.level + 1}>")
        elif e.kind == "heading" and nxt is not None and nxt.kind == "paragraph":
            # deeper headings run straight into their first paragraph, as web copies do
            out.append(f"<p>　　{html.escape(e.full)}。{html.escape(nxt.text)}</p>")
            i += 1
        elif e.kind == "heading":
            out.append(f"<p><strong>{html.escape(e.full)}</strong></p>")
        elif e.kind == "table":
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in e.rows)
            out.append(f"<table>{rows}</table>")
        else:
            out.append(f"<p>　　{html.escape(e.text)}</p>")
        i += 1
    out.append("</div>")
    return "\n".join(out)


def page(source: Source, out: Path) -> None:
    body = "\n".join(_html_doc(d) for d in source.documents)
    out.write_text(_PAGE.format(title=html.escape(source.title), site=SITE, body=body), encoding="utf-8")


def _text_lines(sdoc: SourceDoc) -> list[str]:
    lines = [f"{sdoc.piece}：{sdoc.title}" if sdoc.piece else sdoc.title]
    for e in sdoc.entries:
        if e.kind == "table":
            lines.extend("  ".join(row) for row in e.rows)
        else:
            lines.append(("　　" if e.kind != "heading" else "") + e.full)
    lines.extend(x for x in (sdoc.org if sdoc.date else None, sdoc.date) if x)
    return lines


def _page_split(lines: list[str]) -> list[str]:
    """Document sites cut long text at their page size and number the next page "2、"."""
    for k, line in enumerate(lines):
        if len(line) > 80 and not line.lstrip("　").startswith(("一", "二", "（")):
            cut = len(line) // 2
            return [*lines[:k], line[:cut], "2、" + line[cut:], *lines[k + 1:]]
    return lines


def text_copy(source: Source, out: Path) -> None:
    lines = [f"{source.title}.docx", "  • 约4千字", "  • 2024-03-02 发布于江西", "  • 举报", ""]
    if source.compilation:
        lines.append(source.title)
        lines.append("工作计划是对一定时期的工作预先作出安排和打算，下面是小编为大家整理的范文，仅供参考，希望能够帮助到大家。")
    body: list[str] = []
    for sdoc in source.documents:
        body.extend(_text_lines(sdoc))
    lines.extend(_page_split(body))
    lines += ["", "文档评论(0)", "相关文档", "网站客服：400-000-0000"]
    out.write_bytes("\r\n".join(lines).encode("gb18030"))


def _md_entry(e: Entry) -> str:
    if e.kind == "heading":
        return f"{'#' * (e.level + 1)} {e.full}"
    if e.kind == "table":
        head, *rest = e.rows
        sep = "|" + "---|" * len(head)
        return "\n".join(["|" + "|".join(head) + "|", sep, *("|" + "|".join(r) + "|" for r in rest)])
    return e.text


def markdown(source: Source, out: Path) -> None:
    parts = []
    for sdoc in source.documents:
        parts.append(f"# {sdoc.title}")
        parts.extend(_md_entry(e) for e in sdoc.entries)
    out.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
