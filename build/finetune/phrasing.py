"""Phrasing for the fine-tuning data generator: how users name pages, sections and texts.

Split from ``datagen.py`` (which makes one request and plan per op on top of it);
every draw comes from the one seeded ``random.Random``, so the data stays reproducible.
"""

from __future__ import annotations

import random
from typing import Any

from app.scaffold.site import slug
from pools import KIND_WORDS, NAMES, PAGES, PARENTS, PHRASES, TEXT_WORDS, WORDS


class Phrasing:
    """How users name pages, sections and texts; the random source every op generator shares."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def pick(self, seq: list[Any] | tuple[Any, ...]) -> Any:
        return seq[self.r.randrange(len(seq))]

    # -- project and page references ------------------------------------------------
    def page_route(self) -> str:
        """An existing page: a common one, a made-up one, or a nested one, so the model learns to
        copy the route from the project's page list rather than to remember page names."""
        x = self.r.random()
        if x < 0.5:
            return "/" + self.pick(PAGES)[0]
        if x < 0.75:
            return "/" + "-".join(self.r.sample(WORDS, self.r.randint(1, 2)))
        child = self.pick(PAGES)[0] if self.r.random() < 0.5 else "-".join(self.r.sample(WORDS, self.r.randint(1, 2)))
        return f"/{self.pick(PARENTS)}/{child}"

    def routes(self, must: list[str] = (), avoid: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
        extra = [self.page_route() for _ in range(self.r.randint(0, 5))]
        for r in list(must):  # a neighbour with a shared word, so a near miss is a wrong answer
            if r != "/" and self.r.random() < 0.3:
                extra.append(r + "-" + self.pick(WORDS) if self.r.random() < 0.5 else r.rsplit("/", 1)[0] or "/")
        out = ["/"] + [r for r in list(must) + extra if r != "/" and r not in avoid]
        tail = out[1:]
        self.r.shuffle(tail)
        return list(dict.fromkeys(["/"] + tail))

    def new_page(self) -> tuple[str, str, str]:
        x = self.r.random()
        if x < 0.3:
            words = self.r.sample(WORDS, self.r.randint(1, 2))
            if len(words) == 1 and x < 0.06:  # a hyphenated name: "E-Bike Repairs" -> /e-bike-repairs
                words = [self.pick(["E", "Self", "Post", "Pre", "Re", "Co", "Half", "All"]) + "-" + words[0], self.pick(WORDS)]
            title = " ".join(w[:1].upper() + w[1:] for w in words)
            return slug(title), title, "text"
        return tuple(self.pick(PAGES))  # type: ignore[return-value]

    def page_name(self, route: str) -> str:
        return route.rsplit("/", 1)[-1].replace("-", " ")

    def ref(self, route: str) -> str:
        """How a user names a page."""
        if route == "/":
            return self.pick(["the home page", "the homepage", "the front page", "the landing page", "the main page",
                              "home", "/", "the start page", "the index page", "my home page"])
        name = self.page_name(route)
        return self.pick([f"the {name} page", f"{route}", f"the {route} page", f"the {name} page",
                          f"my {name} page", f"{name}", f"the {name} page ({route})", f"our {name} page"])

    def owner(self, route: str) -> str:
        """A page as an owner: "the home", "the about page's"."""
        if route == "/":
            return self.pick(["the home", "the homepage", "the home page", "the front page", "the main page's"])
        name = self.page_name(route)
        return self.pick([f"the {name}", f"the {name} page", f"the {name} page's", f"{route}'s"])

    def label(self) -> str:
        """A menu label of two or three words, in title or sentence case."""
        words = self.r.sample(WORDS + TEXT_WORDS[:20], self.r.randint(2, 3))
        return " ".join(w.capitalize() for w in words) if self.r.random() < 0.6 else " ".join(words).capitalize()

    def kind_ref(self, kind: str) -> str:
        return self.pick(KIND_WORDS[kind])

    def text(self, long: bool = False) -> str:
        x = self.r.random()
        if x < 0.22:
            return str(self.pick(NAMES))
        if x < 0.6:
            return self.composed(long)
        return str(self.pick(PHRASES))

    def composed(self, long: bool = False) -> str:
        """A 3-12 word text made up here, so the model learns to copy whole spans, not known phrases."""
        words = [self.pick(TEXT_WORDS) for _ in range(self.r.randint(3, 12 if long else 8))]
        if self.r.random() < 0.3:
            words.insert(self.r.randint(1, len(words) - 1), self.pick(["and", "&", "since", "for", "with", "in"]))
        if self.r.random() < 0.2:
            words.append(str(self.r.choice([7, 12, 24, 30, 1999, 2024])))
        limit = 90 if long else 44  # titles and headings stop at 60, other text at 120
        while len(" ".join(words)) > limit and len(words) > 3:
            words.pop(-2)
        if len(words) > 4 and self.r.random() < 0.25:
            i = self.r.randint(1, len(words) - 2)
            words[i] += ","
        out = " ".join(words)
        if self.r.random() < (0.35 if long else 0.12):  # users write sentences: the stop is part of the text
            out += self.pick([".", ".", "!", "?"])
        return out[:1].upper() + out[1:]

    def quoted(self, text: str) -> str:
        q = self.r.random()
        if q < 0.2:
            return f'"{text}"'
        if q < 0.3:
            return f"'{text}'"
        if q < 0.35:
            return f"\u201c{text}\u201d"
        return text

    def noise(self, req: str) -> str:
        """Casing, punctuation and the odd typo outside of quoted slot values."""
        x = self.r.random()
        if x < 0.35:
            req = req[:1].upper() + req[1:]
        if self.r.random() < 0.15:
            req += self.pick([".", "!", " please", " thanks", ".", " now", " from now on"])
        if self.r.random() < 0.08:
            words = req.split(" ")
            i = self.r.randrange(len(words))
            w = words[i]
            if len(w) > 4 and w.isalpha() and w.islower():
                j = self.r.randrange(1, len(w) - 1)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
                req = " ".join(words)
        return req
