"""A `jihua serve` process on a free localhost port over a copy of the corpus archive
(stopped afterwards), and headless Chromium driven by Playwright with the system's chromium."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(corpus_archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`jihua serve --allow-upload` on a copy of the corpus archive; its base URL."""
    path = tmp_path_factory.mktemp("served") / "archive.sqlite"
    shutil.copy(corpus_archive, path)
    port = free_port()
    log = (path.parent / "server.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "jihua", "serve", "--db", str(path), "--port", str(port),
                             "--allow-upload"], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(url + "/series", timeout=5) as response:
                    if response.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("jihua serve did not start: " + (path.parent / "server.log").read_text()) from None
                time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture(scope="module")
def page() -> Iterator[object]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("CI needs Debian's chromium (scripts/setup.sh installs it)")
        pytest.skip("no /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN",
                                      accept_downloads=True)
        tab = context.new_page()
        tab.set_default_timeout(60_000)
        yield tab
        context.close()
        browser.close()
