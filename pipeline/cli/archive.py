"""`jihua archive …` commands: each reads options, opens the database, calls one function.

No `from __future__ import annotations` here (see cli.main): typer reads the annotations at
every start."""

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from jihua.schemas.errors import shown as shown_path

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False, rich_markup_mode=None,
                  help="Archive years of plans in SQLite or PostgreSQL: add, list, remove, search, series, history, diff, trace, "
                       "export, stats.")
DbOpt = Annotated[str | None, typer.Option("--db", help="archive file or postgresql://… URL (default: $JIHUA_DB "
                                                        "or ~/.local/share/jihua/archive.sqlite)")]
JsonOpt = Annotated[bool, typer.Option("--json", help="machine-readable output")]


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"jihua: error: {message}", err=True)
    raise typer.Exit(code)


def _open(target: str | None, reading: bool = False, writing: bool = False, empty_ok: bool = False) -> Any:
    """The archive (a file or a postgresql:// URL); for reading commands a missing or empty
    archive is said so, not created, and a file is opened read-only (mode=ro), so reading leaves
    no trace beside it — not even the write-ahead log files — unless its schema needs upgrading
    first. `writing`: a command that changes an existing archive (remove). The database layer
    loads here, with its first use: `parse` and `--help` register these commands without it."""
    from jihua.pipeline.archive import db

    where = target or db.default_path()
    local = not db.is_url(where)
    if (reading or writing) and local and not Path(where).exists():
        _fail(f"no archive at {where}: add files first (jihua archive add FILES --db {where}), "
              "or point --db or JIHUA_DB at an archive")
    if (reading or writing) and local and Path(where).is_file() and Path(where).stat().st_size == 0:
        _fail(f"the archive is empty ({where}): add files with jihua archive add FILES --db {where}")
    conn = _read_only(db, where) if reading and not writing else db.connect(where)
    if (reading or writing) and not empty_ok and db.is_empty(conn):
        _fail(f"the archive is empty ({where}): add files with jihua archive add FILES --db {where}")
    return conn


def _read_only(db: Any, where: Any) -> Any:
    """A read-only connection where the archive's schema is current; else one that upgrades it."""
    try:
        return db.connect(where, read_only=True)
    except db.ArchiveError as exc:
        if "needs upgrading" not in str(exc):
            raise
        return db.connect(where)


def _print(data: Any, as_json: bool, lines: list[str]) -> None:
    if as_json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
    else:
        sys.stdout.write("\n".join(lines) + ("\n" if lines else ""))


@app.command()
def add(paths: Annotated[list[Path], typer.Argument(help="files or folders (recursive); a `parse --engine ray` "
                                                     "run folder or a .jsonl of parses")], database: DbOpt = None,
        workers: Annotated[int, typer.Option("--workers", "-j")] = 0) -> None:
    """Parse and store files; already-stored content is skipped, failures are recorded."""
    from jihua.extractors.options import default_workers
    from jihua.pipeline.archive.ingest import add as ingest
    from jihua.pipeline.batch import not_read_note
    from jihua.pipeline.config import Config

    missing = [p for p in paths if not p.exists()]
    if missing and len(missing) == len(paths):  # nothing to add: no archive is created for it
        from jihua.pipeline.archive.ingest import unreadable

        _fail("; ".join(map(unreadable, missing)))
    cfg = Config(workers=workers or default_workers())
    report = ingest(_open(database), paths, cfg)
    note = not_read_note(report.unread)
    if note:
        typer.echo(note, err=True)
    for _path, reason in report.failed:
        typer.echo(f"jihua: error: {reason}", err=True)
    if not (report.added or report.skipped or report.failed):  # a wrong folder, most likely: said, and rc 1
        from jihua.extractors import SUPPORTED_SUFFIXES

        kinds = ", ".join(sorted(s.lstrip(".") for s in SUPPORTED_SUFFIXES))
        _fail(f"no files to archive found in {', '.join(shown_path(p) for p in paths)} (jihua reads {kinds})")
    notes = ([f"{len(report.moved)} moved, path updated"] if report.moved else []) + \
        ([f"{len(report.copies)} of them copies under another name, noted"] if report.copies else [])
    copies = f" ({'; '.join(notes)})" if notes else ""
    typer.echo(f"added {len(report.added)}, already stored {len(report.skipped)}{copies}, "
               f"failed {len(report.failed)}", err=True)
    raise typer.Exit(1 if report.failed else 0)


@app.command()
def search(query: str, database: DbOpt = None, year: int | None = None, org: str | None = None,
           doc_type: Annotated[str | None, typer.Option("--type", help="plan, summary, …")] = None,
           section_type: Annotated[str | None, typer.Option("--section-type", help="measures, goals, …")] = None,
           limit: int = 20, as_json: JsonOpt = False) -> None:
    """Full-text search (Chinese words), best matches first, hits marked 【】; one hit per
    passage however many formats of the plan are archived. Filters take 计划/措施 … too."""
    from jihua.pipeline.archive import filters
    from jihua.pipeline.archive.query import search as run

    if not query.strip():
        _fail("empty query: give the words to search for (jihua archive search 双拥 --year 2024)", 2)
    try:
        kind, part = filters.doc_type(doc_type), filters.section_type(section_type)
    except filters.FilterError as exc:
        _fail(str(exc), 2)
    conn = _open(database, reading=True)
    hits = run(conn, query, year, org, kind, part, limit)
    _print([h.__dict__ for h in hits], as_json,
           [f"{h.year or '----'} {h.title} › {h.section or '（开头）'}\n    {h.snippet}" for h in hits])
    if not hits:
        typer.echo(f"no matches for '{query}'{_named_hint(conn, query)}", err=True)
        raise typer.Exit(1)


def _named_hint(conn: Any, query: str) -> str:
    """Where a query no passage holds names documents' org or title words (query.named_by): said,
    with the command that lists them — search looks in what plans say, not in what they are called."""
    from jihua.pipeline.archive.query import named_by

    where, count = named_by(conn, query)
    if not count:
        return ""
    them = f"{count} document{'s' if count != 1 else ''}"
    quoted = query.strip() if query.strip().isalnum() else f"'{query.strip()}'"
    if where == "org":
        return (f": search looks in the text of passages; {them} are from {query.strip()} "
                f"(jihua archive list --org {quoted}; search their text with --org {quoted})")
    return (f": search looks in the text of passages; {them} have '{query.strip()}' in their title "
            "(jihua archive list lists documents, jihua archive history shows a series)")


@app.command("list")
def list_documents(database: DbOpt = None, year: int | None = None, org: str | None = None,
                   doc_type: Annotated[str | None, typer.Option("--type", help="plan, summary, …")] = None,
                   as_json: JsonOpt = False) -> None:
    """The documents stored (newest year first): id (what `archive remove` takes), year, org, title,
    kind, format and path; a year archived in several formats lists each file, the others marked 另存."""
    from jihua.pipeline.archive import filters
    from jihua.pipeline.archive.browse import documents

    try:
        kind = filters.doc_type(doc_type)
    except filters.FilterError as exc:
        _fail(str(exc), 2)
    rows = documents(_open(database, reading=True), year=year, org=org, doc_type=kind)
    _print(rows, as_json, [f"{r['id']:>6}  {r['year'] or '----'}  {r['org'] or '（未署单位）'}  {r['title']}  "
                           f"[{filters.DOC_TYPES.get(r['doc_type'], r['doc_type'])}] {r['format']} {r['path']}"
                           + ("" if r["stands_for_year"] else "  （另存）") for r in rows])
    if not rows:
        typer.echo("no documents match these filters", err=True)
        raise typer.Exit(1)


@app.command()
def remove(what: Annotated[str, typer.Argument(help="a document id (see archive list), a stored file's path or "
                                                  "a noted copy's path")],
           database: DbOpt = None) -> None:
    """Remove a document, or a file with all its documents, and everything derived from them
    (search index, sections, targets, series membership) in one transaction; or a noted copy.
    A stored file's path removed while a copy of it is noted: the copy is the stored file now."""
    from jihua.pipeline.archive.store import remove as run

    conn = _open(database, writing=True)
    if conn.read_only:
        _fail(f"{conn.where}: the archive is read-only: nothing can be removed")
    done = run(conn, what)
    if not done:
        _fail(f"nothing stored matches '{what}': give a document id, a stored file's path or a copy's path "
              "(jihua archive list)")
    for r in done.documents:
        typer.echo(f"removed {r['id']}  {r['title']}  ({r['path']})")
    for r in done.kept:  # the path went, the document stays: its copy is the stored file now
        typer.echo(f"kept {r['id']}  {r['title']}: {r['path']} removed, its copy {r['now']} is the stored file now")
    for c in done.copies:
        typer.echo(f"removed the copy {c['path']} (of {c['stored_as']}; the stored file stays)" if c["stored_as"]
                   else f"removed the copy {c['path']} with the file it copied")

    def many(n: int, noun: str) -> str:
        return f"{n} {noun}{'s' if n != 1 else ''}"

    summary = ([f"removed {many(len(done.documents), 'document')}"] if done.documents else []) + \
        ([f"kept {many(len(done.kept), 'document')} under a copy's path"] if done.kept else []) + \
        ([f"removed {many(len(done.copies), 'copy record')}"] if done.copies else [])
    typer.echo("; ".join(summary), err=True)


@app.command()
def series(database: DbOpt = None, as_json: JsonOpt = False) -> None:
    """Documents of the same org and kind grouped across years."""
    from jihua.pipeline.archive.query import series_list

    rows = series_list(_open(database, reading=True))
    _print(rows, as_json, [series_line(r) for r in rows])


def series_line(row: dict[str, Any]) -> str:
    """Series key (see series_label), title, years."""
    from jihua.pipeline.archive.history import series_label

    return f"{series_label(row)}  {row['title']}  ({', '.join(map(str, row['years'])) or '年份不详'})"


SERIES_HELP = "series key, or words of its title and org (quoted or not: 梧塘 单产)"


def _series_args(words: list[str], years: int, usage: str) -> tuple[str, tuple[int, ...]]:
    """A series named as `history` takes it — its key, or words of its title and org, quoted or
    not ("青禾 双拥工作计划" or 青禾 双拥工作计划) — then `years` years: the one reading of every
    command's series arguments. A missing or non-numeric year is a usage error (exit 2)."""
    name, tail = words[:len(words) - years], words[len(words) - years:]
    tail = [w.strip().removesuffix("年") for w in tail]  # 2024年 as typed
    if not name or not all(w.isdigit() for w in tail):
        _fail(f"give a series and {years} year{'s' if years > 1 else ''}: {usage}", 2)
    return " ".join(name), tuple(int(w) for w in tail)


def _choose_series(conn: Any, name: str, years: tuple[int, ...] = ()) -> str:
    """The series a name means (with `years`: the best one holding all of them); the other
    matching series are listed on stderr so the user can name one exactly."""
    from jihua.pipeline.archive.history import match_series

    found = match_series(conn, name)
    if not found:
        _fail(f"no series matches '{name}' (jihua archive series lists them)")
    chosen = next((r for r in found if all(y in r["years"] for y in years)), found[0])
    others = [r for r in found if r is not chosen]
    if others:
        typer.echo(f"series {series_line(chosen)}; {len(others)} other series also match '{name}' "
                   "(name one by its key):", err=True)
        for r in others:
            typer.echo(f"  {series_line(r)}", err=True)
    return str(chosen["series"])


@app.command()
def history(words: Annotated[list[str], typer.Argument(help=SERIES_HELP)],
            database: DbOpt = None, as_json: JsonOpt = False,
            show_all: Annotated[bool, typer.Option("--all", help="list unchanged targets too")] = False) -> None:
    """Year by year: sections kept/added/dropped, targets that changed, rising and falling terms."""
    from jihua.pipeline.archive.history import changed, series_label
    from jihua.pipeline.archive.history import history as run

    conn = _open(database, reading=True)
    key = _choose_series(conn, _series_args(words, 0, "")[0])
    data = run(conn, key)
    label = series_label({"series": key})
    lines = [f"series {label}"]
    for y in data["years"]:
        if y.get("gap_before"):  # the comparison below skips these years: said, not hidden
            lines.append(f"      （{'、'.join(map(str, y['gap_before']))} 不在本系列：下一行与 {y['gap_before'][0] - 1} 年比较）")
        note = f"（{y['year_note']}）" if y.get("year_note") else ""
        lines.append(f"{y['year']}{note}  {y['title']}  sections {y['sections']}, targets {y['targets']}"
                     + (f"; {outline_line(y)}; rising {y.get('rising_terms')}, falling {y.get('falling_terms')}"
                        if "sections_added" in y else ""))
        if y.get("paired_with"):
            lines.append(f"      （本年计划与总结都在档案中，另一份是《{y['paired_with']}》："
                         f"jihua archive trace '{label}' {y['year']} 对照执行情况）")
    if data.get("undated"):
        lines.append("年份不详，未排入：" + "；".join(f"{d['title']}（{d['path']}）" for d in data["undated"]))
    def figures(values: list[dict[str, Any] | None]) -> str:
        """Each year's figure with its comparison's sign: "300个 → ≥300个" is a change a bare figure hides."""
        from jihua.pipeline.rules.targets import SIGN_OF

        return " → ".join("—" if v is None else f"{v.get('period') or ''}{SIGN_OF.get(v.get('comparator') or '', '')}"
                          f"{v['value']:g}{v['unit']}" for v in values)

    # a metric set in two years or more is drawn year by year; the rest as target tracks
    metrics = [m for m in data.get("metrics", []) if show_all or changed({"values": m["years"]})]
    if metrics:
        lines.append("metrics (year by year):")
    lines += [f"  {m['chart']}  {m['metric']}: {figures(m['years'])}" for m in metrics]
    targets = [t for t in data.get("targets", []) if sum(v is not None for v in t["values"]) < 2 or not data.get("metrics")]
    shown = targets if show_all else [t for t in targets if changed(t)]
    lines += [f"  {t['label']}: {figures(t['values'])}" for t in shown]
    hidden = len(targets) - len(shown) + len(data.get("metrics", [])) - len(metrics)
    if hidden:
        lines.append(f"  ({hidden} targets unchanged; --all lists them)")
    _print(data, as_json, lines)


def outline_line(year: dict[str, Any]) -> str:
    """A year's outline changes against the year before (see history.outline_changes), in one line:
    sections kept, then renamed 旧→新, split off, merged, added and dropped ones where there are any."""
    parts = [f"kept {year['sections_kept']}"]
    lists = (("renamed", [f"{r['old']}→{r['new']}" for r in year.get("sections_renamed", [])]),
             ("split off", [f"{r['from']}→{r['new']}" for r in year.get("sections_split", [])]),
             ("merged", [f"{r['old']}→{r['into']}" for r in year.get("sections_merged", [])]),
             ("added", year.get("sections_added", [])), ("dropped", year.get("sections_dropped", [])))
    parts += [f"{label} {'、'.join(items)}" for label, items in lists if items]
    return ", ".join(parts)


@app.command("diff")
def diff_years(words: Annotated[list[str], typer.Argument(help=SERIES_HELP + ", then the two years",
                                                         metavar="SERIES... OLD_YEAR NEW_YEAR")],
               database: DbOpt = None,
               fmt: Annotated[str, typer.Option("--format", "-f")] = "md",
               output: Annotated[Path | None, typer.Option("-o", "--output")] = None) -> None:
    """Compare two years of a series (the same report as `jihua diff`)."""
    from jihua.pipeline import report
    from jihua.pipeline.archive.history import diff_years as run
    from jihua.pipeline.cli.commands import report_format_problem

    problem = report_format_problem(fmt, 2, output)
    if problem:
        typer.echo(f"jihua: error: {problem}", err=True)
        raise typer.Exit(2)
    name, (old_year, new_year) = _series_args(words, 2, "jihua archive diff 青禾 双拥工作计划 2023 2024")
    conn = _open(database, reading=True)
    key = _choose_series(conn, name, (old_year, new_year))
    result = run(conn, key, old_year, new_year)
    if result is None:
        typer.echo(f"jihua: error: series '{name}' has no documents for both {old_year} and {new_year}", err=True)
        raise typer.Exit(1)
    report.write_diff(result, fmt, output)


@app.command()
def trace(words: Annotated[list[str], typer.Argument(help=SERIES_HELP + " (the plan's or the summary's series), "
                                                         "then the year", metavar="SERIES... YEAR")],
          database: DbOpt = None,
          fmt: Annotated[str, typer.Option("--format", "-f", help="md or json")] = "md",
          output: Annotated[Path | None, typer.Option("-o", "--output")] = None) -> None:
    """Check a year's plan against the same office's summary of that year (the same report as
    `jihua trace`): a plan and its summary are traced, never diffed as two years."""
    from jihua.pipeline.archive.pairs import pair
    from jihua.pipeline.compare.trace import trace as run
    from jihua.pipeline.enrich import Nlp
    from jihua.pipeline.report import write_trace

    if fmt not in ("md", "json"):
        _fail(f"unknown format '{fmt}' (choose md or json)", 2)
    name, (year,) = _series_args(words, 1, "jihua archive trace 青禾 双拥工作计划 2023")
    conn = _open(database, reading=True)
    key = _choose_series(conn, name, (year,))
    found = pair(conn, key, year)
    if found is None:
        _fail(f"series '{name}' has no plan and summary of the same office for {year} "
              "(jihua archive history lists the years that have both)")
    write_trace(run(found[0], found[1], Nlp()), fmt, output)


@app.command()
def export(output: Annotated[Path, typer.Argument(help="a .jsonl file; a folder for csv/parquet tables, or one "
                                                      "x.csv / x.parquet file holding one table")],
           fmt: Annotated[str | None, typer.Option("--format", "-f", help="jsonl, csv or parquet (default: from "
                                                                           "the output's suffix; an existing folder: "
                                                                           "csv tables; else jsonl)")] = None,
           table: Annotated[str | None, typer.Option("--table", help="the table a single .csv/.parquet file holds: "
                                                                     "documents, sections, items, targets, copies, "
                                                                     "errors (default: its name, else documents)")] = None,
           database: DbOpt = None) -> None:
    """Export for other tools: whole parses (jsonl) or documents/sections/items/targets tables, where
    stands_for_year marks the one file counted for its year when a plan is archived in several formats."""
    from jihua.pipeline.archive import export as ex

    suffix = output.suffix.lower().lstrip(".")
    implied = ex.format_of(output)  # x.csv: csv; an existing folder: csv tables; jihua-2026.12.02: none
    if fmt is None and implied == "":
        # notes.md or data.xlsx is no export format: refused, as --format xlsx is, not written as JSON Lines
        _fail(f"unknown export format '.{suffix}' ({shown_path(output)}): name a .jsonl, .csv or .parquet file, "
              "a folder, or give --format jsonl, csv or parquet", 2)
    fmt = fmt or implied or "jsonl"
    if fmt not in ex.FORMATS:
        _fail(f"unknown export format '{fmt}' (jsonl, csv, parquet)", 2)
    if fmt == "jsonl" and output.is_dir():
        _fail(f"{shown_path(output)} is a folder: JSON Lines go to one file (name it, e.g. {shown_path(output)}.jsonl); "
              "a folder takes the tables (--format csv or parquet)", 2)
    if table is not None and table not in ex.TABLES:
        _fail(f"unknown table '{table}' ({', '.join(ex.TABLES)})", 2)
    blocked = next((p for p in output.parents if p.exists() and not p.is_dir()), None)
    if blocked is not None:  # said before the archive is opened: the output is what the user must change
        from jihua.pipeline.cli.commands import cannot_write

        _fail(f"{shown_path(output)}: {cannot_write(NotADirectoryError())}")
    conn = _open(database, reading=True, empty_ok=True)
    if fmt == "jsonl":
        n = ex.export_jsonl(conn, output)
        typer.echo(f"wrote {n} files to {output}", err=True)
    elif suffix == fmt and not output.is_dir():  # x.csv is a file: one table, named or by the file's name
        name = table or (output.stem if output.stem in ex.TABLES else "documents")
        ex.export_table(conn, output, fmt, name)
        other = "" if table or output.stem in ex.TABLES else f" (--table {'|'.join(ex.TABLES)} for another)"
        typer.echo(f"wrote the {name} table to {output}{other}", err=True)
    else:
        paths = ex.export_tables(conn, output, fmt)
        typer.echo("wrote " + ", ".join(str(p) for p in paths), err=True)


@app.command()
def stats(database: DbOpt = None, as_json: JsonOpt = False) -> None:
    """Counts by year, org, document kind and section type."""
    from jihua.pipeline.archive.query import stats as run

    data = run(_open(database, reading=True))
    lines = [f"files {data['files']}, documents {data['documents']}, errors {data['errors']}, "
             f"copies elsewhere {data['copies']}"]
    for key in ("by_year", "by_doc_type", "by_org", "by_section_type"):
        lines.append(f"{key}: " + ", ".join(f"{k} {v}" for k, v in data[key].items()))
    _print(data, as_json, lines)


@app.command()
def errors(database: DbOpt = None, as_json: JsonOpt = False) -> None:
    """Files that could not be archived, with the reason."""
    from jihua.pipeline.archive.query import errors as run

    rows = run(_open(database, reading=True, empty_ok=True))
    _print(rows, as_json, [f"{r['at']}  {r['reason']}" for r in rows])
