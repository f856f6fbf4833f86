"""Cross-cutting services: where files are, settings, logging."""
