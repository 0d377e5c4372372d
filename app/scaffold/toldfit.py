"""A paragraph the user tells, where the model's plan cut it into items of its pieces.

"Add a bit about us on the home page too. It's myself, Aoife Power, and my partner Declan ... in 2021 with 4
kayaks" became items "Aoife Power: 2021", "Declan: 4 kayaks"; "Underneath the list, please explain that our
adoption fee is £150 for dogs and £85 for cats, which includes ..." became items "£150: dogs", "Please:
vaccinations". Here the paragraph the request reads as (``contentfit.read_plan``) stands instead. So does a
quote typed with who said it, where the model wrote the author as a heading (``quote_not_placed``).
"""

from __future__ import annotations

import re

from app.scaffold import notefit
from app.scaffold.contentfit import placed_text, read_content, read_plan
from app.scaffold.namedcontent import request_word
from app.scaffold.plan import AddItems, AddPage, AddSection, Plan, SetText
from app.scaffold.site import Site, norm_words


# A request for words to put on a page, not a list: "put a notice about that", "a line saying", "a short note".
_NOTICE = re.compile(r"\b(?:put|add|write|post|include)\b[^.!?]{0,30}?\b(?:a|an|the)\s+(?:\w+\s+)?"
                     r"(?:notice|note|announcement|line|sentence|paragraph|message)\b", re.IGNORECASE)


def instead(plan: Plan, request: str, site: Site | None) -> Plan | None:
    """The paragraph the user tells of themselves (``notefit.told``) where the model's plan cut it into
    items of its pieces ("Add a bit about us on the home page too. It's myself, Aoife Power, and my
    partner Declan ... in 2021 with 4 kayaks" -> items "Aoife Power: 2021", "Declan: 4 kayaks"); None else."""
    if (notefit.says_under(request) or notefit.puts_that(request)) and plan.ops and all(isinstance(op, AddItems) for op in plan.ops):
        said = read_plan(request, site, plan.ops[0].route)  # type: ignore[union-attr]
        if said is not None and len(said.ops) == 1 and isinstance(said.ops[0], AddSection):
            return said  # "Underneath the list, please explain that ...": a paragraph, not a list of its pieces
    if plan.ops and all(isinstance(op, AddItems) and op.kind in ("list", "image_text") for op in plan.ops) \
            and _NOTICE.search(request) and not read_content(request)[1]:
        # "We will be at the Damariscotta Pumpkinfest on October 10 and 11, 2027, booth 14. Please put a notice about
        # that on the front page": no list typed, so the items are pieces of a sentence ("2027: Booth", "Booth: 14")
        said = read_plan(request, site, plan.ops[0].route)  # type: ignore[union-attr]
        if said is not None and len(said.ops) == 1 and isinstance(said.ops[0], AddSection) and said.ops[0].text:
            return said
    # the announcement first: this runs on every turn whose plan stands, and most tell nothing
    if not notefit.announces_telling(request) or not plan.ops \
            or not all(isinstance(op, AddItems) and op.kind not in ("team", "testimonials", "faq") for op in plan.ops):
        return None
    read = read_plan(request, site, plan.ops[0].route)  # type: ignore[union-attr]
    texts = [op.text for op in read.ops if isinstance(op, AddSection)] if read is not None else []
    if read is None or len(texts) != 1 or not notefit.told(texts[0], request):
        return None
    placed = set(norm_words(placed_text([i for op in plan.ops for i in op.items])).split())  # type: ignore[union-attr]
    told = set(norm_words(texts[0]).split())
    return read if len(placed & told) < notefit.MIN_ECHO_SHARE * len(told) else None


def people_left_out(plan: Plan, request: str, site: Site | None, route: str | None) -> Plan | None:
    """The people the request lists with their roles (``read_plan``'s team), where ``plan`` places one of them
    nowhere ("Meet the team: Lan (founder, ...), Minh (teacher, ...), Thao (teacher, ...)" put in a paragraph
    without Thao: a one-word name is no name the turn's gate counts); None else."""
    if not any(isinstance(op, (AddItems, AddSection)) for op in plan.ops) \
            or not all(isinstance(op, (AddItems, AddSection, AddPage)) for op in plan.ops):
        return None  # only content the plan adds: an edit names what it edits
    read = read_plan(request, site, route)
    if read is None:
        return None
    said = [placed_text([e for op in plan.ops if isinstance(op, AddItems) for e in op.items]),
            *(f"{op.heading} {op.text}" for op in plan.ops if isinstance(op, AddSection)),
            *(op.title for op in plan.ops if isinstance(op, AddPage))]
    placed = f" {' '.join(norm_words(s) for s in said)} "
    teams = [op for op in read.ops if isinstance(op, AddItems) and op.kind == "team"]
    missing = [i.title for op in teams for i in op.items if f" {norm_words(i.title)} " not in placed]
    # only names left out: a capitalised word or two, not the request's own words ("Next, please add ...")
    if not missing or not all(len(t.split()) <= 2 and t[:1].isupper() and not request_word(t.split()[0]) for t in missing):
        return None
    # the heading the plan gave them ("a 'Meet the team' section"), where the reading gives none
    heading = next((op.heading for op in plan.ops if isinstance(op, AddSection) and op.heading), "")
    return Plan(ops=[op.model_copy(update={"heading": heading}) if op in teams and not op.heading and heading else op
                     for op in read.ops])


def list_and_a_note(plan: Plan, read: Plan) -> bool:
    """Whether ``read`` is ``plan``'s list as typed with the one sentence the request tells beside it ("... E-bike check
    $89. all prices include callout within Hutt Valley"): the plan dropped the sentence, the reading keeps both."""
    mine = [op for op in plan.ops if isinstance(op, AddItems)]
    lists = [op for op in read.ops if isinstance(op, AddItems)]
    texts = [op for op in read.ops if isinstance(op, AddSection) and op.kind == "text"]
    if not mine or len(mine) != len(plan.ops) or len(lists) != 1 or len(texts) != 1 or len(read.ops) != 2:
        return False
    entries = {norm_words(f"{e.title} {e.text}") for e in lists[0].items}
    return all(norm_words(f"{e.title} {e.text}") in entries for op in mine for e in op.items)


def quote_not_placed(plan: Plan, request: str) -> bool:
    """Whether a quote typed with who said it ("credited to Uncle Themba: Come as you are, ...") went into no
    testimonial of a plan that adds, not edits (the model wrote the author as a heading)."""
    return all(isinstance(op, (SetText, AddSection)) for op in plan.ops) and read_content(request)[0] == "testimonials"
