"""Structured knowledge and calculators: fees, deadlines, e-services, contacts, countries."""
