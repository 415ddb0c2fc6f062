"""Reference screens: /fees, /deadline, /eservices, /contacts."""

from handlers.reference import contacts, deadline, eservices, fees

__all__ = ["contacts", "deadline", "eservices", "fees"]
