"""Use cases. Each public call is one unit of work; permissions and audit are enforced here, not in widgets."""
