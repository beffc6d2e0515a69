"""Exports for a spreadsheet: a year archived in two formats is marked so it counts once, each
target row says whose it is, copies and failures are exported, and x.csv is a file."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from jihua.pipeline.archive import db
from jihua.pipeline.archive.export import export_csv
from jihua.pipeline.archive.ingest import add
from jihua.pipeline.cli.main import app
from jihua.pipeline.config import Config
from typer.testing import CliRunner

PLAN = ("临川县水利局{year}年河湖管护工作方案\n\n一、工作目标\n全年完成河道清淤{km}公里。\n二、工作措施\n"
        "（一）落实河长巡河\n县级河长每季度巡河不少于1次。\n临川县水利局\n{year}年3月1日\n")


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def test_a_year_in_two_formats_counts_once(tmp_path: Path, new_archive) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "河湖2024.txt").write_text(PLAN.format(year=2024, km=12), "utf-8")
    (folder / "河湖2025.txt").write_text(PLAN.format(year=2025, km=15), "utf-8")
    (folder / "河湖2025.md").write_text("# " + PLAN.format(year=2025, km=15), "utf-8")  # the same plan, another format
    shutil.copy(folder / "河湖2024.txt", folder / "河湖2024(1).txt")
    (folder / "坏.docx").write_bytes(b"")
    conn = db.connect(new_archive("export"))
    add(conn, [folder], Config(workers=1))
    export_csv(conn, tmp_path / "csv")
    documents = _rows(tmp_path / "csv" / "documents.csv")
    standing = sorted((r["year"], r["format"]) for r in documents if r["stands_for_year"] == "1")
    assert len(documents) == 3 and [year for year, _ in standing] == ["2024", "2025"]
    targets = [r for r in _rows(tmp_path / "csv" / "targets.csv") if r["metric"] == "完成河道清淤"]
    assert len(targets) == 3
    counted = {(r["year"], r["value"]) for r in targets if r["stands_for_year"] == "1"}
    assert counted == {("2024", "12.0"), ("2025", "15.0")}
    assert {r["org"] for r in targets} == {"临川县水利局"} and all(r["series_key"] for r in targets)
    copies = _rows(tmp_path / "csv" / "copies.csv")
    assert [{Path(r["path"]).name, Path(r["stored_as"]).name} for r in copies] == [{"河湖2024(1).txt", "河湖2024.txt"}]
    assert [Path(r["path"]).name for r in _rows(tmp_path / "csv" / "errors.csv")] == ["坏.docx"]


def test_an_output_named_like_a_file_is_one_file(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    conn = db.connect(path)
    (tmp_path / "河湖.txt").write_text(PLAN.format(year=2026, km=9), "utf-8")
    add(conn, [tmp_path / "河湖.txt"], Config(workers=1))
    conn.close()
    runner = CliRunner()
    out = tmp_path / "out" / "河湖指标.csv"
    done = runner.invoke(app, ["archive", "export", str(out), "--format", "csv", "--table", "targets", "--db", str(path)])
    assert done.exit_code == 0 and out.is_file()
    assert any(r["metric"] == "完成河道清淤" and r["year"] == "2026" for r in _rows(out))
    named = tmp_path / "out" / "documents.csv"  # no --format: the suffix says csv, the name the table
    assert runner.invoke(app, ["archive", "export", str(named), "--db", str(path)]).exit_code == 0
    assert [r["title"] for r in _rows(named)] == ["临川县水利局2026年河湖管护工作方案"]
    bad = runner.invoke(app, ["archive", "export", str(out), "--table", "指标", "--db", str(path)])
    assert bad.exit_code == 2 and "unknown table" in bad.stderr
