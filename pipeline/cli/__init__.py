"""The command line: typer apps and the plain functions behind them.

The package starts the compiled-pattern cache before any command module imports its rules."""

from jihua.pipeline.cli import regex_cache

regex_cache.install()
