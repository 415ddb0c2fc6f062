"""Telegram adapters: parse the update, call knowledge/, render the reply.

The views here are plain functions over domain results, shared by the Telegram handlers and
the terminal front ends, so what the CLI prints is what a Telegram user reads.
"""
