"""The Ray engine parses exactly as the local batch does: the corpus parsed both ways on a local
Ray cluster this test starts itself, compared object by object; its run folder is then stored by
`archive add` exactly as parsing the files there would store them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from jihua.pipeline.archive import db
from jihua.pipeline.archive.ingest import add
from jihua.pipeline.batch import expand, parse_many
from jihua.pipeline.config import Config

ray = pytest.importorskip("ray", reason="the Ray engine needs the ray extra (pip install 'jihua[ray]')")
pq = pytest.importorskip("pyarrow.parquet")


@pytest.fixture(scope="module")
def cluster():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, corpus_files: Path) -> Path:
    folder = tmp_path_factory.mktemp("in")
    shutil.copytree(corpus_files, folder / "files")
    (folder / "files" / "broken.pptx").write_bytes(b"PK\x03\x04 not a presentation")
    return folder / "files"


@pytest.fixture(scope="module")
def run(cluster, inputs: Path, tmp_path_factory) -> Path:
    from jihua.pipeline.scale.ray_engine import parse_on_ray

    out = tmp_path_factory.mktemp("ray") / "out"
    counts = parse_on_ray([inputs], out, Config(nlp=True))
    assert counts["failed"] == 1 and counts["parsed"] == counts["files"] - 1
    return out


def test_ray_output_equals_the_local_batch(run: Path, inputs: Path) -> None:
    local = {str(o.path): o for o in parse_many(expand([inputs]), Config(workers=1, nlp=True))}
    lines = [json.loads(line) for line in (run / "parsed.jsonl").read_text("utf-8").splitlines()]
    on_ray = {obj["source"]["path"]: obj for obj in lines}
    ok = {p: o for p, o in local.items() if o.ok}
    assert set(on_ray) == set(ok) and len(lines) == len(on_ray)
    for path, outcome in ok.items():
        assert outcome.result is not None
        assert on_ray[path] == json.loads(outcome.result.model_dump_json()), path
    errors = pq.read_table(run / "errors.parquet").to_pylist()
    failed = [o for o in local.values() if not o.ok]
    assert [(e["path"], e["reason"]) for e in errors] == [(str(o.path), o.error) for o in failed]
    documents = pq.read_table(run / "documents.parquet")
    assert documents.num_rows == sum(len(o["documents"]) for o in lines)
    items = pq.read_table(run / "items.parquet").to_pylist()
    assert {r["doc_id"] for r in items} == set(documents.column("doc_id").to_pylist())
    targets = pq.read_table(run / "targets.parquet")
    assert targets.num_rows == sum(len(d["targets"]) for o in lines for d in o["documents"])
    by_id = {t["id"]: t for o in lines for d in o["documents"] for t in d["targets"]}
    assert [(r["metric"], r["normalized"]) for r in targets.to_pylist()] == [
        (by_id[r["target_id"]]["metric"], by_id[r["target_id"]]["normalized"]) for r in targets.to_pylist()]


def test_archive_add_stores_a_ray_run_as_it_stores_the_files(run: Path, inputs: Path, tmp_path: Path) -> None:
    from_run = db.connect(tmp_path / "run.sqlite")
    report = add(from_run, [run], Config(workers=1))
    assert len(report.added) == len(expand([inputs])) - 1 and len(report.failed) == 1
    direct = db.connect(tmp_path / "direct.sqlite")
    add(direct, [inputs], Config(workers=1))
    for table in ("files", "documents", "sections", "items", "targets", "search", "errors"):
        sql = f"SELECT count(*) FROM {table}"
        assert from_run.execute(sql).fetchone()[0] == direct.execute(sql).fetchone()[0], table
    assert add(from_run, [run], Config(workers=1)).added == [], "a second ingest of the run adds nothing"
