"""The project's next dev server: process, port, readiness, errors."""
