"""Throughput per format on the bundled corpus, on one core.

    python benchmarks/throughput.py [--repeat N]

Prints, per format: files/s and pages (or slides) per second for extraction alone, and
for the full parse (extraction + structuring, NLP on), so the cost of the structuring
stages can be read against extraction. OCR is timed separately (it dominates scans).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from jihua.pipeline.config import Config  # noqa: E402
from jihua.pipeline.runner import Parser  # noqa: E402

import extractors  # noqa: E402


def _kind(path: Path) -> str:
    name = path.name
    if "scanned" in name:
        return "pdf (scanned, OCR)"
    if name.endswith(".docx"):
        return "docx (auto-numbered)" if "autonum" in name else "docx"
    return path.suffix.lstrip(".")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    files = sorted((ROOT / "corpus" / "files").glob("*.*"))
    parser = Parser(Config(nlp=True, workers=1))
    parser.cfg.extract.workers = 1
    parser.parse(files[0])  # load the NLP models outside the timing
    extract_t: dict[str, float] = defaultdict(float)
    parse_t: dict[str, float] = defaultdict(float)
    pages: dict[str, int] = defaultdict(int)
    count: dict[str, int] = defaultdict(int)
    for path in files:
        kind = _kind(path)
        repeat = 1 if "scanned" in kind else args.repeat
        for _ in range(repeat):
            t = time.perf_counter()
            _, blocks = extractors.extract(path, parser.cfg.extract)
            extract_t[kind] += time.perf_counter() - t
            t = time.perf_counter()
            parser.parse(path)
            parse_t[kind] += time.perf_counter() - t
            pages[kind] += max((b.prov.page or 0) for b in blocks) or 1
            count[kind] += 1
    print(f"{'format':<22}{'files':>6}{'extract files/s':>17}{'extract pages/s':>17}{'parse files/s':>15}"
          f"{'parse pages/s':>15}{'structuring share':>19}")
    for kind in sorted(count):
        e, p = extract_t[kind], parse_t[kind]
        share = max(0.0, p - e) / p if p else 0.0
        print(f"{kind:<22}{count[kind]:>6}{count[kind] / e:>17.1f}{pages[kind] / e:>17.1f}{count[kind] / p:>15.1f}"
              f"{pages[kind] / p:>15.1f}{share:>18.0%}")


if __name__ == "__main__":
    main()
