"""Avery NXR: scaffold and iterate Next.js apps with a small local language model."""

__version__ = "0.1.0"
