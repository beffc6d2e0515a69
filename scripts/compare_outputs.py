"""Check that a change leaves parse output as it was: dump outputs before, dump after, compare.

    python scripts/compare_outputs.py dump OUT_DIR [FILE_OR_DIR ...]   # default: corpus/files
    python scripts/compare_outputs.py compare BEFORE_DIR AFTER_DIR

`dump` writes each file's parse JSON (and, for PDFs, the block stream). `compare` reports each
file as identical, different only in bounding boxes (with the largest difference in points),
or different, with the first differing lines.
"""

from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def dump(out: Path, sources: list[Path]) -> None:
    from jihua.pipeline.config import Config
    from jihua.pipeline.runner import Parser

    from jihua import extractors

    out.mkdir(parents=True, exist_ok=True)
    files = [f for s in sources for f in (sorted(s.iterdir()) if s.is_dir() else [s]) if f.is_file()]
    parser = Parser(Config())
    for f in files:
        try:
            text = parser.parse(f).model_dump_json(indent=1)
        except Exception as exc:  # a failure is an output too
            text = f"ERROR {type(exc).__name__}: {exc}"
        (out / f"{f.name}.json").write_text(text, encoding="utf-8")
        if f.suffix.lower() == ".pdf":
            try:
                _, blocks = extractors.extract(f, Config().extract)
                text = "\n".join(b.model_dump_json(exclude_none=True) for b in blocks)
            except Exception as exc:
                text = f"ERROR {type(exc).__name__}: {exc}"
            (out / f"{f.name}.blocks").write_text(text, encoding="utf-8")
        print(f.name, flush=True)


def _split_boxes(obj: Any, boxes: list[list[float]]) -> Any:
    if isinstance(obj, dict):
        if isinstance(obj.get("bbox"), list):
            boxes.append(obj["bbox"])
        return {k: _split_boxes(v, boxes) for k, v in obj.items() if k != "bbox"}
    if isinstance(obj, list):
        return [_split_boxes(v, boxes) for v in obj]
    return obj


def _load(text: str, boxes: list[list[float]]) -> Any:
    if text.startswith("ERROR"):
        return text
    if text.lstrip().startswith("{") and "\n{" not in text:
        return _split_boxes(json.loads(text), boxes)
    return [_split_boxes(json.loads(line), boxes) for line in text.splitlines() if line.strip()]


def compare(before: Path, after: Path) -> int:
    counts = {"identical": 0, "bbox only": 0, "different": 0}
    for old in sorted(before.iterdir()):
        new = after / old.name
        a, b = old.read_text(encoding="utf-8"), new.read_text(encoding="utf-8") if new.exists() else "ERROR missing"
        if a == b:
            counts["identical"] += 1
            continue
        boxes_a: list[list[float]] = []
        boxes_b: list[list[float]] = []
        data_a, data_b = _load(a, boxes_a), _load(b, boxes_b)
        if data_a == data_b and len(boxes_a) == len(boxes_b):
            worst = max((abs(x - y) for p, q in zip(boxes_a, boxes_b, strict=True) for x, y in zip(p, q, strict=True)),
                        default=0.0)
            counts["bbox only"] += 1
            print(f"bbox only  {old.name}: largest difference {worst:.4f} pt")
            continue
        counts["different"] += 1
        print(f"DIFFERENT  {old.name}")
        lines_a = json.dumps(data_a, ensure_ascii=False, indent=0).splitlines()
        lines_b = json.dumps(data_b, ensure_ascii=False, indent=0).splitlines()
        for line in list(difflib.unified_diff(lines_a, lines_b, lineterm="", n=0))[2:10]:
            print("    " + line[:200])
    print(", ".join(f"{k} {v}" for k, v in counts.items()))
    return 1 if counts["different"] else 0


def main() -> None:
    if len(sys.argv) >= 3 and sys.argv[1] == "dump":
        dump(Path(sys.argv[2]), [Path(p) for p in sys.argv[3:]] or [ROOT / "corpus" / "files"])
    elif len(sys.argv) == 4 and sys.argv[1] == "compare":
        sys.exit(compare(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
