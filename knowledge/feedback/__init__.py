"""What the bot could not answer: the question log, its review, proposals for the KB."""
