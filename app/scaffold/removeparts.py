"""What a removal leaves of an item: words taken out of its detail, and nothing added back.

"Also Maple is doing better with people so please take out shy at first": words of one item's detail, not the item
(the removal reading had taken Maple off). "Molly has been adopted! Please remove her": the model had added "Molly -
adopted" beside her removal, so she stayed on the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from app.scaffold.namedcontent import request_word
from app.scaffold.plan import AddItems, EditItem, RemoveItem, ReplaceText
from app.scaffold.site import Site, norm_words


def words_out(site: Site, said: str) -> EditItem | None:
    """The one item whose detail holds ``said`` as words of its own, beside others, with them taken out; None else."""
    said = re.split(r"\s+(?:after|from|in|of|on|beside)\s+", re.sub(r"^(?:the\s+)?(?:words?|text|phrase)\s+", "", said.strip()))[0]
    said = said.strip().strip("\"'“”‘’")  # "remove 'Nurse' from Halima testimonial"
    pattern = re.compile(rf"(?:,\s*|\s+)?(?<![\w'’]){re.escape(said)}(?![\w'’])", re.IGNORECASE)
    held = [(i.title, i.text) for page in site.pages for section in page.sections for i in section.items
            if i.text and pattern.search(i.text)]
    if len(held) > 1:
        return None
    if held:
        title, text = held[0]
        left = pattern.sub("", text, count=1).strip(" ,;")
        return EditItem(op="edit_item", item=title, text=left) if left and left != text else None
    # words of one item's name beside others ("Halima Bello, Nurse": the author's role goes, her name stays)
    after_comma = re.compile(rf",\s*{re.escape(said)}\s*$", re.IGNORECASE)  # a role or a place after the name, not a word of it
    named = [i.title for page in site.pages for section in page.sections for i in section.items
             if after_comma.search(i.title)]
    left = pattern.sub("", named[0], count=1).strip(" ,;") if len(named) == 1 else ""
    return EditItem(op="edit_item", item=named[0], title=left) if left and left != named[0] else None


_WHY = re.compile(r"^(?:i|we|i['’]m|we['’]re|i\s+don['’]?t|we\s+don['’]?t|sadly|unfortunately|sorry)\b", re.IGNORECASE)


def not_added_back(ops: list[Any], removed: Sequence[str] = ()) -> list[Any]:
    """``ops`` without an entry added for what the same plan takes off ("Molly has been adopted! Please remove her":
    the model had added "Molly - adopted" beside her removal); ``removed``: names of removals already fitted into
    other ops (a piece of an item's detail)."""
    gone = [norm_words(op.item) for op in ops if isinstance(op, RemoveItem)] + [norm_words(r) for r in removed]
    gone += [norm_words(op.old) for op in ops if isinstance(op, ReplaceText) and not op.new]
    out = []
    for op in ops:
        if isinstance(op, AddItems) and gone:
            # "A Thousand Years off the repertoire" of the removal of "A Thousand Years": the request's words, not an entry
            items = [i for i in op.items if not any(g.startswith(t) or t.startswith(f"{g} ") for g in gone
                                                    if i.title and (t := norm_words(i.title)))
                     and not (_WHY.match(i.title) and not i.text)]  # "I don't play it anymore": why, said to us
            if not items:
                continue
            op = op.model_copy(update={"items": items}) if len(items) != len(op.items) else op
        out.append(op)
    return out


_COMMA = re.compile(r",\s*(?![^()]*\))")  # not a comma inside brackets


def piece_out(site: Site, name: str) -> EditItem | None:
    """The one item whose detail lists ``name`` as one of its pieces between commas, with its note ("A Thousand Years
    (Christina Perri)" of "Canon in D (Pachelbel), ..., A Thousand Years (Christina Perri)"), with that piece taken
    out: the item and the rest of its list stay (the removal had taken the whole item, "Canon in D" with it)."""
    wanted = norm_words(name)
    if len(wanted) < 4:
        return None
    found = [(i.title, pieces, at) for page in site.pages for section in page.sections for i in section.items
             if i.text and len(pieces := _COMMA.split(i.text.strip().rstrip("."))) >= 2
             for at, piece in enumerate(pieces)
             if norm_words(re.sub(r"\([^()]*\)", " ", piece)) == wanted]
    if len(found) != 1:
        return None
    title, pieces, at = found[0]
    return EditItem(op="edit_item", item=title, text=", ".join(p.strip() for i, p in enumerate(pieces) if i != at))


def not_removed_twice(ops: list[Any], listed: Callable[[str], bool]) -> list[Any]:
    """``ops`` without a removal of a name that another removal of the same plan takes out with it ("Avocado" beside
    the removal of ", and Avocado honey R85 per jar": the site lists no "Avocado" of its own (``listed``), and the turn
    failed)."""
    taken = [norm_words(op.old) for op in ops if isinstance(op, ReplaceText) and not op.new]
    return [op for op in ops if not (isinstance(op, RemoveItem) and not listed(op.item)
                                     and any(f" {norm_words(op.item)} " in f" {t} " for t in taken))]


# A word of a name: capitalised, three letters or more ("Kumasi", "Mombasa", "Darío"), not a request's own word.
_NAME_WORD = re.compile(r"(?<![\w'’-])(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]{2,}")


def one_named(site: Site, said: str) -> str | None:
    """The one item whose name or detail holds every name word of ``said`` ("The Kumasi session" of "Advanced Excel and
    Pivot Tables" / "23 and 24 April 2027 - Kumasi, Golden Tulip"), where no other item holds any of them; its title,
    or its detail where another item has the same title. None else."""
    words = {norm_words(w) for w in _NAME_WORD.findall(said) if not request_word(w)}
    if not words:
        return None
    items = [i for page in site.pages for section in page.sections for i in section.items]
    holding = [(i, held) for i in items if words & (held := set(norm_words(f"{i.title} {i.text}").split()))]
    if len(holding) != 1 or not words <= holding[0][1]:
        return None
    item = holding[0][0]
    if item.title and sum(i.title == item.title for i in items) == 1:
        return item.title
    return item.text if item.text and sum(i.text == item.text for i in items) == 1 else None
