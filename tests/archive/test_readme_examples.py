"""The README's archive examples work as written after scripts/demo.sh: the same archive (every
corpus file) under the JIHUA_DB the README exports, each line run as printed."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
from jihua.pipeline.cli.main import app
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[2]


def readme_archive_lines() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.startswith(("jihua archive ", "export JIHUA_DB="))]


def test_readme_points_at_the_demo_archive() -> None:
    exported = [line for line in readme_archive_lines() if line.startswith("export JIHUA_DB=")]
    assert len(exported) == 1
    path = shlex.split(exported[0], comments=True)[1].split("=", 1)[1]
    assert f"--db {path}" in (ROOT / "scripts" / "demo.sh").read_text(encoding="utf-8")


@pytest.mark.parametrize("line", [line for line in readme_archive_lines()
                                  if line.startswith("jihua archive ") and "plans/" not in line
                                  and "postgresql://" not in line])  # the scale-out lines name a server
def test_readme_archive_example(line: str, corpus_archive: Path, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    archive = tmp_path / "out" / "archive.sqlite"
    archive.parent.mkdir()
    shutil.copy(corpus_archive, archive)
    monkeypatch.chdir(tmp_path)
    args = shlex.split(line, comments=True)[1:]
    result = CliRunner().invoke(app, args, env={"JIHUA_DB": "out/archive.sqlite"})
    assert result.exit_code == 0, (line, result.stderr)
    written = [Path(a) for a in args[args.index("-o") + 1:][:1]] if "-o" in args else []
    if args[1] == "export":
        written = list(Path(args[2]).glob("*.parquet"))
    assert result.stdout.strip() or any(p.exists() and p.stat().st_size for p in written), line
    if args[1] == "search":  # the example's filters hold for every hit
        hits = re.findall(r"^(\d{4}) ", result.stdout, flags=re.M)
        assert hits and set(hits) == {"2024"}
