"""Telegram pieces every feature shares: context, sending, views, callbacks, flows, gate."""
