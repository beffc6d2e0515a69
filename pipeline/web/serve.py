"""`jihua serve`: start the archive's web page (uvicorn) on this machine."""

from pathlib import Path
from typing import Annotated

import typer

LOCAL = ("127.0.0.1", "localhost", "::1")


def serve(
    database: Annotated[str | None, typer.Option("--db", help="archive file (default: $JIHUA_DB or "
                                                            "~/.local/share/jihua/archive.sqlite)")] = None,
    host: Annotated[str, typer.Option(help="address to listen on; only this machine by default")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8000,
    allow_upload: Annotated[bool, typer.Option("--allow-upload", help="let visitors add files (else read-only)")] = False,
) -> None:
    """Web page for the archive: search, documents, series, compare (and upload with --allow-upload)."""
    from jihua.pipeline.archive import db

    where = database or db.default_path()
    if db.is_url(where):
        typer.echo(f"jihua: error: the web page serves an archive file; {where} is a server database "
                   "(use the jihua archive commands for it)", err=True)
        raise typer.Exit(2)
    path = Path(where)
    if not path.exists() and not allow_upload:
        typer.echo(f"jihua: error: no archive at {path}: add files first (jihua archive add FILES --db {path}), "
                   "or start with --allow-upload to fill a new one", err=True)
        raise typer.Exit(1)
    try:
        import uvicorn
        from jihua.pipeline.web.app import create_app
    except ImportError as exc:
        typer.echo(f"jihua: error: the web page needs the 'web' extra ({exc.name} missing): "
                   "pip install 'jihua[web]'", err=True)
        raise typer.Exit(1) from None
    if host not in LOCAL:
        typer.echo(f"jihua: warning: listening on {host}: other machines can reach this archive", err=True)
    typer.echo(f"jihua: serving {path} at http://{host}:{port}/ ({'uploads allowed' if allow_upload else 'read-only'})",
               err=True)
    uvicorn.run(create_app(path, allow_upload), host=host, port=port, log_level="warning")
