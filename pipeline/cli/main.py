"""The `jihua` command: a few lines per command — read options, build config, call a function.

Bad input prints one line on stderr naming the file and the reason and exits non-zero,
without a traceback; in batch modes the other files still go through.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from jihua.extractors.options import default_workers
from jihua.pipeline.cli.archive import app as archive_app
from jihua.pipeline.config import Config
from jihua.pipeline.report import emit
from jihua.schemas.errors import InputError, JihuaError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="jihua 计划: structure, compare and archive Chinese work plans and summaries.")
app.add_typer(archive_app, name="archive")

FilesArg = Annotated[list[Path], typer.Argument(help="files or folders", show_default=False)]
OutOpt = Annotated[Path | None, typer.Option("-o", "--output", help="write here instead of stdout")]
WorkersOpt = Annotated[int, typer.Option("--workers", "-j", help="files in parallel (batch)")]


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"jihua: error: {message}", err=True)
    raise typer.Exit(code)


def build_config(workers: int = 1, ocr: bool = True, nlp: bool = True) -> Config:
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
    engine: Annotated[str, typer.Option(help="local, or ray: parse on a Ray cluster into -o OUT/ (tables + "
                                             "JSON Lines)")] = "local",
    address: Annotated[str | None, typer.Option(help="Ray cluster address (default: start a local one)")] = None,
) -> None:
    """Structure plan files into JSON (see schemas/plan.schema.json)."""
    from jihua.pipeline.batch import expand
    from jihua.pipeline.cli.commands import parse_command

    if engine != "local":
        from jihua.pipeline.scale.ray_engine import command as engine_command

        raise typer.Exit(engine_command(files, build_config(1, ocr, nlp), engine, output, address))
    paths = expand(files)
    many = len(paths) != 1 or any(p.is_dir() for p in files)
    cfg = build_config(workers or (default_workers() if many else 1), ocr, nlp)
    raise typer.Exit(parse_command(paths, cfg, output, jsonl or fmt == "jsonl" or many))


@app.command()
def extract(files: FilesArg, output: OutOpt = None,
            ocr: Annotated[bool, typer.Option(help="OCR scanned PDF pages")] = True) -> None:
    """Print the block stream (JSON Lines) every later stage reads."""
    from jihua import extractors
    cfg = build_config(ocr=ocr)
    lines: list[str] = []
    failed = 0
    for path in files:
        try:
            _, blocks = extractors.extract(path, cfg.extract)
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
    fmt: Annotated[str, typer.Option("--format", "-f", help="json, md, html or docx")] = "json",
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
    from jihua.schemas.generate import schema_text

    emit(schema_text(), output)


def main() -> None:
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


if __name__ == "__main__":
    main()
