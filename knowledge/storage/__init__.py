"""The database: tables, engine and units of work, the SQLite driver, migrations."""
