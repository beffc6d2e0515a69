"""Quality gate on the shared gold sets: pinned floors that cannot silently drop.

Runs shared/eval/score.py on the dev set (rendered documents, raw web copies) and on the real
set (real government work reports and two year-over-year pairs) — skipped when they are not
present — and compares each summary with tests/eval_baseline.json, a small margin below the
measured figures. Raise the floors when the rules improve; never bend a rule to hold one.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

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



@pytest.fixture(params=["dev", "real"])
def gold(request: pytest.FixtureRequest, eval_dir: Path) -> tuple[Path, dict]:
    folder = eval_dir.parent / request.param
    if not (folder / "cases.json").exists():
        pytest.skip(f"shared/eval/{request.param} not present")
    return folder, BASELINE[request.param]


def test_parse_scores_hold_their_floors(gold: tuple[Path, dict]) -> None:
    folder, baseline = gold
    summary = _summary(_score("parse", folder))
    floors = baseline["parse"]
    assert summary["failed"] == 0
    assert summary["boilerplate_leaks"] <= floors["boilerplate_leaks_max"]
    assert summary["junk_targets"] <= floors["junk_targets_max"]
    for key, floor in floors.items():
        if key.endswith("_max"):
            continue
        assert summary[key] >= floor, f"{key} fell to {summary[key]} (floor {floor})"


def test_diff_recall_holds_its_floor(gold: tuple[Path, dict]) -> None:
    folder, baseline = gold
    stdout = _score("diff", folder)
    last = stdout.strip().splitlines()[-1]
    recall = float(last.split()[2])
    assert recall >= baseline["diff"]["recall"], last

