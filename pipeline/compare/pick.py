"""Which documents of two files to compare: a file may hold several (a compilation, a news page whose headline and
lead were split off as a document of their own), and the diff reads one pair.
"""

from __future__ import annotations

import math

from jihua.pipeline.compare.align import compared_form, similarity
from jihua.schemas import plan

_STUB = 0.1  # a document under a tenth of its file's largest: a stub beside the plan (a page's headline over its lead)


def _doc_text(doc: plan.Document) -> str:
    """A document's headings and text, compared as one string."""
    return compared_form("".join([*doc.paragraphs, *(s.heading + "".join(s.paragraphs) for s in plan.walk(doc.sections))]))


def _substantial(docs: list[plan.Document]) -> list[plan.Document]:
    """The documents of a file worth comparing: not a stub a tenth the size of its largest (a news page's
    headline and lead split off as a document of their own, "某县政府工作报告（全文）" over one paragraph)."""
    sizes = [len(_doc_text(doc)) for doc in docs]
    return [doc for doc, size in zip(docs, sizes, strict=True) if size >= _STUB * max(sizes)]


def _alike(a: str, b: str) -> float:
    """0..1 how much wording two documents share: the cosine of their sets of character pairs, so a plan and
    next year's plan by the same office score high, two offices' plans of one compilation lower."""
    x, y = {a[i:i + 2] for i in range(len(a) - 1)}, {b[i:i + 2] for i in range(len(b) - 1)}
    return len(x & y) / math.sqrt(len(x) * len(y)) if x and y else 0.0


def pick_documents(old: plan.ParseResult, new: plan.ParseResult) -> tuple[plan.Document, plan.Document, list[str]]:
    """The pair to compare: the first documents, or — when a file holds several — the pair most alike in title
    and wording among each file's substantial documents (never a stub beside the plan, whatever its title)."""
    warnings = []
    a, b = old.documents[0], new.documents[0]
    if len(old.documents) > 1 or len(new.documents) > 1:
        texts = {id(doc): _doc_text(doc) for doc in [*old.documents, *new.documents]}
        best = max(((similarity(x.title, y.title) + _alike(texts[id(x)], texts[id(y)]), x, y)
                    for x in _substantial(old.documents) for y in _substantial(new.documents)), key=lambda t: t[0])
        _, a, b = best
        warnings.append(f"files hold {len(old.documents)} and {len(new.documents)} documents; "
                        f"compared '{a.title}' with '{b.title}'")
    return a, b, warnings
