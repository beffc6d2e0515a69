"""`jihua parse --engine …` refuses what it cannot do with one line and exit 2 (no cluster started)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def parse(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jihua", "parse", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)


def test_ray_engine_needs_an_output_folder(corpus_files: Path) -> None:
    done = parse(str(corpus_files / "qinghe-2023-plan.md"), "--engine", "ray")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == ["jihua: error: --engine ray writes a folder of tables: give it "
                                                "with -o OUT/"]


def test_unknown_engine(corpus_files: Path, tmp_path: Path) -> None:
    done = parse(str(corpus_files / "qinghe-2023-plan.md"), "--engine", "spark", "-o", str(tmp_path / "out"))
    assert done.returncode == 2 and "unknown engine 'spark'" in done.stderr and "Traceback" not in done.stderr
