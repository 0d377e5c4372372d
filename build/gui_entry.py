"""Entry point of the windowed executable (Windows: ``Avery NXR.exe``; macOS: the .app).

Always opens the desktop window; arguments are passed to ``nxr gui`` (a project folder).
The console ``nxr`` executable next to it stays the command line.
"""

from __future__ import annotations

import sys

from nxr_entry import main as entry_main  # build/ is on the spec's pathex

if __name__ == "__main__":
    sys.argv[1:1] = ["gui"]
    sys.exit(entry_main())
