"""Who someone is to the bot: language choice, roles, pseudonyms, forgetting."""
