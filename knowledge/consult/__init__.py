"""A migrant's request to a council member: routing, taking, answering, closing."""
