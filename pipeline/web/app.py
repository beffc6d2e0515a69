"""The web application: server-rendered pages over the archive's own read functions.

Each request opens its own SQLite connection (SQLite connections stay in one thread). Pages
only read; uploads are refused unless the server was started with `--allow-upload`.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, cast

from fastapi import FastAPI, File, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jihua.pipeline.archive import browse, db, filters
from jihua.pipeline.archive.history import changed, history, match_series
from jihua.pipeline.archive.query import Hit, search, series_list
from jihua.pipeline.compare.diff import compare
from jihua.pipeline.text.segment import load_jieba
from jihua.pipeline.web.charts import target_chart
from markupsafe import Markup, escape

PACKAGE = resources.files("jihua.pipeline.web")
COMPARATORS = {">=": "不少于", "<=": "不超过", "=": "达到"}


def marked(snippet: str) -> Markup:
    """A snippet's 【hit】 marks as <mark>, everything else escaped."""
    text = str(escape(snippet))
    return Markup(re.sub(r"【([^【】]*)】", r"<mark>\1</mark>", text))


def group_hits(hits: list[Hit]) -> list[dict[str, Any]]:
    """Hits grouped by document (a plan's formats are one document), in order of their best hit."""
    groups: dict[tuple[str, int | None], dict[str, Any]] = {}
    for h in hits:
        group = groups.setdefault((h.title, h.year), {"title": h.title, "year": h.year, "org": h.org,
                                                      "doc_type": h.doc_type, "document_id": h.document_id,
                                                      "formats": [], "hits": []})
        group["hits"].append(h)
        group["formats"] += [f for f in h.formats if f not in group["formats"]]
    return list(groups.values())


class Archive:
    """Where the archive is and what the server may do with it."""

    def __init__(self, path: Path, allow_upload: bool) -> None:
        self.path = path
        self.allow_upload = allow_upload
        self.uploads = path.parent / (path.stem + "-uploads")
        self._tokenizer: Any = None

    @contextlib.contextmanager
    def connect(self) -> Iterator[db.Archive]:
        conn = db.connect(self.path)
        try:
            yield conn
        finally:
            conn.close()

    @property
    def tokenizer(self) -> Any:
        if self._tokenizer is None:  # loading the dictionary costs more than a search: once
            self._tokenizer = load_jieba()
        return self._tokenizer


def create_app(path: Path, allow_upload: bool = False) -> FastAPI:
    """The application for the archive at `path`: its pages are the module's handlers, which find the archive and
    the templates on `request.app.state`."""
    app = FastAPI(title="jihua 计划档案", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.archive = Archive(path, allow_upload)
    with resources.as_file(PACKAGE / "static") as static:
        app.mount("/static", StaticFiles(directory=str(static)), name="static")
    with resources.as_file(PACKAGE / "templates") as folder:
        templates = Jinja2Templates(directory=str(folder))
    templates.env.globals |= {"DOC_TYPES": filters.DOC_TYPES, "SECTION_TYPES": filters.SECTION_TYPES,
                              "COMPARATORS": COMPARATORS, "allow_upload": allow_upload, "marked": marked}
    app.state.templates = templates
    app.add_exception_handler(RequestValidationError, bad_request)  # type: ignore[arg-type]  # (the decorator form hides this)
    app.add_api_route("/", search_page, methods=["GET"], response_class=HTMLResponse)
    app.add_api_route("/documents/{document_id}", document_page, methods=["GET"], response_class=HTMLResponse)
    app.add_api_route("/files/{file_id}", download, methods=["GET"])
    app.add_api_route("/series", series_index, methods=["GET"], response_class=HTMLResponse)
    app.add_api_route("/series/view", series_page, methods=["GET"], response_class=HTMLResponse)
    app.add_api_route("/compare", compare_page, methods=["GET"], response_class=HTMLResponse)
    app.add_api_route("/upload", upload_form, methods=["GET"], response_class=HTMLResponse)
    app.add_api_route("/upload", upload, methods=["POST"], response_class=HTMLResponse)
    return app


def _archive(request: Request) -> Archive:
    """The archive the application serving this request was made for."""
    return cast(Archive, request.app.state.archive)


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A page from the application's templates."""
    return cast(HTMLResponse, request.app.state.templates.TemplateResponse(request, name, context, status_code=status_code))


def bad_request(request: Request, exc: RequestValidationError) -> HTMLResponse:
    """A hand-typed address with a wrong value ("/compare?old=abc"): a page that says so, in Chinese."""
    fields = "、".join(str(e["loc"][-1]) for e in exc.errors())
    return render(request, "message.html", 422, title="地址中的参数有误",
                  text=f"参数 {fields} 的值不对：请从页面上的链接或表单进入。")


def search_page(request: Request, q: str = "", year: str = "", org: str = "", kind: str = "",
                section_type: str = "") -> HTMLResponse:
    error, groups = None, None
    with _archive(request).connect() as conn:
        empty = db.is_empty(conn)
        years, orgs = browse.search_choices(conn)
        if q.strip():
            try:
                hits = search(conn, q, int(year) if year.isdigit() else None, org or None,
                              filters.doc_type(kind), filters.section_type(section_type), 50,
                              tokenizer=_archive(request).tokenizer)
                groups = group_hits(hits)
            except filters.FilterError as exc:
                error = str(exc)
    return render(request, "search.html", q=q, year=year, org=org, kind=kind, section_type=section_type,
                  years=years, orgs=orgs, groups=groups, error=error,
                  hit_count=sum(len(g["hits"]) for g in groups or []), empty=empty)


def document_page(request: Request, document_id: int) -> HTMLResponse:
    with _archive(request).connect() as conn:
        found = browse.document(conn, document_id)
        if found is None:
            return render(request, "message.html", 404, title="没有这份文件", text=f"档案中没有编号 {document_id} 的文件。")
        result, doc, info = found
        others = _compare_choices(browse.documents(conn), document_id, info["series_key"], doc.year)
    headings = {s.id: f"{s.number}{s.heading}" for s in _walk(doc.sections)}
    return render(request, "document.html", doc=doc, result=result, info=info, document_id=document_id,
                  headings=headings, others=others, on_disk=browse.on_disk(info) is not None)


def download(request: Request, file_id: int) -> Response:
    with _archive(request).connect() as conn:
        row = browse.file_row(conn, file_id)
    where = browse.on_disk(row) if row is not None else None
    if row is None or where is None:
        text = f"原文件不在本机：{row['path']}" if row else f"档案中没有编号 {file_id} 的原文件。"
        return render(request, "message.html", 404, title="原文件不可下载", text=text)
    # under the name it was archived as, from a copy when the original's own path is gone
    return FileResponse(where, filename=Path(row["path"]).name, media_type=_media_type(Path(row["path"])))


def series_index(request: Request) -> HTMLResponse:
    with _archive(request).connect() as conn:
        rows = series_list(conn)
    rows.sort(key=lambda r: (-len(r["years"]), r["series"]))
    return render(request, "series_list.html", rows=rows)


def series_page(request: Request, key: str) -> HTMLResponse:
    with _archive(request).connect() as conn:
        found = match_series(conn, key, _archive(request).tokenizer)
        if not found:
            return render(request, "message.html", 404, title="没有这个系列", text=f"没有与“{key}”相符的系列。")
        row = found[0]
        data = history(conn, row["series"], _archive(request).tokenizer)
        docs = browse.documents(conn, row["series"])
    years = [y["year"] for y in data["years"]]
    charts = [(t, Markup(target_chart(years, t["values"]))) for t in data.get("targets", [])]
    moved = [c for c in charts if changed(c[0])]
    still = [c for c in charts if not changed(c[0])]
    return render(request, "series.html", row=row, data=data, charts=moved, unchanged=still, docs=docs)


def compare_page(request: Request, old: int | None = None, new: int | None = None) -> HTMLResponse:
    with _archive(request).connect() as conn:
        docs = browse.documents(conn)
        pair = (browse.document(conn, old), browse.document(conn, new)) if old and new else None
    if pair is None or pair[0] is None or pair[1] is None:
        return render(request, "compare.html", docs=docs, old=old, new=new, missing=pair is not None)
    from jihua.pipeline.report.html import diff_html

    return HTMLResponse(diff_html(compare(pair[0][0], pair[1][0])))


def upload_form(request: Request) -> HTMLResponse:
    return render(request, "upload.html", 200 if _archive(request).allow_upload else 403, outcome=None)


def upload(request: Request, files: Annotated[list[UploadFile], File()]) -> HTMLResponse:
    if not _archive(request).allow_upload:
        return render(request, "upload.html", 403, outcome=None)
    return render(request, "upload.html", outcome=_ingest(_archive(request), files))


_TEXT_TYPES = {".txt": "text/plain", ".md": "text/markdown", ".html": "text/html", ".htm": "text/html",
               ".shtml": "text/html"}


def _media_type(path: Path) -> str | None:
    """A text original's type with the charset it is really in (a GBK copy sent as UTF-8 shows as
    mojibake); None lets the server guess for other files."""
    kind = _TEXT_TYPES.get(path.suffix.lower())
    if kind is None:
        return None
    from jihua.extractors.text import detect_encoding

    with path.open("rb") as f:
        head = f.read(20000)
    return f"{kind}; charset={detect_encoding(head)}"


def _compare_choices(docs: list[dict[str, Any]], document_id: int, key: str, year: int | None) -> list[dict[str, Any]]:
    """Other documents to compare with, the same series' nearest earlier year first."""
    def rank(d: dict[str, Any]) -> tuple[int, int]:
        same = d["series_key"] == key
        earlier = same and year is not None and d["year"] is not None and d["year"] < year
        return (0 if earlier else 1 if same else 2, -(d["year"] or 0))

    return sorted((d for d in docs if d["id"] != document_id), key=rank)


def _walk(sections: list[Any]) -> Iterator[Any]:
    for s in sections:
        yield s
        yield from _walk(s.children)


def _ingest(archive: Archive, files: list[UploadFile]) -> list[dict[str, Any]]:
    """Save each upload beside the archive (under a folder named by its content hash, so two
    files of the same name never clash) and archive them as `archive add` does."""
    from jihua.pipeline.archive.ingest import add
    from jihua.pipeline.config import Config

    saved: dict[str, str] = {}
    for upload in files:
        data = upload.file.read()
        name = Path(upload.filename or "upload").name or "upload"
        target = archive.uploads / hashlib.sha256(data).hexdigest()[:16] / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        saved[str(target)] = name
    with archive.connect() as conn:
        report = add(conn, [Path(p) for p in saved], Config(workers=1))
        docs: dict[str, list[dict[str, Any]]] = {}
        for row in browse.documents(conn):
            docs.setdefault(row["path"], []).append(row)
    outcome = [{"name": saved.get(p, p), "status": "added", "documents": docs.get(p, [])} for p in report.added]
    outcome += [{"name": saved.get(p, p), "status": "skipped", "documents": []} for p in report.skipped]
    outcome += [{"name": saved.get(p, p), "status": "failed", "reason": reason.replace(p, saved.get(p, p)),
                 "documents": []} for p, reason in report.failed]
    return outcome
