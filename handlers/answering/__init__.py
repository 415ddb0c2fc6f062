"""Free questions, the topic menu, feedback buttons and danger contacts."""

from handlers.answering import ask, menu

__all__ = ["ask", "menu"]
