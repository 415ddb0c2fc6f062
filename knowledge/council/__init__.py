"""The Public Council's own records: consultations, their CSV import, the annual report."""
