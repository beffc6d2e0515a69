"""No body paragraph of the shared gold sets is ever removed as web chrome.

Reads ../shared/eval/{dev,real}/sources/*.json at test time (nothing is copied into the repo):
every para/item block, in its document's order with the headings around it, goes through the
chrome filter as if it were a raw web copy — the most suspicious reading there is.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jihua.pipeline import clean
from jihua.pipeline.model import ParseState
from jihua.schemas.blocks import Block, Provenance

EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"
SOURCES = sorted(EVAL.glob("*/sources/*.json")) if EVAL.is_dir() else []


def _lines(source: Path) -> tuple[list[str], set[str]]:
    doc = json.loads(source.read_text(encoding="utf-8"))
    lines, body = [doc.get("title") or ""], set()
    for block in doc.get("blocks", []):
        text = ((block.get("number") or "") + (block.get("text") or "")).strip()
        if not text:
            continue
        lines.append(text)
        if block.get("kind") in ("para", "item"):
            body.add(text)
    return lines, body


@pytest.mark.skipif(not SOURCES, reason="shared gold sets not present")
@pytest.mark.parametrize("source", SOURCES, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_no_gold_body_paragraph_is_removed_as_chrome(source: Path) -> None:
    lines, body = _lines(source)
    blocks = [Block(text=t, prov=Provenance(file="gold", index=i)) for i, t in enumerate(lines)]
    state = clean.run(ParseState(path=Path("gold.txt"), format="txt", blocks=blocks, sha256="0"))
    removed = [(text, why) for text, why in state.chrome_reasons if text in body]
    assert removed == []
