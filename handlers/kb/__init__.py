"""Admins keeping the answers right: /faq commands, editing, uploads."""

from handlers.kb import entries

__all__ = ["entries"]
