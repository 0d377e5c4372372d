"""Next.js templates, the edit-plan schema, safe apply, per-turn undo."""
