"""Quality gate on the shared gold set: pinned floors that cannot silently drop.

Runs shared/eval/score.py (skipped when the gold set is not present) and compares its
summary with tests/eval_baseline.json. Raise the floors when the rules improve.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = json.loads((ROOT / "tests" / "eval_baseline.json").read_text(encoding="utf-8"))


def _score(what: str, eval_dir: Path) -> str:
    cmd = f"{sys.executable} -m jihua"
    proc = subprocess.run([sys.executable, str(eval_dir.parent / "score.py"), what, str(eval_dir), "--cmd", cmd],
                          capture_output=True, text=True, cwd=ROOT, timeout=3000)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def _summary(stdout: str) -> dict:
    start = stdout.index("{\n")
    end = stdout.index("\n}", start) + 2
    return json.loads(stdout[start:end])


def test_parse_scores_hold_their_floors(eval_dir: Path) -> None:
    summary = _summary(_score("parse", eval_dir))
    floors = BASELINE["parse"]
    assert summary["failed"] == 0
    assert summary["boilerplate_leaks"] <= floors["boilerplate_leaks_max"]
    assert summary["junk_targets"] <= floors["junk_targets_max"]
    for key, floor in floors.items():
        if key.endswith("_max"):
            continue
        assert summary[key] >= floor, f"{key} fell to {summary[key]} (floor {floor})"


def test_diff_recall_holds_its_floor(eval_dir: Path) -> None:
    stdout = _score("diff", eval_dir)
    last = stdout.strip().splitlines()[-1]
    recall = float(last.split()[2])
    assert recall >= BASELINE["diff"]["recall"], last

