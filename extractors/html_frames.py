"""A frame's own document, written into the page (`<iframe srcdoc="…">`), is read where the frame stands.

A site that embeds its article as a document of its own in the page (a CMS preview, a sanitised
viewer) shows it on screen inside the frame: `srcdoc` holds that document's whole markup, entities
escaped ("&lt;h2&gt;某县2025年…方案&lt;/h2&gt;…"). Its body replaces the frame, so the article is
found, cleaned and read as any other part of the page. A frame that names a file (`src="…"`) holds
nothing to read offline, and is dropped as before.

Limits: frames nest (a srcdoc holding a srcdoc, each level escaped again) at most `MAX_DEPTH` deep,
and a page's frames together hold at most `MAX_FRAMES` documents; past either, the frame is dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

MAX_DEPTH = 3
MAX_FRAMES = 50
# what the frame says of itself that decides how it shows (hidden, display:none) or what it is (class="ad-box")
_KEPT_ATTRS = ("class", "id", "style", "hidden", "aria-hidden")

Parse = Callable[[str], etree._Element]


def inline_frames(root: etree._Element, parse: Parse) -> None:
    """Replace each `<iframe srcdoc>` under `root` by a <div> holding its document's body (and its
    <style>s, which say what it hides), to `MAX_DEPTH` levels of frames in frames."""
    budget = [MAX_FRAMES]
    _inline(root, parse, 0, budget)


def _inline(root: etree._Element, parse: Parse, depth: int, budget: list[int]) -> None:
    for frame in list(root.iter("iframe")):
        markup = frame.get("srcdoc") or ""
        if not markup.strip() or depth >= MAX_DEPTH or budget[0] <= 0 or frame.getparent() is None:
            continue
        budget[0] -= 1
        try:
            inner = parse(markup)
        except (etree.ParserError, ValueError):
            continue  # a srcdoc of no markup at all: nothing to show
        _inline(inner, parse, depth + 1, budget)
        frame.getparent().replace(frame, _holder(frame, inner))


def _holder(frame: etree._Element, inner: etree._Element) -> etree._Element:
    """A <div> standing for the frame: its attributes that bear on showing it, the document's styles and body."""
    holder = etree.Element("div", {k: v for k, v in frame.attrib.items() if k in _KEPT_ATTRS})
    body = inner.find("body")
    for style in [s for s in inner.iter("style") if body is None or body not in s.iterancestors()]:
        holder.append(style)  # (those in the body come with it)
    source = inner if body is None else body
    holder.text = source.text
    for child in list(source):
        holder.append(child)
    holder.tail = frame.tail
    return holder
