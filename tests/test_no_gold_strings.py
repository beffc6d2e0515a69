"""The rules are general: no code, comment, test or README line quotes a document of the shared gold
sets (a title, a heading, or a sentence of its body). The gold answers are read at test time and
never copied into the repository; tests use text the project writes itself."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
SCANNED = ("pipeline/", "extractors/", "schemas/", "jihua/", "tests/", "scripts/", "benchmarks/", "README.md")
MIN_HEADING, MIN_SENTENCE = 9, 16  # shorter ones are the genre's stock phrases (工作目标, 保障措施 …)


def _gold_strings() -> set[str]:
    found: set[str] = set()
    for source in EVAL.glob("*/sources/*.json"):
        data = json.loads(source.read_text(encoding="utf-8"))
        for doc in data.get("documents") or [data]:
            if len(doc.get("title") or "") >= MIN_HEADING:
                found.add(doc["title"])
            for block in doc.get("blocks", []):
                text = block.get("text") or ""
                if block.get("kind") == "heading" and len(text) >= MIN_HEADING:
                    found.add(text)
                elif block.get("kind") in ("para", "item"):
                    found.update(s for s in re.split(r"[。；！？]", text) if len(s) >= MIN_SENTENCE)
    return found


def test_no_file_quotes_the_gold_sets() -> None:
    if not any(EVAL.glob("*/sources/*.json")):
        pytest.skip("shared/eval gold sets not present")
    gold = _gold_strings()
    tracked = subprocess.run(["git", "ls-files", *SCANNED], cwd=ROOT, capture_output=True, text=True).stdout.split()
    quoted = []
    for name in tracked:
        path = ROOT / name
        if path.suffix not in (".py", ".md", ".txt", ".json", ".sh", ".html") or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        quoted += [f"{name}: {g[:30]}" for g in gold if g in text]
    assert not quoted, "gold-set text in the repository:\n" + "\n".join(sorted(quoted))
