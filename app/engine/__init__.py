"""The local model engine: hardware probe, provider choice, ORT GenAI generation."""
