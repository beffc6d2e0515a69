"""Long fuzz campaign over corpus/files: `python scripts/fuzz.py --count 20000 --seed 9`.

Mutants are written in chunks to a temporary folder, parsed in worker processes (one core by
default) under a time and memory budget, and counted: parsed / clean error / internal (a
bug: would have been a traceback) / hang / memory. Every non-clean outcome is copied to
--keep with its reason, so it can be replayed with `jihua parse FILE`. Exit 1 if any.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fuzzing import OUTCOMES, mutants, run


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--chunk", type=int, default=500)
    ap.add_argument("--timeout", type=float, default=60, help="seconds per input before it counts as a hang")
    ap.add_argument("--memory-mb", type=int, default=2048, help="address space per worker")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--keep", type=Path, default=Path("fuzz-findings"), help="where bad outcomes are copied")
    args = ap.parse_args()

    totals: Counter[str] = Counter()
    by_mutation: dict[str, Counter[str]] = {}
    start = time.monotonic()

    def record(path: Path, kind: str, line: str) -> None:
        mutation = path.stem.split("-", 1)[1]
        by_mutation.setdefault(mutation, Counter())[kind] += 1
        if kind not in ("parsed", "clean_error"):
            args.keep.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, args.keep / path.name)
            (args.keep / (path.name + ".txt")).write_text(f"{kind}\n{line}\n", encoding="utf-8")

    generated = mutants(args.count, args.seed, Path(tempfile.mkdtemp(prefix="jihua-fuzz-")))
    done = 0
    while done < args.count:
        chunk = [p for _, (p, _m) in zip(range(args.chunk), generated, strict=False)]
        if not chunk:
            break
        totals += run(chunk, args.timeout, args.memory_mb, args.workers, on_result=record)
        for p in chunk:
            p.unlink(missing_ok=True)
        done += len(chunk)
        rate = done / (time.monotonic() - start)
        print(f"{done:>6} inputs  " + "  ".join(f"{k} {totals[k]}" for k in OUTCOMES) + f"  ({rate:.1f}/s)",
              flush=True)
    print("\nby mutation:")
    for mutation, counts in sorted(by_mutation.items()):
        print(f"  {mutation:<20} " + "  ".join(f"{k} {counts[k]}" for k in OUTCOMES))
    bad = sum(totals[k] for k in ("internal", "hang", "memory"))
    print(f"\n{done} inputs in {time.monotonic() - start:.0f} s: " + ", ".join(f"{k} {totals[k]}" for k in OUTCOMES))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
