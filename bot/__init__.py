"""Composition root: settings, database start-up, i18n, the CLI (and, next, the Telegram app)."""
