"""Installed as a wheel, jihua lives under its own name: an unrelated top-level `schemas` or
`pipeline` package installed first still imports, and `jihua` still parses."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ["pyproject.toml", "README.md", "jihua", "extractors", "pipeline", "schemas"]


def _run(*args: str | Path, **kwargs) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(a) for a in args], capture_output=True, text=True, **kwargs)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    return proc


def _unrelated_package(where: Path, name: str) -> Path:
    """A small project that claims the generic top-level name `name`, as PyPI projects do."""
    (where / name).mkdir(parents=True)
    (where / name / "__init__.py").write_text("UNRELATED = True\n", encoding="utf-8")
    (where / "pyproject.toml").write_text(textwrap.dedent(f"""
        [build-system]
        requires = ["setuptools>=61"]
        build-backend = "setuptools.build_meta"
        [project]
        name = "unrelated-{name}"
        version = "1.0"
        [tool.setuptools]
        packages = ["{name}"]
    """), encoding="utf-8")
    return where


def test_wheel_installs_beside_unrelated_generic_packages(tmp_path: Path, corpus_files: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    for name in SHIPPED:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(src, source / name)
    wheels = tmp_path / "wheels"
    pip = [sys.executable, "-m", "pip"]
    _run(*pip, "wheel", "-q", "--no-deps", "-w", wheels, source)
    for name in ("schemas", "pipeline"):
        _run(*pip, "wheel", "-q", "--no-deps", "-w", wheels, _unrelated_package(tmp_path / f"other-{name}", name))

    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv)
    python = venv / "bin" / "python"
    others = sorted(wheels.glob("unrelated_*.whl"))
    ours = next(wheels.glob("jihua-*.whl"))
    _run(*pip, "--python", python, "install", "-q", "--no-deps", *others)  # the other packages come first
    _run(*pip, "--python", python, "install", "-q", "--no-deps", ours)

    # jihua's dependencies come from this test run's environment; its own code only from the wheel
    env = {**os.environ, "PYTHONPATH": sysconfig.get_paths()["purelib"]}
    check = "import schemas, pipeline; assert schemas.UNRELATED and pipeline.UNRELATED; import jihua.schemas.plan"
    _run(python, "-c", check, cwd=tmp_path, env=env)
    out = _run(venv / "bin" / "jihua", "parse", corpus_files / "qinghe-2023-plan.md", cwd=tmp_path, env=env)
    assert json.loads(out.stdout)["documents"][0]["year"] == 2023
    where = _run(python, "-c", "import jihua.pipeline as p; print(p.__file__)", cwd=tmp_path, env=env).stdout
    assert str(venv) in where
    _run(python, "-m", "jihua", "--help", cwd=tmp_path, env=env)
