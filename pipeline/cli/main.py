"""The `jihua` command: a few lines per command — read options, build config, call a function.

Bad input prints one line on stderr naming the file and the reason and exits non-zero,
without a traceback; in batch modes the other files still go through. A bug prints one line
saying "internal error" (the traceback with `jihua --debug …`).

Exit codes: 0 every file went through; 1 some file failed (bad input, internal error, time
budget) or the output could not be written; 2 usage error (unknown option or format, missing
argument); 130 interrupted.
"""

import gc
import logging
import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

# pydantic looks for plugins in every installed package's entry points when it builds its first
# model (~10 ms of a cold command, 3 % of a cold parse); jihua's command line uses none
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
from jihua.pipeline.cli.archive import app as archive_app
from jihua.pipeline.web.serve import serve
from jihua.schemas.errors import InputError, JihuaError, shown

if TYPE_CHECKING:
    from jihua.pipeline.config import Config

# Imports of pydantic models, extractors and NLP live inside the commands that use them, so
# `--help`, `schema` and `archive search` start in a fraction of a second. The command modules
# do without `from __future__ import annotations`: typer would eval() every command's string
# annotations at each start (7 ms of a 100 ms cold `archive search`).

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False, rich_markup_mode=None,
                  help="jihua 计划: structure, compare and archive Chinese work plans and summaries.",
                  epilog="Exit codes: 0 all files went through; 1 some file failed or the output could not be "
                         "written; 2 usage error.")
app.add_typer(archive_app, name="archive")
app.command("serve")(serve)
_state = {"debug": False}


@app.callback()
def _options(debug: Annotated[bool, typer.Option("--debug", help="show tracebacks and library warnings")] = False
             ) -> None:
    """Global options (before the command: `jihua --debug parse …`)."""
    _state["debug"] = debug
    # libraries (pdfminer above all) log a warning for every oddity they repair: not the user's business
    logging.basicConfig(level=logging.DEBUG if debug else logging.CRITICAL, stream=sys.stderr,
                        format="%(name)s: %(message)s")

def debugging() -> bool:
    """Whether `jihua --debug` was given (tracebacks shown after their one line)."""
    return _state["debug"]


FilesArg = Annotated[list[Path], typer.Argument(help="files or folders", show_default=False)]
OutOpt = Annotated[Path | None, typer.Option("-o", "--output", help="write here instead of stdout")]
WorkersOpt = Annotated[int, typer.Option("--workers", "-j", help="files in parallel (batch)")]


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"jihua: error: {message}", err=True)
    raise typer.Exit(code)


def build_config(workers: int = 1, ocr: bool = True, nlp: bool = True) -> "Config":
    from jihua.pipeline.config import Config

    cfg = Config(workers=max(1, workers), nlp=nlp)
    cfg.extract.ocr = ocr
    return cfg


@app.command()
def parse(
    files: FilesArg,
    output: OutOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="json (one file) or jsonl (one line per file)")] = "json",
    jsonl: Annotated[bool, typer.Option("--jsonl", help="one JSON object per line, for many files")] = False,
    workers: WorkersOpt = 0,
    ocr: Annotated[bool, typer.Option(help="OCR scanned PDF pages")] = True,
    nlp: Annotated[bool, typer.Option(help="segmentation, keywords, entities")] = True,
    timeout: Annotated[float, typer.Option(help="seconds per file (0: no limit)")] = 600,
    max_pages: Annotated[int, typer.Option(help="pages per PDF")] = 2000,
    engine: Annotated[str, typer.Option(help="local, or ray: parse on a Ray cluster into -o OUT/ (tables + "
                                             "JSON Lines)")] = "local",
    address: Annotated[str | None, typer.Option(help="Ray cluster address (default: start a local one)")] = None,
) -> None:
    """Structure plan files into JSON (see schemas/plan.schema.json)."""
    from jihua.extractors.options import default_workers
    from jihua.pipeline.batch import expand, not_read_note
    from jihua.pipeline.cli.commands import parse_command

    if fmt not in ("json", "jsonl"):
        fail(f"unknown format '{fmt}' for parse (choose json or jsonl)", 2)
    if timeout < 0 or max_pages < 1:
        fail("--timeout must be ≥ 0 and --max-pages ≥ 1", 2)
    if engine != "local":
        from jihua.pipeline.scale.ray_engine import command as engine_command

        ray_cfg = build_config(1, ocr, nlp)
        ray_cfg.timeout, ray_cfg.extract.max_pages = timeout, max_pages
        raise typer.Exit(engine_command(files, ray_cfg, engine, output, address))
    unread: list[Path] = []
    paths = expand(files, unread)
    note = not_read_note(unread)
    if note:
        typer.echo(note, err=True)
    many = len(paths) != 1 or any(p.is_dir() for p in files)
    cfg = build_config(workers or (default_workers() if many else 1), ocr, nlp)
    cfg.timeout = timeout
    cfg.extract.max_pages = max_pages
    raise typer.Exit(parse_command(paths, cfg, output, jsonl or fmt == "jsonl" or many))


@app.command()
def extract(files: FilesArg, output: OutOpt = None,
            ocr: Annotated[bool, typer.Option(help="OCR scanned PDF pages")] = True) -> None:
    """Print the block stream (JSON Lines) every later stage reads."""
    from jihua.extractors import guard
    from jihua.pipeline.report import emit

    cfg = build_config(ocr=ocr)
    lines: list[str] = []
    failed = 0
    for path in files:
        try:
            _, blocks = guard.read(path, cfg.extract)
        except InputError as exc:
            typer.echo(f"jihua: error: {exc.message}", err=True)
            failed += 1
            continue
        lines.extend(b.model_dump_json(exclude_none=True) for b in blocks)
    if lines:
        emit("\n".join(lines), output)
    raise typer.Exit(1 if failed else 0)


@app.command()
def diff(
    files: Annotated[list[Path], typer.Argument(help="OLD NEW [NEWER …]: two plans, or a series by year")],
    output: OutOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="json, md, html or docx (a series of three or more: json, md or html)")] = "json",
    ocr: Annotated[bool, typer.Option(help="OCR scanned PDF pages")] = True,
) -> None:
    """Compare plans: sections, items and targets added, removed, changed, moved."""
    from jihua.pipeline.cli.commands import diff_command

    if len(files) < 2:
        fail("diff needs at least two files (OLD NEW)", 2)
    raise typer.Exit(diff_command(files, build_config(ocr=ocr, nlp=False), fmt, output))


@app.command()
def trace(
    plan_file: Annotated[Path, typer.Argument(metavar="PLAN", help="the year's plan")],
    summary_file: Annotated[Path, typer.Argument(metavar="SUMMARY", help="that year's summary")],
    output: OutOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="json or md")] = "json",
) -> None:
    """For each planned measure and target: reported in the summary, met, or not mentioned."""
    from jihua.pipeline.cli.commands import trace_command

    raise typer.Exit(trace_command(plan_file, summary_file, build_config(), fmt, output))


@app.command()
def schema(output: OutOpt = None) -> None:
    """Print the JSON Schema of `jihua parse` output."""
    from jihua.pipeline.report import emit
    from jihua.schemas.generate import schema_text

    emit(schema_text(), output)


def main() -> None:
    """The last boundary: whatever escapes a command is one line on stderr (a traceback with --debug)."""
    try:
        _run()
    finally:
        # the interpreter's last collection at exit walks every object a parse left (measured: ~30 ms
        # of a 0.3 s cold parse, and of the serial part of every batch); frozen objects are skipped
        gc.freeze()


def _run() -> None:
    try:
        app()
    except JihuaError as exc:  # anything that escaped a command: still one line, no traceback
        typer.echo(f"jihua: error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        typer.echo("jihua: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except OSError as exc:  # an output that cannot be written: a folder that is a file, no permission, disk full
        if _state["debug"]:
            traceback.print_exc()
        from jihua.pipeline.cli.commands import cannot_write

        where = f"{shown(exc.filename)}: " if exc.filename else ""
        typer.echo(f"jihua: error: {where}{cannot_write(exc)}", err=True)
        sys.exit(1)
    except Exception as exc:
        if _state["debug"]:
            traceback.print_exc()
        hint = "" if _state["debug"] else "; run `jihua --debug …` for the traceback"
        typer.echo(f"jihua: error: internal error ({type(exc).__name__}: {exc}){hint}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
