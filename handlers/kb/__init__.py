"""Admins keeping the answers right: /faq commands, editing, uploads."""

from handlers.kb import entries, reviews

__all__ = ["entries", "reviews"]
