"""The sentences a request tells before the list it gives, as a text above that list.

"about page!! I'm 26, based in Quezon City, I work in gouache and procreate. clients: Anvil, Rappler,
Hinge Coffee": the model made the page and the list of clients, and dropped the sentence before it,
so the turn declined ("Quezon City" would have been left out). Here the sentences between what says
where (a page named, a greeting) and the list's own sentence, when they tell something of their own
(a name, a number) and ask the app nothing, go on the list's page as a text before it.
"""

from __future__ import annotations

import re
from typing import Any

from app.scaffold import entries, prose
from app.scaffold.coverage import typed_content
from app.scaffold.namedcontent import names
from app.scaffold.plan import AddItems, AddSection, Decline, SetText
from app.scaffold.site import norm_words

# A sentence that only says where, or what for: "about page!!", "Prices page please.", "Here's the list".
_ONLY_WHERE = re.compile(r"^\W*(?:(?:the|an?|my|our|new|on|for|to)\s+)*[\w'’-]+(?:\s+[\w'’-]+)?\s+page\W*(?:please|pls)?\W*$"
                         r"|^\W*(?:here\s+(?:is|are|it\s+is)|here'?s)\b", re.IGNORECASE)
# A sentence that asks for something: "Add an FAQ page.", "ok so make a Team page"
_ASKS = re.compile(r"^\W*(?:(?:ok|okay|so|and|also|then|hi|hello|hey)\W+)*(?:add|make|create|put|build|give|list|show|include|"
                   r"change|set|use|i'?d|we'?d|i\s+(?:want|need)|we\s+(?:want|need)|need|want|under|below|on|in)\b", re.IGNORECASE)
MIN_WORDS = 4
MAX_HEAD = 2


# What a page is for, said before its list's colon: "Add a Fixtures page for the Gauteng Masters Softball League: 14 March ...".
_PAGE_FOR = re.compile(r"\bpage\s+for\s+(?:the\s+|our\s+|my\s+)?(?P<name>(?-i:[A-Z])[^:.!?\n]{2,60}?)\s*:", re.IGNORECASE)


def _headed(ops: list[Any], request: str) -> list[Any]:
    """``ops`` with the one list headed by the name its page is said to be for, where it has no heading and that name
    is a proper one (capitalised) the list does not hold: the words are the user's, shown above what they typed."""
    lists = [op for op in ops if isinstance(op, AddItems)]
    said = _PAGE_FOR.search(request.split(":", 1)[0] + ":")
    if len(lists) != 1 or lists[0].heading or said is None or len(said.group("name")) > 60:
        return ops
    name = said.group("name").strip()
    if norm_words(name) in norm_words(" ".join(f"{i.title} {i.text}" for i in lists[0].items)) or not names(name):
        return ops
    return [op.model_copy(update={"heading": name}) if op is lists[0] else op for op in ops]


def with_head(ops: list[Any], request: str) -> list[Any]:
    """``ops`` with the sentences told before its one list as a text above it (see the module docstring), or the name
    its page is said to be for as its heading."""
    ops = _headed(ops, request)
    lists = [op for op in ops if isinstance(op, AddItems)]
    if len(lists) != 1 or any(isinstance(op, (AddSection, Decline, SetText)) for op in ops):
        return ops
    items = lists[0]
    placed = set(norm_words(" ".join(f"{i.title} {i.text}" for i in items.items)).split())
    said = entries.sentences(request)
    first = next((k for k, s in enumerate(said) if placed and len(set(norm_words(s).split()) & placed) * 2 >= len(placed)), -1)
    head = [s for s in said[:first] if not _ONLY_WHERE.search(s)] if first > 0 else []
    if not 1 <= len(head) <= MAX_HEAD or any(prose.asks_app(s) or _ASKS.match(s) or s.endswith("?") for s in head):
        return ops
    text = " ".join(h if h[-1:] in ".!" else f"{h}." for h in head).strip()
    if len(norm_words(text).split()) < MIN_WORDS or len(text) > prose.MAX_TEXT or not (typed_content(text) or names(text)):
        return ops  # told nothing of its own: words to the app ("ok so", "as discussed")
    at = ops.index(items)
    return [*ops[:at], AddSection(op="add_section", route=items.route, kind="text", text=text[:1].upper() + text[1:]), *ops[at:]]
