"""The data file of training pairs: a header record, then one sample a line."""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path
from typing import Any


def write(out: Path, how: str, lines: list[str], **fields: Any) -> dict[str, Any]:
    """Write the samples (already JSON lines) under a header saying how they were made; prints and returns it.

    The header's sha256 is of the samples alone, so the training record can name the data it saw.
    """
    body = "\n".join(lines)
    header = {"set": out.stem, "written": time.strftime("%Y-%m-%d"), "how": how, **fields,
              "count": len(lines), "sha256": hashlib.sha256(body.encode("utf-8")).hexdigest()}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(header) + "\n" + body + "\n", encoding="utf-8")
    # the list of source sets is long; the rest is what the person running it wants to see
    print(json.dumps({k: v for k, v in header.items() if k != "sets"}))
    return header
