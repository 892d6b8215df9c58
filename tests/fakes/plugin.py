"""pytest fixtures for the fake Messages API (filled in with the fake server)."""
