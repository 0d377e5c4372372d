"""The session benchmark (``nxr bench``): scripted multi-prompt sessions through the real turn loop.

``sessionfile`` parses the session format, ``checks`` verifies what the user asked for,
``runner`` plays sessions (retries, abandonment), ``workspace`` gives each session a fresh
project and dev server, ``report`` and ``html`` write the results.
"""
