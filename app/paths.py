"""Where the app keeps things: repository resources, user cache and data dirs.

User data and caches follow the platform's conventions (platformdirs);
``NXR_CACHE_DIR`` / ``NXR_DATA_DIR`` override them (tests, portable installs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "avery-nxr"


def resources_dir() -> Path:
    """The bundled ``resources/`` folder (source tree or PyInstaller bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def cache_dir() -> Path:
    """Rebuildable data: built models, the dependency store."""
    override = os.environ.get("NXR_CACHE_DIR")
    return Path(override) if override else Path(platformdirs.user_cache_dir(APP_NAME))


def data_dir() -> Path:
    """User data that is not rebuildable: settings, recent projects, logs."""
    override = os.environ.get("NXR_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME))


def models_cache_dir() -> Path:
    return cache_dir() / "models"
