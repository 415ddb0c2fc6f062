"""/start, /language, /privacy, /forget and staff roles."""

from handlers.people import privacy, roles, start

__all__ = ["privacy", "roles", "start"]
