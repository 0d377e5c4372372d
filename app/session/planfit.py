"""Which plan a turn applies: the model's plan fitted to the request, or the plan the request's own
content makes when the model's would decline it or leave some of that content out; and what a plan
would leave out of what the user typed."""

from __future__ import annotations

import re

from pydantic import ValidationError

from app.scaffold import (backref, buttonfit, buttonlabel, contactfit, contentfit, entries, hoursfit, itemfit, listadd, misread, namespan, navorder, notefit, ownpage,
                          pageblock, pricelist, scope, toldfit, whenfit)
from app.scaffold.coverage import plan_text, unused_body, unused_content
from app.scaffold.namedcontent import unused_names
from app.scaffold.listfit import asked_in_entry
from app.scaffold.plan import (AddItems, AddPage, AddSection, Decline, EditItem, EditNavLink, MoveNavLink, Plan, RemoveItem, RemovePage,
                               MAX_OPS, RenamePage, Repair, ReplaceText, SetText, SetTheme, content_route, plan_to_json, without_repeated_texts,
                               without_unasked_titles)
from app.scaffold.requestfit import fit_plan
from app.scaffold.site import Item, Site, norm_words, shown_text

def is_decline(plan: Plan) -> bool:
    """Whether the plan only declines (two removals of what the site does not show each read as a decline, too)."""
    return bool(plan.ops) and all(isinstance(op, Decline) for op in plan.ops)



def read_instead(plan: Plan, prompt: str, site: Site | None) -> Plan | None:
    """The plan the request's own content makes (``contentfit.read_plan``), for a plan that
    declines the request, would leave some of its typed content or names out, or edits an item the site
    does not have (which would fail), when it places all of that content; else None (the
    model's plan and the decisions on it stand)."""
    site_shown: str | None = None  # the site's words: read once, and only where a plan left no typed content out

    def leaves_out(candidate: Plan) -> bool:
        nonlocal site_shown
        placed = plan_text(plan_to_json(candidate))
        if unused_content(prompt, placed):
            return True
        if site_shown is None:
            site_shown = shown_text(site)
        return bool(unused_names(prompt, f"{placed} | {site_shown}"))

    if backref.points_back(prompt) or scope.asks_to_take_money(prompt) or any(isinstance(op, MoveNavLink) for op in plan.ops):
        # nothing typed here to read; or a shop or a feed, whose content no reading places; or the menu's links typed in the
        # order wanted, which a list of them on a page is not
        return None
    if any(isinstance(op, Decline) for op in plan.ops) and any(isinstance(op, RenamePage) for op in plan.ops):
        return None  # a rename read and a part no reading reads ("rename Club Nights page to Schedule and add: ..."): content
        # read instead would drop the rename, and show the rest as done (a model's removal beside its decline is often no removal
        # asked: "testimonials from beta: '...' - Hannah K., ..." written as Hannah's removal)
    hours = hoursfit.read(prompt, site)  # a request of hours alone: each day as typed, in place of the placeholders
    if hours is not None and not leaves_out(hours):
        return hours
    placed = edited_or_placed(plan, site)  # once: both coverage checks hold the plan against it
    wrong = any(isinstance(op, Decline) for op in plan.ops) or bool(unused_content(prompt, placed)) \
        or _adds_content(plan) and bool(unused_body(prompt, f"{placed} | {shown_text(site)}")) \
        or itemfit.edits_what_is_not_there(list(plan.ops), prompt, site) or toldfit.quote_not_placed(plan, prompt) \
        or _questions_left_out(placed, prompt)
    route = content_route(plan)
    if not wrong and not leaves_out(plan):
        people = toldfit.people_left_out(plan, prompt, site, route)
        if people is not None:
            return None if leaves_out(people) else people
        return toldfit.instead(plan, prompt, site)
    read = contentfit.read_plan(prompt, site, route) or pageblock.read_loosely(prompt, site) \
        or contactfit.read(prompt, site) or contactfit.read_block(prompt, site, route)
    if read is None or leaves_out(read) or not any(isinstance(op, AddItems) for op in read.ops):
        # "Fees on Services: milonga in Montevideo USD 120, Buenos Aires USD 180 plus ferry, ...": a priced list in a
        # shape the list readers do not take, read whole (not a paragraph of it)
        listed = pricelist.read(prompt, site, route)
        read = listed if listed is not None and not leaves_out(listed) else read
    if read is None or leaves_out(read):
        return None
    # A plan that only leaves out names is read again only as people with their roles, quotes with who
    # said them, or a paragraph the user tells after asking for it ("Add a bit about us on the home page.
    # It's myself, Bridie Fahy, ..."): a whole request put down as a paragraph would keep its instructions
    # ("Put on Contact.").
    texts = [op.text for op in read.ops if isinstance(op, AddSection)]
    # ... or a lineup whose every entry a date or time leads ("27 June - Nakato Sax Quartet, 25 July - ..."), or contact
    # details whole ("the address Calle Templeman 312, Cerro Alegre")
    kinds = ("team", "testimonials", "contact") if any(isinstance(op, AddItems) and op.kind == "contact" for op in plan.ops) \
        else ("team", "testimonials")  # contact details read whole in place of the plan's own contact entries only
    if not wrong and not any(isinstance(op, AddItems) and (op.kind in kinds or whenfit.all_dated(op.items)) for op in read.ops) \
            and not (texts and all(notefit.told(text, prompt) for text in texts)) and not toldfit.list_and_a_note(plan, read):
        return None
    return read


def _questions_left_out(placed: str, prompt: str) -> bool:
    """Whether the request types questions and answers ("Q: Do we need to bring board? A: No, we have 20 boards. Q: ...")
    and ``placed`` leaves a question out: the model's FAQ of a few words of them ("Board", "Parents")."""
    asked = entries.questions(prompt)
    have = f" {norm_words(placed)} "
    return len(asked) >= entries.MIN_QUESTIONS and any(f" {norm_words(q.title)} " not in have for q in asked)


def fitted(model_plan: Plan, prompt: str, site: Site | None) -> tuple[Plan, bool]:
    """The turn's plan before the gates: the model's plan fitted to the request (``fit_plan``), or
    the plan its content makes (``read_instead``; then True), with the content for the new page the
    request names on that page (``ownpage``). A reading that makes no valid plan (an entry over its
    length) is that reading's bug, not the user's: the model's plan stands, and the gates after it
    still apply (u425: an entry of 83 characters read by ``listadd`` had ended a session with an internal error)."""
    try:
        plan, read = _fitted(model_plan, prompt, site)
        plan = navorder.without_menu_lists(plan, prompt, site)  # whatever reading made them
        listed = _as_a_list(plan, prompt, site)
        if listed is not None:
            return listed, True
        placed = ownpage.placed(list(plan.ops), prompt, site)
    except ValidationError:
        return model_plan, False
    return (plan, read) if placed == list(plan.ops) else (Plan(ops=placed[:MAX_OPS]), read)


def _as_a_list(plan: Plan, prompt: str, site: Site | None) -> Plan | None:
    """The request's priced list (``pricelist``) in place of a plan that declines it ("make a page Services with prices
    aprox: porcelanato instalation $280 MXN per m2, talavera backsplash $450 MXN per m2, ..."), where the request asks for
    no feature and the list places all it types; else None."""
    if not is_decline(plan) or scope.asks_for_feature(prompt) or scope.asks_for_action(prompt):
        return None
    listed = pricelist.read(prompt, site)
    if listed is None or unused_content(prompt, plan_text(plan_to_json(listed))):
        return None
    return listed


def _fitted(model_plan: Plan, prompt: str, site: Site | None) -> tuple[Plan, bool]:
    if any(isinstance(op, Repair) and not _FILE_PATH.match(op.path) for op in model_plan.ops):
        # "The rental Hackbrett I do not give anymore ... Please remove." written as a repair of "/hackbrett": no file
        # of the project, which the apply step refused in words about paths; the removal it says, else a decline
        model_plan = itemfit.removal(prompt, site) or Plan(ops=[Decline(op="decline")])
    try:
        plan = fit_plan(without_unasked_titles(model_plan, prompt), prompt, site)
        read = read_instead(plan, prompt, site)
    except ValidationError:
        return model_plan, False
    if read is not None and notefit.echoes_a_correction(list(read.ops), prompt):
        return Plan(ops=[Decline(op="decline")]), True  # a correction read as a paragraph of its own words
    chosen = without_repeated_texts(read if read is not None else plan)
    # "Change Alasdair Fenwick to Ally Fenwick" of "Alasdair 'Ally' Fenwick": the words shown, not the one both share
    chosen = Plan(ops=[op.model_copy(update={"old": namespan.widened(op.old, op.new, prompt, site)}) if isinstance(op, ReplaceText) else op
                       for op in chosen.ops])
    # "change Mrs. Delgado to Ms. Ybarra" written as that replacement and an edit of "Mrs. Delgado" to itself: no change
    kept = [op for op in chosen.ops if not _to_itself(op)]
    chosen = Plan(ops=kept) if kept and len(kept) < len(chosen.ops) and all(isinstance(op, ReplaceText) for op in kept) else chosen
    if misread.home_text_for_every_page(list(chosen.ops), prompt):
        return Plan(ops=[Decline(op="decline")]), True  # a heading of one page for words every page should show
    if any(isinstance(op, AddSection) and notefit.asks_removal(op.text) for op in chosen.ops):
        return Plan(ops=[Decline(op="decline")]), True  # "... Remove Eko Hotel." put on the page: a removal no op made
    # the request listed as content ("button Book your trip on home page", "no more Wednesday"): beside other ops it goes
    if any(_asked_as_content(op) for op in chosen.ops):
        return Plan(ops=[op for op in chosen.ops if not _asked_as_content(op)] or [Decline(op="decline")]), True
    # "new player: 7 Matheus Lima": the one entry into the list of its shape, wherever the plan put it
    listed = listadd.placed(list(chosen.ops), prompt, site)
    if listed != list(chosen.ops):
        return Plan(ops=listed), True
    # "... and takes you to a new page called Details? On Details please put: ...": the button beside the page's content
    beside = buttonlabel.relabelled(buttonfit.beside(list(chosen.ops), prompt, site), site)  # a number only a button shows, too
    return (chosen if beside == list(chosen.ops) else Plan(ops=beside[:MAX_OPS])), read is not None


def _asked_as_content(op: object) -> bool:
    if isinstance(op, AddItems):
        return any(asked_in_entry(e.title, e.text) for e in op.items)
    return isinstance(op, AddSection) and asked_in_entry(op.heading, op.text)  # (a text may be longer than an entry's)


def _to_itself(op: object) -> bool:
    """Whether ``op`` edits an entry to the words it is named by, and nothing else."""
    return isinstance(op, EditItem) and not op.title and norm_words(op.text) == norm_words(op.item)


_FILE_PATH = re.compile(r"^(?!/)[\w.@()\[\]/-]+\.[A-Za-z0-9]+$")  # "app/page.tsx", not a page's address ("/hackbrett")

_CLAUSE = re.compile(r"(?<=[,.;!?])\s+|\s+(?=(?:because|since|cos|coz|as)\s)", re.IGNORECASE)
_WHY_IT_GOES = re.compile(r"\b(?:can['’]?t|cannot|can\s+no\s+longer|no\s+longer|any\s?more|won['’]?t|left|retired|moved\s+away|sold|"
                          r"closed|stopped|broke|broken|sick|ill|busy|away|passed|went\s+to|gone\s+to|to\s+study|studying|"
                          r"moved|transferred)\b", re.IGNORECASE)
_ASKS_MORE = re.compile(r"\b(?:add|put|instead|replace|new|write|change|rename|with|now|moved?\s+to|moving\s+to)\b|\d", re.IGNORECASE)

# A look named after something it resembles: "like Steirischer Loden", "inspired by Wes Anderson", "the colours of the El
# Salvador flag".
_LOOKS_LIKE = re.compile(r"\b(?:like|as\s+in|inspired\s+by|similar\s+to|same\s+as|colou?rs?\s+of)\s+(?:the\s+|a\s+|an\s+)?"
                         r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}", re.IGNORECASE)


def typed_but_left_out(plan: Plan, prompt: str, site: Site | None) -> list[str]:
    """The content the user typed (``coverage``) and the names and dates (``namedcontent``) that
    ``plan`` would leave out; none for a decline. An edit or a removal leaves out no words the site
    shows already ("still says £6.50 for adults, should be £7 now", "Binding mount still listed at
    $40. Remove it.")."""
    if any(isinstance(op, Decline) for op in plan.ops):
        return []
    if all(isinstance(op, SetTheme) for op in plan.ops):
        prompt = _LOOKS_LIKE.sub(" ", prompt)  # "dark green like Steirischer Loden": what the colour is like, not content
    if all(isinstance(op, (RemoveItem, RemovePage)) or isinstance(op, ReplaceText) and not op.new
           or isinstance(op, EditItem) and op.title for op in plan.ops):
        # "take the Pancit off the menu, Auntie Rose can't make it anymore": why it goes, nothing to place; nor where someone
        # who is replaced went ("Tobías went to study in La Paz. please remove him and put Nayeli Flores")
        prompt = " ".join(c for c in _CLAUSE.split(prompt) if not (_WHY_IT_GOES.search(c) and not _ASKS_MORE.search(c)))
    placed, site_shown = plan_text(plan_to_json(plan)), shown_text(site)  # each read once per turn
    # a link moved in the menu places its name and that of the link it goes next to ("move "Committee" before "Our Year"")
    moved = {h for op in plan.ops if isinstance(op, MoveNavLink) for h in (op.href, op.before) if h}
    placed += "".join(f" | {link.label}" for link in (site.nav if site is not None else []) if link.href in moved)
    # an entry typed as one run ("'Do you repair lever fillers? Yes.'") is placed as its title and text
    placed += "".join(f" | {i.title} {i.text}" for op in plan.ops if isinstance(op, AddItems) for i in op.items if i.text)
    # what a removal takes off is no content left out ("delete wednesday 15:00-20:00, add thursday 16:00-19:30")
    placed += "".join(f" | {i.title} {i.text}" for i in _removed_items(plan, site))
    edits = _edits_only(plan)
    edited = f"{placed} | {site_shown} | {_entries_said(site)} | {_replaced(plan, site_shown)}" if edits else placed
    # a date the plan makes by a replacement ("not the 21st": "21" made "28" in "Sunday 21 June") is placed too
    names = [n for n in unused_names(prompt, edited if edits else f"{placed} | {site_shown}", edits) if not _replaced_person(n, plan)]
    return unused_content(prompt, edited) + names + (unused_body(prompt, f"{placed} | {site_shown}") if _adds_content(plan) else [])


def _removed_items(plan: Plan, site: Site | None) -> list[Item]:
    """The site's entries the plan's removals name by their titles."""
    gone = {norm_words(op.item) for op in plan.ops if isinstance(op, RemoveItem)}
    return [i for page in (site.pages if site is not None and gone else []) for s in page.sections for i in s.items
            if norm_words(i.title) in gone]


def _replaced_person(name: str, plan: Plan) -> bool:
    """Whether ``name`` is the person a replacement of the plan takes off, typed with a word the site leaves off
    ("Ate Joy is moving to Manila" of "Joy Lingayo"), or the one it puts on, typed with a word before the name ("new
    teacher is Teacher Priscilla Ngu")."""
    last, after_first = name.split()[-1], " ".join(name.split()[1:])  # "Joy" of "Ate Joy"; "Priscilla Ngu" of "Teacher ..."
    return any(isinstance(op, ReplaceText) and op.new and (re.match(rf"{re.escape(last)}\b", op.old)
                                                           or after_first and op.new.endswith(after_first)) for op in plan.ops)


def _entries_said(site: Site | None) -> str:
    """Each entry of the site said as one run of words: "replace Treasurer Ravi Chandran with Kavitha Raman" names the
    entry ("Treasurer", "Ravi Chandran") the site shows, no name of its own to place."""
    if site is None:
        return ""
    return " | ".join(f"{i.title} {i.text}" for page in site.pages for s in page.sections for i in s.items if i.text)


def _adds_content(plan: Plan) -> bool:
    """Whether ``plan`` puts content on a page (a page, a section, entries): what a body typed after a colon is for, not a
    look or a move said after one ("Design: please make it clean and academic, ...")."""
    return any(isinstance(op, (AddPage, AddSection, AddItems)) for op in plan.ops) \
        and not any(isinstance(op, (SetTheme, MoveNavLink)) for op in plan.ops)


def _replaced(plan: Plan, shown: str) -> str:
    """The site's words with the plan's replacements made: "Rs. 500" made "Rs. 600" on a page that shows
    "Rs. 500 per month" places the typed "Rs. 600 per month"."""
    for op in plan.ops:
        if isinstance(op, ReplaceText):
            shown = shown.replace(op.old, op.new)
    return shown


def _edits_only(plan: Plan) -> bool:
    """Whether ``plan`` only edits, renames or removes: it leaves out no words the site shows already (the
    old price of "it's $229, not $219", the old name of "rename 'Our Story' to 'About Us'")."""
    # (a move in the menu places the names of the pages it moves: "put 'Workshops' before 'The Tradition'")
    return all(isinstance(op, (EditItem, ReplaceText, RemoveItem, RenamePage, RemovePage, EditNavLink, MoveNavLink, SetText))
               for op in plan.ops)


def edited_or_placed(plan: Plan, site: Site | None) -> str:
    """What ``plan`` places, with the site's words when it only edits or removes (``_edits_only``)."""
    placed = plan_text(plan_to_json(plan))
    if not _edits_only(plan):
        return placed
    shown = shown_text(site)  # with the plan's replacements made: "32 000" made "35 000" of "32 000 XPF" places "35 000 XPF"
    return f"{placed} | {shown} | {_replaced(plan, shown)}"
