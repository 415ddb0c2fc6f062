"""The FAQ entries and their life cycle: files, validation, storage, admin actions."""
