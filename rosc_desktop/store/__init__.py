"""Engine, sessions, keys, migrations, search and backups. Knows SQL; knows nothing of Qt."""
