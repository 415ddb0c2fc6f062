"""The domain core: knowledge base, matching, fees, contacts. Never imports telegram."""
