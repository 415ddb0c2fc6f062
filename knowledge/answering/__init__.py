"""A question in, a Reply out: normalisation, language, matching, confidence, the safety net."""
