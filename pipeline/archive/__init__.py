"""The archive: years of plans in one SQLite file — ingest, search, series, history, export."""
