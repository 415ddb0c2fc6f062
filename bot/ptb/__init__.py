"""python-telegram-bot plumbing the features never see: persistence, rate limit, transport."""
