"""The archive: years of plans in one SQLite file or a PostgreSQL database — ingest, search, series, history, export."""
