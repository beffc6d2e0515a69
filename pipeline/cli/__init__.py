"""The command line: typer apps and the plain functions behind them."""
