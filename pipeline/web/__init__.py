"""`jihua serve`: the archive as a local web page — search, documents, series, compare, upload."""
