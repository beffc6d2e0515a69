"""Managing an archive as an archivist does, on both backends: listing what is stored, removing
a document or a file with all that derives from it, searching by office and title, one series
argument form for history/diff/trace, counts and exports that hold across formats."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from jihua.pipeline.cli.main import app
from typer.testing import CliRunner

from tests.archive.conftest import Target

# invented offices and plans; one year's plan in two formats (a .txt and a .md of the same text)
PLAN = ("{org}{year}年{topic}工作计划\n\n一、工作目标\n全年建成{topic}示范点{n}个。\n二、主要措施\n"
        "（一）加强{topic}督导\n每季度开展{topic}督导检查不少于{m}次。\n")
FILES = {
    "桐岭/2023桐岭计划.txt": ("桐岭镇文化站", 2023, "文化惠民", 4, 2),
    "桐岭/2024桐岭计划.txt": ("桐岭镇文化站", 2024, "文化惠民", 6, 3),
    "桐岭/2024桐岭计划.md": ("桐岭镇文化站", 2024, "文化惠民", 6, 3),
    "砚湾/2024砚湾计划.txt": ("砚湾区林业局", 2024, "森林防火", 9, 5),
}


def jihua(*args: str):
    return CliRunner().invoke(app, ["archive", *args])


@pytest.fixture
def stored(new_archive: Target, tmp_path: Path) -> str:
    for name, (org, year, topic, n, m) in FILES.items():
        path = tmp_path / "docs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        text = PLAN.format(org=org, year=year, topic=topic, n=n, m=m)
        path.write_text(text + ("\n" if path.suffix == ".md" else ""), encoding="utf-8")  # other bytes: another file
    target = new_archive("manage")
    result = jihua("add", str(tmp_path / "docs"), "--db", target)
    assert result.exit_code == 0, result.stderr
    return target


def listed(target: str, *filters: str) -> list[dict]:
    result = jihua("list", "--json", "--db", target, *filters)
    return json.loads(result.stdout) if result.exit_code == 0 else []


def test_list_shows_documents_with_their_files(stored: str) -> None:
    rows = listed(stored)
    assert len(rows) == 4 and {"id", "year", "org", "title", "doc_type", "format", "path"} <= set(rows[0])
    assert sorted(r["format"] for r in rows if r["year"] == 2024 and r["org"] == "桐岭镇文化站") == ["md", "txt"]
    assert {r["org"] for r in listed(stored, "--org", "砚湾")} == {"砚湾区林业局"}
    assert {r["year"] for r in listed(stored, "--year", "2023", "--type", "计划")} == {2023}
    text = jihua("list", "--db", stored)
    assert text.exit_code == 0 and "砚湾区林业局" in text.stdout and "森林防火" in text.stdout
    nothing = jihua("list", "--year", "1999", "--db", stored)
    assert nothing.exit_code == 1 and "no documents" in nothing.stderr


def test_remove_by_id_takes_everything_derived(stored: str) -> None:
    forest = listed(stored, "--org", "砚湾区林业局")[0]
    assert jihua("search", "森林防火", "--db", stored).exit_code == 0
    result = jihua("remove", str(forest["id"]), "--db", stored)
    assert result.exit_code == 0 and "森林防火" in result.stdout
    assert jihua("search", "森林防火", "--db", stored).exit_code == 1  # out of the search index
    assert not any("砚湾" in line for line in jihua("series", "--db", stored).stdout.splitlines())
    stats = json.loads(jihua("stats", "--json", "--db", stored).stdout)
    assert "砚湾区林业局" not in stats["by_org"]
    assert len(listed(stored)) == 3


def test_remove_by_path_and_nothing_matched(stored: str) -> None:
    path = next(r["path"] for r in listed(stored) if r["year"] == 2023)
    result = jihua("remove", path, "--db", stored)
    assert result.exit_code == 0 and path in result.stdout
    assert {r["year"] for r in listed(stored)} == {2024}
    history = jihua("history", "桐岭镇文化站", "--json", "--db", stored)
    assert [y["year"] for y in json.loads(history.stdout)["years"]] == [2024]
    for what in ("987654", str(Path(path).with_name("不存在.txt"))):
        missing = jihua("remove", what, "--db", stored)
        assert missing.exit_code == 1 and f"nothing stored matches '{what}'" in missing.stderr
    assert len(listed(stored)) == 3


def test_search_for_an_office_or_title_words_points_at_its_documents(stored: str) -> None:
    office = jihua("search", "桐岭镇文化站", "--db", stored)
    assert office.exit_code == 1 and office.stdout == ""
    # three files, two documents: the 2024 plan in two formats counts once
    assert "2 documents are from 桐岭镇文化站" in office.stderr and "--org 桐岭镇文化站" in office.stderr
    title = jihua("search", "文化惠民 工作计划", "--db", stored)
    assert title.exit_code == 1 and "2 documents have '文化惠民 工作计划' in their title" in title.stderr
    unknown = jihua("search", "航道疏浚", "--db", stored)
    assert unknown.exit_code == 1 and "document" not in unknown.stderr
    found = jihua("search", "督导检查", "--org", "桐岭镇文化站", "--db", stored)
    assert found.exit_code == 0 and "督导检查" in found.stdout


SUMMARY = ("桐岭镇文化站2024年文化惠民工作总结\n\n一、工作成效\n全年建成文化惠民示范点6个，开展督导检查4次。\n"
           "二、存在问题\n基层队伍力量不足。\n")


@pytest.mark.parametrize("command", [["history", "{words}"], ["diff", "{words}", "2023", "2024"],
                                     ["trace", "{words}", "2024年"]])
def test_series_commands_take_the_same_series_forms(stored: str, tmp_path: Path, command: list[str]) -> None:
    summary = tmp_path / "docs" / "桐岭" / "2024总结.txt"
    summary.write_text(SUMMARY, encoding="utf-8")
    assert jihua("add", str(summary), "--db", stored).exit_code == 0
    outputs = []
    for words in (["桐岭镇文化站 文化惠民"], ["桐岭镇文化站", "文化惠民"]):  # quoted or not
        args = [part for item in command for part in (words if item == "{words}" else [item])]
        result = jihua(*args, "--db", stored)
        assert result.exit_code == 0, (args, result.stderr)
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1] and outputs[0]


def test_series_command_without_its_years_is_a_usage_error(stored: str) -> None:
    result = jihua("diff", "桐岭镇文化站", "文化惠民", "2023", "--db", stored)
    assert result.exit_code == 2 and "give a series and 2 years" in result.stderr


def test_stats_count_a_document_in_two_formats_once(stored: str, tmp_path: Path) -> None:
    data = json.loads(jihua("stats", "--json", "--db", stored).stdout)
    assert data["files"] == 4 and data["documents"] == 3
    assert data["by_year"] == {"2023": 1, "2024": 2} and data["by_org"]["桐岭镇文化站"] == 2
    assert data["by_doc_type"] == {"plan": 3} and data["by_section_type"]["measures"] == 3
    out = tmp_path / "documents.csv"
    assert jihua("export", str(out), "--db", stored).exit_code == 0
    standing = [line for line in out.read_text(encoding="utf-8-sig").splitlines()[1:] if line.endswith(",1")]
    assert len(standing) == data["documents"]  # the export's stands_for_year counts alike


@pytest.mark.parametrize("name", ["notes.md", "plans.xlsx", "all.json", "a.markdown", "t.tsv", "r.docx", "p.html"])
def test_export_refuses_a_name_of_no_export_format(stored: str, tmp_path: Path, name: str) -> None:
    result = jihua("export", str(tmp_path / name), "--db", stored)
    assert result.exit_code == 2 and not (tmp_path / name).exists()
    assert len(result.stderr.strip().splitlines()) == 1 and "jsonl, csv or parquet" in result.stderr
    assert jihua("export", str(tmp_path / name), "--format", "jsonl", "--db", stored).exit_code == 0


@pytest.mark.parametrize("command", [["stats"], ["series"], ["search", "督导"], ["list"], ["history", "文化惠民"],
                                     ["errors"], ["remove", "1"]])
def test_reading_an_empty_archive_file_leaves_it_alone(tmp_path: Path, command: list[str]) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    result = jihua(*command, "--db", str(empty))
    assert result.exit_code == 1 and "the archive is empty" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["empty.sqlite"] and empty.stat().st_size == 0


def test_a_shortcut_to_a_missing_file_in_a_folder_is_a_failed_file(new_archive: Target, tmp_path: Path) -> None:
    folder = tmp_path / "收件"
    (folder / "子目录").mkdir(parents=True)
    (folder / "2024计划.txt").write_text(PLAN.format(org="砚湾区林业局", year=2024, topic="森林防火", n=3, m=2),
                                       encoding="utf-8")
    link = folder / "子目录" / "2025计划.docx"
    link.symlink_to(tmp_path / "已删除" / "2025计划.docx")
    (folder / ".隐藏.docx").symlink_to(tmp_path / "已删除" / "隐藏.docx")  # hidden: left out, as the walk leaves it
    target = new_archive("links")
    result = jihua("add", str(folder), "--db", target)
    assert result.exit_code == 1 and "added 1, already stored 0, failed 1" in result.stderr
    assert f"{link}: a shortcut whose target is missing" in result.stderr
    errors = json.loads(jihua("errors", "--json", "--db", target).stdout)
    assert [e["path"] for e in errors] == [str(link)]
    direct = jihua("add", str(link), "--db", new_archive("direct"))
    assert direct.exit_code == 1 and "a shortcut whose target is missing" in direct.stderr


@pytest.fixture
def locked_folder(tmp_path: Path):
    """A folder nothing can be created in: write-protected (chmod), or as root — whom permissions do
    not stop — immutable (chattr +i); skipped where neither holds."""
    import os

    folder = tmp_path / "锁定"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True)
    if done.returncode:
        pytest.skip("no way to lock a folder against root here (chattr +i refused)")
    try:
        yield folder
    finally:
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True)


def test_creating_an_archive_in_a_folder_not_writable_says_so(locked_folder: Path, tmp_path: Path) -> None:
    plan = tmp_path / "2024计划.txt"
    plan.write_text(PLAN.format(org="砚湾区林业局", year=2024, topic="森林防火", n=3, m=2), encoding="utf-8")
    target = locked_folder / "archive.sqlite"
    done = subprocess.run([sys.executable, "-m", "jihua", "archive", "add", str(plan), "--db", str(target)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 1 and not target.exists()
    assert done.stderr.strip() == f"jihua: error: cannot create the archive at {target}: the folder is not writable"


@pytest.fixture
def with_copy(stored: str, tmp_path: Path) -> tuple[str, str, str]:
    """The archive, the stored path of the 2023 plan, and a byte-identical copy of it added from another folder."""
    original = next(r["path"] for r in listed(stored) if r["year"] == 2023)
    copy = tmp_path / "备份" / "2023桐岭计划副本.txt"
    copy.parent.mkdir()
    copy.write_bytes(Path(original).read_bytes())
    added = jihua("add", str(copy), "--db", stored)
    assert added.exit_code == 0 and "1 of them copies under another name, noted" in added.stderr
    return stored, original, str(copy)


def test_removing_a_copys_path_removes_the_copy_record(with_copy: tuple[str, str, str]) -> None:
    stored, original, copy = with_copy
    result = jihua("remove", copy, "--db", stored)
    assert result.exit_code == 0 and f"removed the copy {copy} (of {original}" in result.stdout
    assert "removed 1 copy record" in result.stderr
    assert json.loads(jihua("stats", "--json", "--db", stored).stdout)["copies"] == 0
    assert len(listed(stored)) == 4 and original in {r["path"] for r in listed(stored)}  # the stored file stays
    again = jihua("remove", copy, "--db", stored)
    assert again.exit_code == 1 and "nothing stored matches" in again.stderr


def test_removing_a_stored_path_with_a_copy_promotes_the_copy(with_copy: tuple[str, str, str]) -> None:
    stored, original, copy = with_copy
    before = {r["id"] for r in listed(stored, "--year", "2023")}
    result = jihua("remove", original, "--db", stored)
    assert result.exit_code == 0 and f"{original} removed, its copy {copy} is the stored file now" in result.stdout
    assert "kept 1 document under a copy's path" in result.stderr
    rows = listed(stored, "--year", "2023")
    assert {r["id"] for r in rows} == before and [r["path"] for r in rows] == [copy]
    assert json.loads(jihua("stats", "--json", "--db", stored).stdout)["copies"] == 0
    assert jihua("search", "督导检查", "--year", "2023", "--db", stored).exit_code == 0  # still indexed
    gone = jihua("remove", copy, "--db", stored)  # now the stored path: no copy left, the document goes
    assert gone.exit_code == 0 and "removed 1 document" in gone.stderr and not listed(stored, "--year", "2023")


def test_removing_a_document_by_id_names_the_copy_records_that_go_with_it(with_copy: tuple[str, str, str]) -> None:
    stored, original, copy = with_copy
    doc = next(r for r in listed(stored) if r["path"] == original)
    result = jihua("remove", str(doc["id"]), "--db", stored)
    assert result.exit_code == 0 and f"removed the copy {copy} with the file it copied" in result.stdout
    assert json.loads(jihua("stats", "--json", "--db", stored).stdout)["copies"] == 0


@pytest.mark.parametrize("name", ["jihua-2026.12.02", "档案.20261202", "plans.snapshot"])
def test_export_to_a_name_whose_suffix_is_no_format_writes_json_lines(stored: str, tmp_path: Path, name: str) -> None:
    result = jihua("export", str(tmp_path / name), "--db", stored)
    assert result.exit_code == 0, result.stderr
    lines = (tmp_path / name).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4 and all(json.loads(line)["documents"] for line in lines)


def test_export_to_an_existing_folder_writes_the_csv_tables(stored: str, tmp_path: Path) -> None:
    folder = tmp_path / "导出"
    folder.mkdir()
    result = jihua("export", str(folder), "--db", stored)
    assert result.exit_code == 0, result.stderr
    assert {p.name for p in folder.iterdir()} == {"documents.csv", "sections.csv", "items.csv", "targets.csv",
                                                  "copies.csv", "errors.csv"}
    jsonl = jihua("export", str(folder), "--format", "jsonl", "--db", stored)
    assert jsonl.exit_code == 2 and "is a folder" in jsonl.stderr and len(jsonl.stderr.strip().splitlines()) == 1
