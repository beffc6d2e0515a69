"""Every archive test runs on both backends: SQLite files and a throw-away PostgreSQL server
(started here, stopped at the end; skipped with the reason only where none can start)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.archive.pgserver import Unavailable, server

Target = Callable[[str], str]  # a name → a new, empty archive target (a file path or a URL)


@pytest.fixture(scope="session")
def pg() -> Iterator[object]:
    try:
        running = server()
    except Unavailable as exc:
        pytest.skip(f"PostgreSQL backend not tested: {exc}")
    yield running
    running.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _factory(backend: str, request: pytest.FixtureRequest, folder: Path) -> Target:
    if backend == "postgres":
        running = request.getfixturevalue("pg")
        return lambda name: running.new_database()  # type: ignore[attr-defined]
    return lambda name: str(folder / f"{name}.sqlite")


@pytest.fixture
def new_archive(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Target:
    """A fresh archive target per call, on the backend under test."""
    return _factory(backend, request, tmp_path)


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def module_archive(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Target:
    """The same for module-scoped fixtures (one backend per module pass)."""
    return _factory(str(request.param), request, tmp_path_factory.mktemp("db"))
