"""Parse on Ray Data: the same parse as `jihua parse`, spread over a Ray cluster.

    from jihua.pipeline.scale.ray_engine import parse_on_ray
    counts = parse_on_ray([Path("plans/")], Path("out/"), Config(), address="auto")

Files are read as binary by Ray Data (`read_binary_files`), parsed in actors that each build one
`Parser` (models loaded once per actor) and written under OUT/ as the tables and JSON Lines that
`pipeline.archive.runs` describes; a failed file is a row of errors.parquet with its reason, never
a failed job. `jihua archive add OUT/` then stores the run with one writer. Needs `jihua[ray]`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jihua.pipeline.archive.runs import FileRow, write_run
from jihua.pipeline.batch import expand, parse_one
from jihua.pipeline.config import Config
from jihua.pipeline.runner import Parser


def parse_bytes(parser: Parser, data: bytes, name: str) -> FileRow:
    """Parse a file's bytes as if read from `name` (the path the user gave): the bytes go to a
    private temporary file of the same name, and the result names the original path."""
    sha = hashlib.sha256(data).hexdigest()
    with tempfile.TemporaryDirectory(prefix="jihua-") as tmp:
        local = Path(tmp) / Path(name).name
        local.write_bytes(data)
        try:
            outcome = parse_one(parser, local)
        except Exception as exc:  # a bug on one file must not fail the job
            return FileRow(name, len(data), sha, error=f"{name}: internal error ({type(exc).__name__}: {exc})")
        text = outcome.as_json_line().json  # the line `jihua parse --jsonl` prints
        if text is None:
            return FileRow(name, len(data), sha, error=(outcome.error or "unknown error").replace(str(local), name))
    # the path is in the source and every block's provenance: the private copy's (unique, random)
    # name becomes the user's path again
    text = text.replace(json.dumps(str(local))[1:-1], json.dumps(name, ensure_ascii=False)[1:-1])
    return FileRow(name, len(data), sha, parse_json=text)


class ParseActor:
    """One per Ray actor: builds its parser once, then parses every batch of files it is handed."""

    def __init__(self, cfg_json: str, names: dict[str, str]) -> None:
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        self.parser = Parser(Config.model_validate_json(cfg_json))
        self.names = names

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        out: dict[str, list[Any]] = {k: [] for k in ("path", "size", "sha256", "parse_json", "error")}
        for data, path in zip(batch["bytes"], batch["path"], strict=True):
            row = parse_bytes(self.parser, bytes(data), self.names.get(str(path), str(path)))
            out["path"].append(row.path)
            out["size"].append(row.size)
            out["sha256"].append(row.sha256 or "")
            out["parse_json"].append(row.parse_json or "")
            out["error"].append(row.error or "")
        return out


def _rows(ds: Any) -> Iterator[FileRow]:
    for r in ds.iter_rows():
        yield FileRow(r["path"], int(r["size"]), r["sha256"] or None, r["parse_json"] or None, r["error"] or None)


def parse_on_ray(inputs: list[Path], out: Path, cfg: Config | None = None, address: str | None = None,
                 actors: int | None = None) -> dict[str, int]:
    """Parse files and folders on Ray (a running cluster at `address`, else a local one) and
    write the run under `out`; returns counts of files, parsed and failed."""
    import ray

    cfg = cfg or Config()
    paths = expand(inputs)
    readable = [p for p in paths if p.is_file() and os.access(p, os.R_OK)]
    unreadable = [p for p in paths if p not in readable]  # reported as the local parse reports them
    if not ray.is_initialized():
        ray.init(address=address, include_dashboard=False, logging_level=logging.WARNING,
                 log_to_driver=False, configure_logging=False)
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True  # output in input order, run after run
    context.enable_progress_bars = False
    worker_cfg = cfg.model_copy(update={"workers": 1, "extract": cfg.extract.model_copy(update={"workers": 1})})

    def rows() -> Iterator[FileRow]:
        if unreadable:
            parser = Parser(worker_cfg)
            for p in unreadable:
                yield FileRow(str(p), 0, None, error=parse_one(parser, p).error or f"{p}: cannot read")
        if not readable:
            return
        names = {str(p.resolve()): str(p) for p in readable}
        ds = ray.data.read_binary_files(list(names), include_paths=True)
        # an autoscaling pool: the binary reads keep a CPU while the actors take the rest
        size = actors or max(1, int(ray.cluster_resources().get("CPU", 1)))
        parsed = ds.map_batches(ParseActor, fn_constructor_args=(worker_cfg.model_dump_json(), names),
                                batch_size=4, num_cpus=1,
                                compute=ray.data.ActorPoolStrategy(min_size=1, max_size=size))
        yield from _rows(parsed)

    return write_run(out, rows(), engine="ray")


def command(files: list[Path], cfg: Config, engine: str, output: Path | None, address: str | None) -> int:
    """`jihua parse --engine ray -o OUT/`: the run under OUT/; the exit code (1 if a file failed)."""
    if engine != "ray":
        sys.stderr.write(f"jihua: error: unknown engine '{engine}' (local, ray)\n")
        return 2
    if output is None:
        sys.stderr.write("jihua: error: --engine ray writes a folder of tables: give it with -o OUT/\n")
        return 2
    try:
        import ray  # noqa: F401
    except ImportError:
        sys.stderr.write("jihua: error: the ray engine needs Ray: pip install 'jihua[ray]'\n")
        return 2
    counts = parse_on_ray(files, output, cfg, address=address)
    sys.stderr.write(f"parsed {counts['parsed']} of {counts['files']} files into {output}/"
                     + (f"; {counts['failed']} failed (listed in errors.parquet)" if counts["failed"] else "") + "\n")
    return 1 if counts["failed"] else 0
