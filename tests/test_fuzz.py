"""A small fuzz run (fixed seed): every mutant of a corpus file parses or fails with one clean line.

The long campaign is `python scripts/fuzz.py` (README, "Robustness").
"""

from __future__ import annotations

from pathlib import Path

from tests.fuzzing import mutants, run


def test_mutated_corpus_files_never_crash_hang_or_blow_up(tmp_path: Path) -> None:
    paths = [p for p, _ in mutants(300, seed=2026, folder=tmp_path)]
    bad: list[str] = []
    counts = run(paths, timeout=60, memory_mb=2048, workers=1,
                 on_result=lambda p, kind, line: bad.append(f"{p.name}: {kind}: {line[:300]}")
                 if kind not in ("parsed", "clean_error") else None)
    assert not bad, "\n".join(bad)
    assert counts["parsed"] > 50 and counts["clean_error"] > 50, counts  # both paths were exercised
