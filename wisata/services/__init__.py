"""Domain rules, as plain functions that views, the API and the CLI call."""
