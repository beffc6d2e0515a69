"""What a web page does not show on screen is not its text.

A page saved "complete" keeps what its own markup hides: a `<div hidden>` of keywords, an
element marked aria-hidden, an inline `display:none`, and — the costly one — the print-only
copy of the article that the page's <style> hides on screen (`.print-only{display:none}`,
shown in `@media print` only). A reader on screen never saw those, so they are set aside.

The page's own stylesheet is read for simple rules only (a tag, classes, an id: `.a`,
`div.a.b`, `#x`); a rule in `@media print` (or any query naming a size or a device other
than the screen) says nothing about the screen. An element a showing rule also matches
(`.tab.active{display:block}` after `.tab{display:none}`) stays shown.
"""

from __future__ import annotations

import re

from lxml import etree

_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_HIDES = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*(?:;|$)", re.IGNORECASE)
_SHOWS = re.compile(r"(?:^|;)\s*(?:display\s*:\s*(?!none)[a-z-]+|visibility\s*:\s*visible)", re.IGNORECASE)
_COMPOUND = re.compile(r"^([a-zA-Z][a-zA-Z0-9]*)?((?:[.#][A-Za-z_][\w-]*)+)$")
_SCREEN_QUERY = re.compile(r"^\s*(?:only\s+)?(?:screen|all)\s*$", re.IGNORECASE)

Selector = tuple[str | None, frozenset[str], str | None]  # tag, classes, id


def _blocks(css: str) -> list[tuple[str, str]]:
    """Top-level (prelude, body) pairs of a stylesheet, braces matched."""
    out, depth, start, prelude = [], 0, 0, ""
    for i, ch in enumerate(css):
        if ch == "{":
            if depth == 0:
                prelude, start = css[start:i].strip(), i + 1
            depth += 1
        elif ch == "}" and depth:
            depth -= 1
            if depth == 0:
                out.append((prelude, css[start:i]))
                start = i + 1
        elif ch == ";" and depth == 0:
            start = i + 1  # an @import or @charset line
    return out


def _screen_rules(css: str) -> list[tuple[str, str]]:
    """(selectors, declarations) that apply on screen: top level, or in `@media screen`/`all`."""
    rules: list[tuple[str, str]] = []
    for prelude, body in _blocks(_COMMENT.sub("", css)):
        if prelude.lower().startswith("@media"):
            if _SCREEN_QUERY.match(prelude[6:]):
                rules += _screen_rules(body)
        elif not prelude.startswith("@"):
            rules.append((prelude, body))
    return rules


def _selector(text: str) -> Selector | None:
    """A simple selector (a tag, classes, at most one id: `div.a.b#x`), or None for any other."""
    m = _COMPOUND.match(text.strip())
    if m is None:
        return None
    parts = re.findall(r"[.#][\w-]+", m.group(2))
    ids = [p[1:] for p in parts if p[0] == "#"]
    if len(ids) > 1:
        return None
    return (m.group(1) or "").lower() or None, frozenset(p[1:] for p in parts if p[0] == "."), (ids or [None])[0]


def _matches(el: etree._Element, sel: Selector, classes: set[str]) -> bool:
    """The element (with these classes) answers the selector."""
    tag, wanted, want_id = sel
    return (tag is None or el.tag == tag) and wanted <= classes and (want_id is None or el.get("id") == want_id)


class StyleSheet:
    """The simple hiding and showing rules of a page's own <style> elements."""

    def __init__(self, root: etree._Element) -> None:
        self.hide: list[Selector] = []
        self.show: list[Selector] = []
        for style in root.iter("style"):
            for selectors, decls in _screen_rules(style.text or ""):
                found = [s for s in (_selector(t) for t in selectors.split(",")) if s is not None]
                if _HIDES.search(decls):
                    self.hide += found
                elif _SHOWS.search(decls):
                    self.show += found

    def hides(self, el: etree._Element) -> bool:
        """The page's stylesheet hides `el` on screen, and no rule for the screen shows it."""
        if not self.hide or not (el.get("class") or el.get("id")):
            return False
        classes = set((el.get("class") or "").split())
        return any(_matches(el, s, classes) for s in self.hide) and not any(_matches(el, s, classes) for s in self.show)


def unshown(el: etree._Element, sheet: StyleSheet) -> bool:
    """Not on screen: the hidden attribute, aria-hidden, an inline display:none, or the stylesheet."""
    inline = el.get("style") or ""
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").strip().lower() == "true" or _HIDES.search(inline):
        return True
    return sheet.hides(el) and not _SHOWS.search(inline)
