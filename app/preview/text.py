"""The visible text of an HTML page: what a reader sees, for "is my edit on screen" checks.

Next.js dev pages carry their content twice: once as HTML and once inside ``<script>``
tags (the RSC payload). Only the first is visible, so scripts, styles, templates and the
``<head>`` are dropped, tags removed (block tags become spaces so words don't merge),
entities unescaped and whitespace collapsed. Regex-based on purpose: it runs on every
poll of a page (tens of KB) and must take about a millisecond.
"""

from __future__ import annotations

import html
import re

_DROP = re.compile(
    r"<!--.*?-->"
    r"|<(script|style|template|noscript|head|svg)\b[^>]*>.*?</\1\s*>",
    re.IGNORECASE | re.DOTALL,
)
_BLOCK_TAG = re.compile(
    r"</?(?:address|article|aside|blockquote|br|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure"
    r"|footer|form|h[1-6]|header|hr|li|main|nav|ol|option|p|pre|section|summary|table|tbody|td|tfoot"
    r"|th|thead|tr|ul|body|html|button|label|input|textarea|select|img)\b[^>]*>",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


def visible_text(page: str) -> str:
    """The page's visible text: one line, single spaces, entities decoded."""
    text = _DROP.sub(" ", page)
    text = _BLOCK_TAG.sub(" ", text)
    text = _TAG.sub("", text)
    text = html.unescape(text)
    return _SPACE.sub(" ", text).strip()
