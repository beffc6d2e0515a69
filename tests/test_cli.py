"""The `jihua` command as users run it: JSON out, one clear line per bad file, exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def jihua(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jihua", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=600)


def test_parse_one_file_prints_contract_json(corpus_files: Path) -> None:
    proc = jihua("parse", str(corpus_files / "qinghe-2023-plan.styled.docx"), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    doc = out["documents"][0]
    assert out["schema_version"].startswith("1.") and out["source"]["format"] == "docx"
    assert (doc["title"], doc["org"], doc["year"], doc["doc_type"]) == (
        "青禾县退役军人事务局2023年双拥工作计划", "青禾县退役军人事务局", 2023, "plan")
    first = doc["sections"][0]
    assert (first["number"], first["heading"], first["level"], first["type"]) == ("一、", "指导思想", 1, "guiding_ideology")
    assert any(t["value"] == 5 and t["unit"] == "次" and t["comparator"] == ">=" for t in doc["targets"])


def test_parse_writes_output_file(tmp_path: Path, corpus_files: Path) -> None:
    out = tmp_path / "out" / "plan.json"
    proc = jihua("parse", str(corpus_files / "qinghe-2023-summary.pdf"), "-o", str(out))
    assert proc.returncode == 0 and proc.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["documents"][0]["doc_type"] == "summary"


def test_bad_file_is_one_line_without_traceback(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    proc = jihua("parse", str(empty))
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and str(empty) in lines[0] and "empty file" in lines[0]
    assert "Traceback" not in proc.stderr


def test_batch_goes_on_past_bad_files(tmp_path: Path, corpus_files: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(corpus_files / "qinghe-2023-plan.html", folder / "a.html")
    (folder / "b.docx").write_bytes(b"PK\x03\x04 truncated")
    shutil.copy(corpus_files / "qinghe-2023-summary.gb18030.txt", folder / "c.txt")
    proc = jihua("parse", str(folder), "--jsonl", "--workers", "2")
    assert proc.returncode == 1
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [Path(r["source"]["path"]).name for r in rows] == ["a.html", "c.txt"]
    assert len(proc.stderr.strip().splitlines()) == 1 and "b.docx" in proc.stderr


def test_extract_prints_blocks_and_continues(tmp_path: Path, corpus_files: Path) -> None:
    missing = tmp_path / "missing.pdf"
    proc = jihua("extract", str(missing), str(corpus_files / "qinghe-2023-plan.md"))
    assert proc.returncode == 1
    blocks = [json.loads(line) for line in proc.stdout.splitlines()]
    assert blocks[0]["kind"] == "title" and "prov" in blocks[0]
    assert "file not found" in proc.stderr


def test_schema_command_prints_the_committed_schema() -> None:
    proc = jihua("schema")
    assert proc.returncode == 0
    assert json.loads(proc.stdout) == json.loads((ROOT / "schemas" / "plan.schema.json").read_text(encoding="utf-8"))


def test_diff_json_follows_the_contract(corpus_files: Path) -> None:
    proc = jihua("diff", str(corpus_files / "qinghe-2023-plan.styled.docx"), str(corpus_files / "qinghe-2024-plan.pdf"),
                 "--format", "json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert (out["old"]["year"], out["new"]["year"]) == (2023, 2024) and 0 < out["similarity"] < 1
    assert {"status", "old_heading", "new_heading", "type", "similarity"} <= set(out["sections"][0])
    assert {"status", "old", "new", "section"} <= set(out["items"][0])
    changed = [t for t in out["targets"] if t["status"] == "changed"]
    assert {"text", "value", "unit"} <= set(changed[0]["old"])


def test_diff_reports_and_series(tmp_path: Path, corpus_files: Path) -> None:
    old, new = str(corpus_files / "qinghe-2023-plan.styled.docx"), str(corpus_files / "qinghe-2024-plan.pdf")
    out = tmp_path / "report.docx"  # the report formats' content is tested in tests/report
    proc = jihua("diff", old, new, "--format", "docx", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes()[:2] == b"PK" and out.stat().st_size > 1000
    proc = jihua("diff", old, new, str(corpus_files / "qinghe-2024-plan.pptx"), "--format", "json")
    view = json.loads(proc.stdout)
    assert [d["year"] for d in view["documents"]] == [2023, 2024, 2024]
    track = next(t for t in view["targets"] if t["label"] == "组织军民共建活动")  # a row is named by its metric
    assert [v["value"] for v in track["values"]] == [5, 8, 8]


def test_diff_with_a_bad_file_fails_cleanly(tmp_path: Path, corpus_files: Path) -> None:
    bad = tmp_path / "broken.pptx"
    bad.write_bytes(b"PK\x03\x04junk")
    proc = jihua("diff", str(corpus_files / "qinghe-2023-plan.md"), str(bad))
    assert proc.returncode == 1 and "broken.pptx" in proc.stderr and "Traceback" not in proc.stderr


def test_trace_plan_against_summary(corpus_files: Path) -> None:
    proc = jihua("trace", str(corpus_files / "qinghe-2023-plan.pdf"), str(corpus_files / "qinghe-2023-summary.pdf"))
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    by_text = {t["target"]["text"]: t for t in out["targets"]}
    assert by_text["组织军民共建活动不少于5次"]["status"] == "not_met"
    assert by_text["组织军民共建活动不少于5次"]["reported_value"] == 4
    assert by_text["全年刊发双拥宣传稿件不少于40篇"]["status"] == "met"
    assert out["counts"]["measures_reported"] > 0 and out["counts"]["measures_not_mentioned"] > 0


def test_text_that_is_not_a_plan_is_refused(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Meeting notes\nBuy milk, call Alice, review the budget before Friday.\n", encoding="utf-8")
    proc = jihua("parse", str(notes))
    assert proc.returncode == 1 and "not a plan" in proc.stderr and str(notes) in proc.stderr
    renamed = tmp_path / "计划.docx"  # a few lines of text saved under a Word name
    renamed.write_text("某县2025年工作计划\n做好工作。\n", encoding="utf-8")
    proc = jihua("parse", str(renamed))
    assert proc.returncode == 1 and "(its content is TXT, not .docx)" in proc.stderr


def test_a_folder_run_reads_wps_files_and_names_the_files_it_does_not_read(tmp_path: Path, corpus_files: Path) -> None:
    import docx

    folder = tmp_path / "office"
    folder.mkdir()
    document = docx.Document()
    for line in ("某县2025年双拥工作要点", "一、加强国防教育", "全年开展国防教育活动不少于6次。"):
        document.add_paragraph(line)
    document.save(str(folder / "要点.wps"))  # WPS Office saves Word documents under its own suffix too
    (folder / "经费.xlsx").write_bytes(b"PK\x03\x04 a spreadsheet")
    (folder / "合影.jpg").write_bytes(b"\xff\xd8\xff a photo")
    done = jihua("parse", str(folder), "-o", str(tmp_path / "out.jsonl"))
    assert done.returncode == 0
    parses = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()]
    assert [p["documents"][0]["title"] for p in parses] == ["某县2025年双拥工作要点"]
    assert "2 file(s) of other types not read: 合影.jpg, 经费.xlsx" in done.stderr
