"""`podium/highlights`: the highlights wall, permalink pages and pull quotes (MkDocs adapter)."""
