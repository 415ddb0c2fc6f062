"""Council members' own records: /log, /mylog, /report."""

from handlers.council import log, report

__all__ = ["log", "report"]
