"""A Markdown file's front matter: the `key: value` block a site generator or a knowledge base puts
at the very top ("---" / "title: 某镇2025年工作计划" / "tags: [乡镇, 计划]" / "---"), or its TOML form
between "+++" lines ("title = \"…\"").

It is the file's record about itself, not its text: read as Markdown, "---" is a rule and the
lines above the closing "---" a heading ("tags: …" would become a level-1 part). Only its title is
wanted (a title candidate for the document), so this is a small reader, not a YAML parser: the
project depends on no YAML library (markdown-it-py reads no front matter without mdit-py-plugins),
and the flat `key: value` lines knowledge bases write need none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# the fences: YAML's "---" (closed by "---" or "..."), TOML's "+++"
_FENCES = {"---": ("---", "..."), "+++": ("+++",)}
# one field: a key (an identifier, or a word in any script: "标题: …"), then YAML's ": " or TOML's " = "
_FIELD = {"---": re.compile(r"^(?P<key>[\w-]{1,40}):(?:\s+(?P<value>.*))?$"),
          "+++": re.compile(r"^(?P<key>[\w-]{1,40})\s*=\s*(?P<value>.*)$")}
# what else a flat front matter holds: a list item or an indented value under a key, a comment, a table header
_OTHER = re.compile(r"^(?:\s+\S.*|-\s.*|#.*|\[[\w.-]+\])$")
_MOST_LINES = 60  # a longer run between two rules is the text's own part, not a file's header
_TITLE_KEYS = ("title", "标题")


@dataclass
class FrontMatter:
    lines: list[tuple[int, str]]  # its fields as written, by their source line (fences left out)
    title: str | None
    end: int  # the number of source lines it takes, fences included: the body starts on this line


def _unquoted(value: str) -> str:
    """A scalar without its quotes ('"某县2025年工作要点"' → 某县2025年工作要点)."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


def read_front_matter(text: str) -> FrontMatter | None:
    """The front matter opening `text`, or None: the first line is a fence, a closing fence follows
    within a few dozen lines, and every line between is a field, a list item, an indented value or a
    comment — at least one of them a field (a plan opening with a rule over a paragraph has none)."""
    lines = text.split("\n")
    fence = lines[0].rstrip()
    if fence not in _FENCES:
        return None
    closers, field = _FENCES[fence], _FIELD[fence]
    end = next((i for i, line in enumerate(lines[1:_MOST_LINES + 2], 1) if line.rstrip() in closers), None)
    if end is None:
        return None
    inside = [line.rstrip() for line in lines[1:end]]
    fields = [m for line in inside if (m := field.match(line))]
    if not fields or any(line and not field.match(line) and not _OTHER.match(line) for line in inside):
        return None
    title = next((_unquoted(m.group("value") or "") for m in fields if m.group("key").lower() in _TITLE_KEYS), None)
    return FrontMatter(lines=[(n, line) for n, line in enumerate(inside, 1) if line.strip()], title=title or None,
                       end=end + 1)
