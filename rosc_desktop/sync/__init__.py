"""Bundle format, keys, export, import and merge (arrives with the sync issue)."""
