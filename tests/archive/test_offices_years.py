"""An office under its full and short names is one series; a year can come from the file name;
a file found under a new path with its old one gone has moved; a plan and its
summary of one office and year are traced (text of our own)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from jihua.pipeline.archive import db
from jihua.pipeline.archive.export import export_tables
from jihua.pipeline.archive.history import diff_years, history
from jihua.pipeline.archive.ingest import add
from jihua.pipeline.archive.query import search, series_list, stats
from jihua.pipeline.archive.series import series_key
from jihua.pipeline.config import Config


def _plan(title: str, opening: str, n: int) -> str:
    return (f"{title}\n\n{opening}，全县统一战线工作以凝聚共识为主线，扎实推进各项任务。\n\n"
            f"一、强化党外人士政治引导\n全年举办党外人士专题培训班不少于{n}期。\n\n"
            f"二、做好民族宗教工作\n开展民族团结示范单位评选，覆盖村（社区）{n * 10}个。\n")


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_party_committee_department_with_or_without_its_leading_zhonggong_is_one_office() -> None:
    short = series_key("桐川县委统战部2022年工作要点", "桐川县委统战部")
    assert series_key("中共桐川县委统战部2021年工作计划", "中共桐川县委统战部") == short
    assert series_key("中国共产党桐川县委员会统战部2023年工作安排", "中国共产党桐川县委员会统战部") == short
    assert series_key("中共桐川县纪委2024年工作要点", "中共桐川县纪委") == series_key("桐川县纪委工作要点", "桐川县纪委")
    assert series_key("中共中央办公厅工作要点", "中共中央办公厅").startswith("中共中央"), "no 县委/市委: kept"


def test_full_and_short_names_share_a_series_search_filter_and_a_gap_year_is_said(tmp_path: Path,
                                                                                 new_archive) -> None:
    conn = db.connect(new_archive("offices"))
    add(conn, [_write(tmp_path / "统战部", {
        "a.txt": _plan("中共桐川县委统战部2021年工作要点", "2021年", 4),
        "b.txt": _plan("桐川县委统战部2022年工作要点", "2022年", 5),
        "c.txt": _plan("中共桐川县委统战部2024年工作要点", "2024年", 6)})], Config(workers=1, nlp=False))
    rows = series_list(conn)
    assert [r["years"] for r in rows] == [[2021, 2022, 2024]]
    key = rows[0]["series"]
    assert diff_years(conn, key, 2021, 2022) is not None, "consecutive years under two names compare"
    assert [h.year for h in search(conn, "统一战线", org="中共桐川县委统战部", year=2022)] == [2022]
    assert [h.year for h in search(conn, "统一战线", org="桐川县委统战部", year=2024)] == [2024]
    data = history(conn, key)
    assert [y.get("gap_before") for y in data["years"]] == [None, [], [2023]] and data["missing_years"] == [2023]


def test_a_year_only_in_the_file_name_or_folder_dates_the_document_and_undated_ones_stand_apart(
        tmp_path: Path, new_archive) -> None:
    conn = db.connect(new_archive("years"))
    folder = _write(tmp_path / "应急局", {
        "岱山县应急管理局2021年工作要点.txt": _plan("岱山县应急管理局2021年工作要点", "2021年", 3),
        "2022年应急管理工作要点.txt": _plan("岱山县应急管理局工作要点", "今年", 4),
        "2023/定稿/应急管理工作要点.txt": _plan("岱山县应急管理局工作要点", "今年全局", 5),
        "旧稿/应急管理工作要点（草稿）.txt": _plan("岱山县应急管理局工作要点", "本年度", 7),
    })
    add(conn, [folder], Config(workers=1, nlp=False))
    data = history(conn, series_list(conn)[0]["series"])
    assert [y["year"] for y in data["years"]] == [2021, 2022, 2023]
    assert [y.get("year_note") for y in data["years"]] == [None, "年份取自文件名", "年份取自文件夹名"]
    assert [d["title"] for d in data["undated"]] == ["岱山县应急管理局工作要点"]
    assert [m["chart"] for m in data["metrics"]] == ["▁▅█", "▁▅█"], "the undated 7期 is not drawn as a latest year"
    assert [h.year for h in search(conn, "凝聚共识", year=2022)] == [2022]
    stored = [json.loads(r[0])["documents"][0]["year"] for r in conn.execute("SELECT parse_json FROM files")]
    assert sorted(map(str, stored)) == ["2021", "None", "None", "None"], "the parse keeps what the text says"
    out = export_tables(conn, tmp_path / "out", "csv")
    documents = next(p for p in out if p.name == "documents.csv")
    with documents.open(encoding="utf-8-sig") as fh:
        sources = sorted((r["year"], r["year_source"]) for r in csv.DictReader(fh))
    assert sources == [("", ""), ("2021", "text"), ("2022", "file name"), ("2023", "folder")]


def test_a_stored_file_found_under_a_new_path_with_its_old_one_gone_has_moved(tmp_path: Path, new_archive) -> None:
    conn = db.connect(new_archive("moved"))
    folder = _write(tmp_path / "收文", {"岱山县应急管理局2021年工作要点.txt":
                                        _plan("岱山县应急管理局2021年工作要点", "2021年", 3)})
    add(conn, [folder], Config(workers=1, nlp=False))
    old = folder / "岱山县应急管理局2021年工作要点.txt"
    new = folder / "2021" / old.name
    new.parent.mkdir()
    old.rename(new)
    report = add(conn, [folder], Config(workers=1, nlp=False))
    assert report.moved == [str(new)] and report.copies == [] and report.added == []
    assert [h.path for h in search(conn, "统一战线")] == [str(new)]
    assert stats(conn)["copies"] == 0
    parse = json.loads(conn.execute("SELECT parse_json FROM files").fetchone()[0])
    assert parse["source"]["path"] == str(new)
    new.with_name("副本.txt").write_bytes(new.read_bytes())  # the original still in place: a copy
    assert add(conn, [folder], Config(workers=1, nlp=False)).copies == [str(new.with_name("副本.txt"))]


def test_a_file_moved_to_another_years_folder_takes_that_year(tmp_path: Path, new_archive) -> None:
    """A year its old folder gave goes with the path: moved from 2023/ to 2024/, the plan is 2024's, and
    search by year follows; a year its text names stays whatever folder it moves to."""
    conn = db.connect(new_archive("redated"))
    folder = _write(tmp_path / "应急局", {"2023/应急管理工作要点.txt": _plan("岱山县应急管理局工作要点", "今年", 5)})
    add(conn, [folder], Config(workers=1, nlp=False))
    old = folder / "2023" / "应急管理工作要点.txt"
    new = folder / "2024" / old.name
    new.parent.mkdir()
    old.rename(new)
    assert add(conn, [folder], Config(workers=1, nlp=False)).moved == [str(new)]
    assert conn.execute("SELECT year, year_source FROM documents").fetchall()[0][:2] == (2024, "folder")
    assert [h.year for h in search(conn, "凝聚共识", year=2024)] == [2024]
    assert search(conn, "凝聚共识", year=2023) == []


def test_a_path_another_machine_stored_is_not_taken_for_a_move(tmp_path: Path, new_archive) -> None:
    """In a shared archive a path stored from another machine's mount names nothing here, nor do its
    folders: the same bytes found here are a copy, and the stored path stays."""
    conn = db.connect(new_archive("shared"))
    folder = _write(tmp_path / "收文", {"应急管理工作要点.txt": _plan("岱山县应急管理局2021年工作要点", "2021年", 3)})
    add(conn, [folder], Config(workers=1, nlp=False))
    elsewhere = "/mnt/其他机器/共享档案/收文/应急管理工作要点.txt"
    with conn.transaction():
        conn.execute("UPDATE files SET path = ?", (elsewhere,))
    report = add(conn, [folder], Config(workers=1, nlp=False))
    assert report.moved == [] and report.copies == [str(folder / "应急管理工作要点.txt")]
    assert conn.execute("SELECT path FROM files").fetchone()[0] == elsewhere


def test_only_a_near_folder_that_files_by_year_dates_a_file() -> None:
    """Its own folder or the one above, opening with the year; not a folder that mentions one, not a later year."""
    from jihua.pipeline.archive.years import year_from_path

    assert year_from_path("/d/档案/2024年度/计划/工作要点.docx", latest=2026) == (2024, "folder")
    assert year_from_path("/mnt/backup2019/青禾县/农业局/工作要点.docx", latest=2026) is None
    assert year_from_path("/d/国发〔2019〕12号/附件.docx", latest=2026) is None
    assert year_from_path("/d/2019/县/农业局/工作要点.docx", latest=2026) is None  # three folders up
    assert year_from_path("/d/2035年远景目标.docx", latest=2026) is None
    assert year_from_path("/d/2025年工作要点.docx", latest=2026) == (2025, "file name")


def test_migration_7_dates_and_rekeys_a_stored_archive(tmp_path: Path, new_archive) -> None:
    target = new_archive("old")
    conn = db.connect(target)
    add(conn, [_write(tmp_path / "f", {
        "2022年统战工作要点.txt": _plan("桐川县委统战部工作要点", "今年", 5),
        "a.txt": _plan("中共桐川县委统战部2021年工作要点", "2021年", 4)})], Config(workers=1, nlp=False))
    with conn.transaction():  # as version 6 stored it: no year from the path, 中共 in the key
        if conn.postgres:
            conn.execute("UPDATE search SET tags = CAST(replace(CAST(tags AS TEXT), '''y2022', '''y0') AS tsvector)")
            conn.execute("DELETE FROM jihua_schema WHERE version = 7")
        else:
            conn.execute("UPDATE search SET tags = trim(replace(' ' || tags, ' y2022', ' y0'))")
            conn.execute("PRAGMA user_version = 6")
        conn.execute("UPDATE documents SET year = NULL WHERE year = 2022")
        conn.execute("UPDATE documents SET series_key = '中共' || series_key WHERE year = 2021")
        conn.execute("ALTER TABLE documents DROP COLUMN year_source")
    assert search(conn, "统一战线", year=2022) == []
    conn.close()
    upgraded = db.connect(target)
    assert db.schema_version(upgraded) == 7
    assert [r["years"] for r in series_list(upgraded)] == [[2021, 2022]]
    assert [h.year for h in search(upgraded, "统一战线", year=2022)] == [2022]


PLAN = ("澜溪县林业局2024年工作计划\n\n一、主要目标\n全年完成植树造林1.2万亩，森林覆盖率达到63%。\n\n"
        "二、重点任务\n（一）加强森林防火\n建成防火隔离带不少于40公里，开展防火宣传进村入户。\n"
        "（二）发展林下经济\n新培育林下经济示范基地3个。\n")
SUMMARY = ("澜溪县林业局2024年工作总结\n\n一、主要成效\n全年完成植树造林1.3万亩，森林覆盖率达到63.2%；"
           "建成防火隔离带42公里，新培育林下经济示范基地3个。\n\n二、存在问题\n林业专业技术人员不足。\n")


def test_a_plan_and_the_same_office_s_summary_of_its_year_are_traced_from_the_archive(tmp_path: Path) -> None:
    from jihua.pipeline.archive.pairs import pair
    from jihua.pipeline.cli.main import app
    from typer.testing import CliRunner

    target = tmp_path / "pairs.sqlite"
    conn = db.connect(target)
    add(conn, [_write(tmp_path / "林业局", {"a.txt": PLAN, "b.txt": SUMMARY,
                                            "c.txt": PLAN.replace("2024", "2025").replace("1.2万亩", "1.4万亩")})],
        Config(workers=1, nlp=False))
    keys = {r["doc_type"]: r["series"] for r in series_list(conn)}
    found = pair(conn, keys["summary"], 2024)
    assert found is not None and [r.documents[0].doc_type for r in found] == ["plan", "summary"]
    assert pair(conn, keys["plan"], 2025) is None, "2025 has no summary"
    years = history(conn, keys["plan"])["years"]
    assert [y.get("paired_with") for y in years] == ["澜溪县林业局2024年工作总结", None]
    result = CliRunner().invoke(app, ["archive", "trace", keys["plan"], "2024", "-f", "json", "--db", str(target)])
    assert result.exit_code == 0, result.output
    counts = json.loads(result.stdout)["counts"]
    assert counts["targets_met"] >= 3 and counts["targets_not_met"] == 0
    missing = CliRunner().invoke(app, ["archive", "trace", keys["plan"], "2025", "--db", str(target)])
    assert missing.exit_code == 1 and "2025" in missing.output
