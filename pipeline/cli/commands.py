"""What the CLI commands do, as plain functions the CLI and tests both call."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from jihua.pipeline.batch import Outcome, parse_in_process, parse_many
from jihua.pipeline.config import Config
from jihua.pipeline.progress import FileProgress, Progress
from jihua.pipeline.runner import Parser
from jihua.schemas.errors import shown
from jihua.schemas.plan import ParseResult


def pretty_json(result: object) -> str:
    from pydantic import BaseModel

    assert isinstance(result, BaseModel)
    return result.model_dump_json(indent=2, exclude_none=False)


def report_failure(outcome: Outcome) -> None:
    """One line per failed file; with `jihua --debug`, a bug's traceback after it."""
    from jihua.pipeline.cli.main import debugging

    sys.stderr.write(f"jihua: error: {outcome.error}\n")
    if debugging() and outcome.detail:
        sys.stderr.write(outcome.detail)


def open_output(output: Path) -> TextIO | None:
    """The output file, or None after one line saying why it cannot be written."""
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        return open(output, "w", encoding="utf-8")
    except OSError as exc:
        sys.stderr.write(f"jihua: error: {shown(output)}: {cannot_write(exc)}\n")
        return None


def cannot_write(exc: OSError) -> str:
    """Why an output path cannot be written, in the user's terms."""
    if isinstance(exc, FileExistsError | NotADirectoryError):
        return "cannot write (a part of the path is a file, not a folder)"
    return f"cannot write ({exc.strerror or exc})"


def parse_command(paths: list[Path], cfg: Config, output: Path | None, jsonl: bool) -> int:
    """Parse files; JSON for one, JSON Lines for many. Returns the exit code."""
    if not paths:
        sys.stderr.write("jihua: error: no supported files found\n")
        return 1
    failed = 0
    out = open_output(output) if output else sys.stdout
    if out is None:
        return 1
    try:
        with Progress(len(paths), "parsing", enabled=len(paths) > 1) as bar, \
                FileProgress(shown(paths[0]), enabled=len(paths) == 1) as steps:
            for outcome in parse_many(paths, cfg, on_done=bar.advance, on_step=steps, json_lines=jsonl):
                if not outcome.ok:
                    failed += 1
                    report_failure(outcome)
                    continue
                out.write((outcome.json if jsonl else pretty_json(outcome.result)) + "\n")
                out.flush()
    finally:
        if output:
            out.close()
    return 1 if failed else 0


REPORT_FORMATS = ("json", "md", "html", "docx")


def report_format_problem(fmt: str, files: int, output: Path | None) -> str | None:
    """Why a report cannot be written in this format (a usage error), or None."""
    if fmt not in REPORT_FORMATS:
        return f"unknown format '{fmt}' (choose from {', '.join(REPORT_FORMATS)})"
    if fmt == "docx" and files > 2:
        return "the year-by-year view is written as json, md or html, not docx"
    if fmt == "docx" and output is None:
        return "a DOCX report needs -o FILE.docx"
    return None


def _parse_all(paths: list[Path], parser: Parser) -> list[ParseResult] | None:
    """Parse every file (each under the time budget), or report the first failure and return None."""
    results = []
    for path in paths:
        outcome = parse_in_process(parser, path, parser.cfg.timeout)
        if not outcome.ok:
            report_failure(outcome)
            return None
        assert outcome.result is not None
        results.append(outcome.result)
    return results


def diff_command(paths: list[Path], cfg: Config, fmt: str, output: Path | None) -> int:
    """Compare two plans (or a series); write the report in the asked format."""
    from jihua.pipeline import report
    from jihua.pipeline.compare.diff import compare

    problem = report_format_problem(fmt, len(paths), output)
    if problem:
        sys.stderr.write(f"jihua: error: {problem}\n")
        return 2
    results = _parse_all(paths, Parser(cfg))
    if results is None:
        return 1
    if len(results) == 2:
        result = compare(results[0], results[1])
        report.write_diff(result, fmt, output)
    else:
        from jihua.pipeline.compare.series import series

        view = series(results)
        report.write_series(view, fmt, output)
    return 0


def trace_command(plan_path: Path, summary_path: Path, cfg: Config, fmt: str, output: Path | None) -> int:
    """Check a plan against its year's summary."""
    from jihua.pipeline.compare.trace import trace
    from jihua.pipeline.report import write_trace

    if fmt not in ("json", "md"):
        sys.stderr.write(f"jihua: error: unknown format '{fmt}' (choose json or md)\n")
        return 2
    parser = Parser(cfg)
    results = _parse_all([plan_path, summary_path], parser)
    if results is None:
        return 1
    assert parser.nlp is not None
    write_trace(trace(results[0], results[1], parser.nlp), fmt, output)
    return 0
