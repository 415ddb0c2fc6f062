"""/consult: a migrant's request relayed to a council member and back."""

from handlers.consult import member, migrant, relay, views

__all__ = ["member", "migrant", "relay", "views"]
