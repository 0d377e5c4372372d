"""The edit-plan schema: what the model may ask for, as pydantic models.

One source of truth: the JSON schema handed to the engine's constrained
decoder is generated from these models (``plan_json_schema``), and the
model's output is validated against the same models (``parse_plan``).
Lengths are bounded and extra keys forbidden, which also keeps a small model
from looping on whitespace or free text.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, model_validator

from app.errors import PlanError
from app.scaffold.site import ROUTE_RE, Font, SectionKind, slug

NAMED_COLORS = {
    "red": "#c0392b", "orange": "#d35400", "yellow": "#f1c40f", "green": "#2e8b57", "teal": "#16a085",
    "blue": "#2563eb", "navy": "#1e3a5f", "purple": "#7c3aed", "pink": "#db2777", "brown": "#8b5a2b",
    "black": "#111111", "white": "#ffffff", "gray": "#6b7280", "gold": "#b8860b",
}
COLOR_PATTERN = r"^(#[0-9a-fA-F]{6}|" + "|".join(NAMED_COLORS) + r")$"

Route = Annotated[str, Field(pattern=ROUTE_RE, max_length=60)]
Title = Annotated[str, Field(min_length=1, max_length=60)]
# An item already on the site, by its title: as long as an entry's title may be (a title of 61-80
# characters could be placed but never edited or taken out).
ENTRY_NAME_MAX = 80  # an entry's title, and an item named by it
ENTRY_TEXT_MAX = 200  # an entry's detail
ItemName = Annotated[str, Field(min_length=1, max_length=ENTRY_NAME_MAX)]
Text = Annotated[str, Field(min_length=1, max_length=120)]
Color = Annotated[str, Field(pattern=COLOR_PATTERN, max_length=7)]
TextTarget = Literal["title", "subtitle", "button", "site_name", "heading"]


class _Op(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AddPage(_Op):
    """Without a route, the page goes at the slug of its title ("Latest News" -> /latest-news)."""

    op: Literal["add_page"]
    title: Title
    route: Route | None = None
    sections: list[SectionKind] = Field(default_factory=list, max_length=6)


class AddSection(_Op):
    """``text`` is a paragraph the user gave (an about text, an address)."""

    op: Literal["add_section"]
    route: Route
    kind: SectionKind
    heading: Annotated[str, Field(max_length=60)] = ""
    text: Annotated[str, Field(max_length=400)] = ""


class Entry(_Op):
    """One piece of the user's content: a product and its price, a day and its hours, a person and
    their role, a question and its answer, a quote and its author (``title`` is the name part)."""

    title: Annotated[str, Field(min_length=1, max_length=ENTRY_NAME_MAX)]
    text: Annotated[str, Field(max_length=ENTRY_TEXT_MAX)] = ""


class AddItems(_Op):
    """The user's content into a section of ``kind`` on ``route`` (added when the page has none):
    it replaces placeholder items and adds to items the user gave before. Pricing items are tiers
    (title = plan name, text = price)."""

    op: Literal["add_items"]
    route: Route
    kind: SectionKind
    items: list[Entry] = Field(min_length=1, max_length=8)
    heading: Annotated[str, Field(max_length=60)] = ""


class EditItem(_Op):
    """Change an item already on the site, found by its title ("Pro" -> price "$39")."""

    op: Literal["edit_item"]
    item: ItemName
    text: Annotated[str, Field(max_length=200)] = ""
    title: Annotated[str, Field(max_length=80)] = ""


class RemoveItem(_Op):
    op: Literal["remove_item"]
    item: ItemName


class ReplaceText(_Op):
    """Words of the site's copy replaced wherever a page shows them ("change 'badly but loudly'
    to 'with more enthusiasm than skill'"). Read from the request's quotes (``textfit``); not in
    the model's grammar (``OP_NAMES``): it was never trained on it."""

    op: Literal["replace_text"]
    old: Annotated[str, Field(min_length=2, max_length=200)]
    new: Annotated[str, Field(max_length=200)]


class SetFooter(_Op):
    """Words for the footer every page shows ("Footer: Not affiliated with UNM or any museum"):
    a line added to it, or (``replace``) the lines added before replaced. Read from the request
    (``chromefit``); not in the model's grammar."""

    op: Literal["set_footer"]
    text: Annotated[str, Field(min_length=2, max_length=300)]
    replace: bool = False


class SetTextSize(_Op):
    """The text of every page made larger or smaller by one step ("the writing is too small, can it
    be bigger throughout"). Read from the request (``sizefit``); not in the model's grammar."""

    op: Literal["set_text_size"]
    change: Literal["larger", "smaller"]


class EditNavLink(_Op):
    """A link of the navigation relabelled ("change Advice to Thatch Advice in the menu") or, with
    no label, taken out of it ("take About off the menu"); the page stays. Read from the request
    (``navfit``); not in the model's grammar."""

    op: Literal["edit_nav_link"]
    href: Annotated[str, Field(min_length=1, max_length=210)]
    label: Annotated[str, Field(max_length=60)] = ""


class DescribeSite(_Op):
    """The opening prompt ("X, a Y in Z"): the site's name, its home hero, sections that fit it."""

    op: Literal["describe_site"]
    name: Title
    tagline: Annotated[str, Field(max_length=160)] = ""
    sections: list[SectionKind] = Field(default_factory=list, max_length=4)
    # The opening prompt's own sentences about the site, first after the hero: read from the
    # request (``prose.description``), not in the model's grammar (``READ_SLOTS``).
    about: Annotated[str, Field(max_length=1000)] = ""
    # The hero's heading when the prompt gives one beside a subtitle ("Heading: '...'. Subtitle: '...'");
    # "" keeps the name there. Read from the request (``openerfit``), like ``about``.
    heading: Annotated[str, Field(max_length=160)] = ""


class Decline(_Op):
    """A request edit plans cannot express: nothing is written and the user is told so."""

    op: Literal["decline"]


class RemoveSection(_Op):
    op: Literal["remove_section"]
    route: Route
    kind: SectionKind
    # which of the page's sections of that kind, in order (a moved section, read from the request's words;
    # ``plan_json_schema`` leaves it out of the decoder's schema)
    index: Annotated[int, Field(ge=0, le=19)] = 0


class MoveSection(_Op):
    """A section taken off one page and put, whole, at the end of another ("make a Menu page and put the
    menu there"); ``index`` counts the page's sections of that kind. Read from the request (``movefit``);
    not in the model's grammar."""

    op: Literal["move_section"]
    route: Route
    kind: SectionKind
    index: Annotated[int, Field(ge=0, le=19)] = 0
    to: Route


class SetText(_Op):
    """``heading`` targets the heading of the section named by ``section``."""

    op: Literal["set_text"]
    route: Route
    target: TextTarget
    text: Text
    section: SectionKind | None = None
    # Where a button goes, as the request types it (read from its words, never the model's to write:
    # ``plan_json_schema`` leaves it out of the decoder's schema).
    href: Annotated[str, Field(pattern=r"^(/[a-z0-9/-]{0,58}|https://[^\s\"<>]{1,200}|mailto:[^\s\"<>@]+@[^\s\"<>]+|tel:\+?[0-9]{5,16})?$",
                               max_length=210)] = ""

    @model_validator(mode="after")
    def _href_of_a_button(self) -> SetText:
        if self.href and self.target != "button":
            raise ValueError("only a button has a link")
        return self


class SetTheme(_Op):
    op: Literal["set_theme"]
    primary: Color | None = None
    accent: Color | None = None
    background: Color | None = None
    foreground: Color | None = None
    font: Font | None = None


class AddNavLink(_Op):
    op: Literal["add_nav_link"]
    label: Title
    href: Annotated[str, Field(pattern=r"^(/[a-z0-9/-]{0,58}|https://[^\s\"<>]{1,200})$", max_length=210)]
    # The link it goes before ("add it after Prices": the link after Prices); "" at the end. Read from
    # the request (``navorder``), not in the model's grammar (``READ_SLOTS``).
    before: Annotated[str, Field(max_length=210)] = ""


class MoveNavLink(_Op):
    """A link of the navigation moved before another ("put Records before Events in the menu"), or
    to its end (``before`` empty). Read from the request (``navorder``); not in the model's grammar."""

    op: Literal["move_nav_link"]
    href: Annotated[str, Field(min_length=1, max_length=210)]
    before: Annotated[str, Field(max_length=210)] = ""


class RemovePage(_Op):
    op: Literal["remove_page"]
    route: Route


class RenamePage(_Op):
    op: Literal["rename_page"]
    route: Route
    new_route: Route
    title: Annotated[str, Field(max_length=60)] = ""


JsonScalar = Union[str, int, float, bool, None]


class AddApiRoute(_Op):
    op: Literal["add_api_route"]
    route: Annotated[str, Field(pattern=r"^/api(/[a-z0-9]+(-[a-z0-9]+)*){1,3}$", max_length=60)]
    method: Literal["GET", "POST"] = "GET"
    json_body: dict[str, JsonScalar] = Field(default_factory=dict, max_length=12, alias="json")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class WriteFile(_Op):
    op: Literal["write_file"]
    path: Annotated[str, Field(min_length=1, max_length=200)]
    content: Annotated[str, Field(max_length=100_000)]


class Repair(_Op):
    """Write a generated file again from the site model (e.g. after a hand edit broke it)."""

    op: Literal["repair"]
    path: Annotated[str, Field(min_length=1, max_length=120)]


Op = Annotated[
    Union[AddPage, AddSection, RemoveSection, SetText, SetTheme, AddNavLink, RemovePage, RenamePage, AddApiRoute,
          Repair, WriteFile, AddItems, EditItem, RemoveItem, DescribeSite, Decline, ReplaceText, SetFooter,
          EditNavLink, SetTextSize, MoveNavLink, MoveSection],
    Field(discriminator="op"),
]
OP_NAMES = ("add_page", "add_section", "remove_section", "set_text", "set_theme", "add_nav_link",
            "remove_page", "rename_page", "add_api_route", "repair", "write_file", "add_items", "edit_item",
            "remove_item", "describe_site", "decline")  # the model's ops (its grammar)
READ_OPS = ("replace_text", "set_footer", "edit_nav_link", "set_text_size", "move_nav_link", "move_section")  # ops read from the request's own words, never decoded
READ_SLOTS = {"DescribeSite": ("about", "heading"), "AddNavLink": ("before",)}  # slots read from the request, never decoded
ALL_OPS = OP_NAMES + READ_OPS


# The model writes at most ``plan_json_schema``'s ``max_ops``; a plan fitted to its request may
# hold more (each page an opener lists is an ``add_page`` of its own).
MAX_OPS = 8


class Plan(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    ops: list[Op] = Field(min_length=1, max_length=MAX_OPS)


_ADAPTER: TypeAdapter[Plan] = TypeAdapter(Plan)


def _strip(node: Any) -> Any:
    """Drop keys the decoder does not need (titles, pydantic's discriminator hints), and write
    ``const`` as a one-value ``enum``: measured with llguidance (ORT GenAI 0.18) and
    ``whitespace_flexible: false``, a ``const`` in an ``anyOf`` branch masked valid tokens
    (after ``"op":"add_`` it refused ``section``), while the equivalent enum does not."""
    if isinstance(node, dict):
        out = {k: _strip(v) for k, v in node.items()
               if k not in ("discriminator", "const") and not (k == "title" and isinstance(v, str))}
        if "const" in node:
            out["enum"] = [node["const"]]
        return out
    if isinstance(node, list):
        return [_strip(v) for v in node]
    return node


@functools.cache
def _base_schema() -> dict[str, Any]:
    """The schema pydantic derives from ``Plan``, stripped; built once (it sits on every turn)."""
    stripped: dict[str, Any] = _strip(Plan.model_json_schema(by_alias=True))
    # read from the request, not written by the model
    stripped["$defs"]["SetText"]["properties"].pop("href", None)
    stripped["$defs"]["RemoveSection"]["properties"].pop("index", None)
    return stripped


# Not AddItems: its page may be the one the same plan adds ("a /pricing page. plans: ...").
EXISTING_ROUTE_OPS = ("AddSection", "RemoveSection", "SetText", "RemovePage", "RenamePage")
# The slots that hold the user's words: with a request, each may only be one of its spans (spans.py).
COPY_SLOTS: dict[str, tuple[str, ...]] = {
    "AddPage": ("title",), "AddSection": ("heading", "text"), "AddItems": ("heading",), "Entry": ("title", "text"),
    "EditItem": ("item", "text", "title"), "RemoveItem": ("item",), "DescribeSite": ("name", "tagline"),
    "SetText": ("text",), "AddNavLink": ("label",), "RenamePage": ("title",),
}


def plan_json_schema(ops: tuple[str, ...] | None = None, allow_files: bool = False,
                     routes: list[str] | None = None, max_ops: int = 3,
                     files: list[str] | None = None, spans: list[str] | None = None) -> dict[str, Any]:
    """The schema for constrained decoding, generated from ``Plan``.

    ``allow_files`` keeps ``write_file`` (free-form content, for capable
    models); by default a small model gets only the structured ops.
    ``routes`` (the project's pages) narrows every op that edits an existing
    page to those routes: the model picks one instead of inventing a path.
    ``max_ops`` bounds the plan for the model (a small model repeats itself).
    ``files`` (the generated files) are the only paths ``repair`` may name.
    ``spans`` (``spans.request_spans`` of the user's request) are the only values every copy
    slot (``COPY_SLOTS``) may take: a name or a price cannot be respelt.
    """
    schema = copy.deepcopy(_base_schema())
    for name, slots in READ_SLOTS.items():
        for slot in slots:
            del schema["$defs"][name]["properties"][slot]
    if spans:
        _narrow_copy_slots(schema, spans)
    schema["properties"]["ops"]["maxItems"] = max_ops
    if routes:
        for name in EXISTING_ROUTE_OPS:
            schema["$defs"][name]["properties"]["route"] = {"type": "string", "enum": sorted(routes)}
    if files:
        schema["$defs"]["Repair"]["properties"]["path"] = {"type": "string", "enum": sorted(files)}
    wanted = set(ops or OP_NAMES)
    if not allow_files:
        wanted.discard("write_file")
    items = schema["properties"]["ops"]["items"]
    # The ops are told apart by their "op" constant, so anyOf means oneOf here (llguidance has no oneOf).
    names = {_def_name(o) for o in wanted}
    items["anyOf"] = [ref for ref in items.pop("oneOf") if ref["$ref"].rsplit("/", 1)[-1] in names]
    schema["x-guidance"] = {"whitespace_flexible": False}
    return dict(schema)


TITLE_CASE_MAX = 80  # slots this short are titles: "customer stories" may be written "Customer Stories"


def _narrow_copy_slots(schema: dict[str, Any], spans: list[str]) -> None:
    """One enum per copy-slot length ("Span60" ... "Span400"), each the shorter one plus the spans
    that only it can hold, so that no span is listed twice and none outgrows its slot."""
    from app.scaffold.spans import case_variants  # not at the top: spans -> explicit -> plan

    slots = [schema["$defs"][name]["properties"][slot] for name, names in COPY_SLOTS.items() for slot in names]
    limits = sorted({int(node["maxLength"]) for node in slots})
    previous = 0
    ref: str | None = None
    for limit in limits:
        values = [v for span in spans if previous < len(span) <= limit
                  for v in case_variants(span, title=limit <= TITLE_CASE_MAX)]
        here: dict[str, Any] = {"type": "string", "enum": list(dict.fromkeys(values))} if values else {}
        if ref is not None and here:
            here = {"anyOf": [{"$ref": ref}, here]}
        elif ref is not None:
            here = {"$ref": ref}
        if here:
            schema["$defs"][f"Span{limit}"] = here
            ref = f"#/$defs/Span{limit}"
        previous = limit
        for node in slots:
            if node.get("maxLength") == limit and ref is not None:
                for key in ("type", "maxLength", "minLength"):
                    node.pop(key, None)
                node["$ref"] = ref


def _def_name(op: str) -> str:
    return "".join(part.capitalize() for part in op.split("_"))


def parse_plan(text: str) -> Plan:
    """Validate the model's output; an invalid plan is a clear ``PlanError``."""
    if not text.strip():
        raise PlanError("The model returned nothing.", hint="try again, or rephrase the request")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PlanError(f"The model's plan is not valid JSON ({exc.msg} at character {exc.pos}).",
                        hint="nothing was written; try again") from exc
    try:
        return _ADAPTER.validate_python(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:5])
        raise PlanError(f"The model's plan is invalid: {problems}.", hint="nothing was written; try again") from exc


_PATHS = re.compile(r"(?:https?://)?\S*/\S*")


def without_unasked_titles(plan: Plan, request: str) -> Plan:
    """A rename moves a page; it retitles it only when the user gave the title.

    The tuned model tends to derive a title from the new route ("/insights" -> "Insights")
    even for "Move /reports to /insights", which would silently retitle the page. A rename's
    title is kept only when it appears in the request outside of its paths.
    """
    words = _PATHS.sub(" ", request).lower()
    ops = [op.model_copy(update={"title": ""})
           if isinstance(op, RenamePage) and op.title and op.title.lower() not in words else op
           for op in plan.ops]
    return plan if ops == list(plan.ops) else Plan(ops=ops)


def replacing(old: str, new: str) -> ReplaceText | None:
    """The replacement of ``old`` by ``new``; None when a slot is out of bounds (empty, too long)."""
    try:
        return ReplaceText(op="replace_text", old=old, new=new)
    except ValidationError:
        return None


def content_route(plan: Plan) -> str | None:
    """Where ``plan`` puts content: the page of its first section or entries, else of the one page it adds
    ("add page prices. oil change outboard 2500 esc, ..." written as the page alone); None where it does neither."""
    placed = [op.route for op in plan.ops if isinstance(op, (AddItems, AddSection))]
    pages = [op.route or "/" + slug(op.title) for op in plan.ops if isinstance(op, AddPage)]
    return placed[0] if placed else pages[0] if len(pages) == 1 else None


def plan_to_json(plan: Plan) -> str:
    """Compact JSON with characters as they are ("£45", "Wójcik"): the model writes what the user
    typed, not ``\\u00a3`` escapes it would have to get right digit by digit."""
    return json.dumps(plan.model_dump(mode="json", by_alias=True, exclude_defaults=True), separators=(",", ":"),
                      ensure_ascii=False)


def without_repeated_texts(plan: Plan) -> Plan:
    """``plan`` without a text section whose words another text section of the same page holds
    already: a list typed one entry a line was read as its whole and again from its later lines
    ("Ps. Ramon Dizon – Senior Pastor Ps. Liza Dizon – ..." then "Mark Villanueva – Worship Leader"),
    and the page showed the same entries two or three times; nor an op a second time."""
    def words(op: AddSection) -> str:
        return " ".join(re.findall(r"\w+", f"{op.heading} {op.text}".casefold()))

    texts = [(i, op) for i, op in enumerate(plan.ops) if isinstance(op, AddSection) and op.kind == "text" and op.text]
    repeated = {i for i, op in texts for j, other in texts
                if i != j and op.route == other.route and f" {words(op)} " in f" {words(other)} "
                and (words(op) != words(other) or i > j)}
    repeated |= {i for i, op in enumerate(plan.ops) if op in plan.ops[:i]}  # the same op twice: the same link twice
    # The same words replaced twice, once with more after ("Walt Fischer as secretary", "Walt Fischer"): the
    # shorter is the name; the rest said what the name is.
    swaps = [(i, op) for i, op in enumerate(plan.ops) if isinstance(op, ReplaceText)]
    repeated |= {i for i, op in swaps for j, other in swaps
                 if i != j and op.old == other.old and other.new and op.new.startswith(other.new + " ")}
    # A text set a second time to what the plan gives another text of the page ("the main heading say 'X' and the
    # line beneath it say 'Y'": the heading X, the line Y, and the heading Y again)
    sets = [(i, op) for i, op in enumerate(plan.ops) if isinstance(op, SetText)]
    repeated |= {i for i, op in sets
                 if any(j < i and other.route == op.route and other.target == op.target for j, other in sets)
                 and any(o.route == op.route and o.target != op.target and o.text == op.text for _, o in sets)}
    # A heading or a subtitle set to an entry's detail the plan lists ("¥18 per word" beside the rates that hold it)
    def spaced(text: str) -> str:
        return " " + " ".join(re.findall(r"\w+", text.casefold())) + " "

    details = {spaced(f"{item.title} {item.text}") for op in plan.ops if isinstance(op, AddItems) for item in op.items}
    repeated |= {i for i, op in sets if op.target in ("title", "subtitle") and op.text
                 and any(spaced(op.text) in detail for detail in details)}
    if not repeated:
        return plan
    return plan.model_copy(update={"ops": [op for i, op in enumerate(plan.ops) if i not in repeated]})
