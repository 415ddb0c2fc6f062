"""/unanswered, /stats and council answers proposed for the KB."""

from handlers.feedback import proposals, review

__all__ = ["proposals", "review"]
