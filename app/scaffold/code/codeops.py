"""Plan ops as surgical edits of a project's source bytes.

Every op is a small function in ``CODE_OPS`` that adds byte-range edits to a
``Ctx`` (``edits``): all of them index the files as they were read, and each file
is spliced once at the end, so bytes outside the edits stay exactly as the user
wrote them. Text, theme, section and item ops are here; page and nav ops in ``pageops``.
An op that cannot be placed raises ``PlanError`` with a sentence saying what can
be done instead; a file that does not parse is never edited.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from app.errors import PlanError
from app.scaffold import history
from app.scaffold import plan as P
from app.scaffold.code import colours, components, css, modules, tsx
from app.scaffold.code.edits import SOURCE_EXTS, CodeEdit, Ctx, section_for, sections_of, set_prop
from app.scaffold.code.textops import replace_text, set_name, set_text
from app.scaffold.code.footerops import set_footer
from app.scaffold.code.sizeops import set_text_size
from app.scaffold.code.pageops import (add_api_route, add_nav_link, add_page, edit_nav_link, move_nav_link, remove_page,
                                      rename_page)
from app.scaffold.code.reader import THEME_VARS, CodeProject, SectionCode, Spot
from app.scaffold.site import welcome
from app.scaffold.pathsafety import check_relative
from app.scaffold.render import FONTS, derived_colours
from app.scaffold.site import (APOSTROPHE, AROUND_A_NAME, GUESSED_HEADINGS, MAX_ITEMS, MAX_TIERS, UNLISTED_KINDS, Item, Section, Tier,
                               default_section, is_placeholder, norm_words)

__all__ = ["CODE_OPS", "CodeEdit", "Ctx", "apply_code_plan"]


# --- sections ------------------------------------------------------------------------------------

def _component_name(kind: str) -> str:
    return components.component_name(kind)


def insert_section(ctx: Ctx, route: str, kind: str, section: Section) -> None:
    if route in ctx.new_pages:
        ctx.new_pages[route].sections.append((kind, section))
        return
    page = ctx.page(route)
    if page.insert_at is None:
        raise PlanError(f"I can't find where sections go on {route} (no <main> or root element in {page.file}).",
                        hint="add a <main> to the page and ask again")
    name = _component_name(kind)
    line = components.import_line(kind, ctx.style, page.file)
    theirs = next((i for i in tsx.imports(ctx.doc(page.file)) if name in (i.default, *i.names)), None)
    if theirs is not None and theirs.source not in line:
        raise PlanError(f"{page.file} already uses its own {name} (from \u201c{theirs.source}\u201d), so I can't add "
                        f"a {kind.replace('_', ' ')} section there without a clash.",
                        hint="rename that import, or put the section on another page")
    ctx.edit(page.file, page.insert_at, page.insert_at, "\n" + page.indent + components.element(kind, section, page.indent))
    ctx.add_import(page.file, line, name)
    ctx.component_files(kind)


def _items_for(kind: str, entries: list[P.Entry]) -> tuple[str, list[object]]:
    if kind == "pricing":
        return "tiers", [Tier(name=e.title[:120], price=(e.text or "—")[:120]) for e in entries]
    return "items", [Item(title=e.title[:120], text=e.text) for e in entries]


# --- the ops ----------------------------------------------------------------------------------

def set_theme(ctx: Ctx, op: P.SetTheme) -> None:
    theme = ctx.project.theme
    if theme is None:
        raise PlanError("The root layout imports no global stylesheet, so there is no theme to change.",
                        hint="import a globals.css in the layout and ask again")
    added: list[str] = []
    for field_name in ("primary", "accent", "background", "foreground"):
        value = getattr(op, field_name)
        if value is None:
            continue
        color = P.NAMED_COLORS.get(value, value)
        spot = _theme_var(theme.vars, THEME_VARS[field_name])
        names = {n for n in THEME_VARS[field_name] if n in theme.vars} | ({f"--{field_name}"} if spot is None else set())
        used = _colour_used(ctx, names)
        placed = None if used else colours.place(ctx, field_name, color)
        if placed is not None:  # the page takes this colour from a class or the body rule, not a variable
            ctx.out.summary.append(placed)
            continue
        if spot is not None:
            ctx.replace(spot, color)
        else:
            added.append(f"--{field_name}: {color};")
        if used:
            ctx.out.summary.append(f"Set the {field_name} colour to {color}.")
        else:
            # Written all the same, and said so: declining would refuse a value the user's own CSS
            # (or a later change) can use, while "Set the primary colour" would promise a change
            # nobody sees (a Tailwind v3 site colours with classes, not variables).
            name = f"--{field_name}" if spot is None else next(n for n, s in theme.vars.items() if s == spot)
            where = theme.file if spot is None else spot.file
            uses = " (its colours are Tailwind classes in the markup)" if ctx.project.conventions.tailwind else ""
            ctx.out.summary.append(f"{'Added' if spot is None else 'Set'} {name}: {color} in {where}; "
                                   f"nothing in this project uses it yet{uses}.")
    _rederived(ctx, op)
    if added and theme.where == "none":
        ctx.edit(theme.file, theme.insert_at, theme.insert_at, "\n:root {\n" + "".join(f"  {a}\n" for a in added) + "}\n")
    elif added:
        ctx.edit(theme.file, theme.insert_at, theme.insert_at, "".join(f"\n{theme.indent}{a}" for a in added))
    if op.font is not None:
        family = FONTS[op.font]
        ref = re.fullmatch(r"var\(\s*(--[\w-]+)\s*\)", theme.body_font.text.strip()) if theme.body_font else None
        if ref and ref.group(1) in theme.vars:
            ctx.replace(theme.vars[ref.group(1)], family)
        elif theme.body_font is not None:
            ctx.replace(theme.body_font, family)
        elif theme.body_insert is not None:
            ctx.edit(theme.body_insert[0], theme.body_insert[1], theme.body_insert[1], f"\n  font-family: {family};")
        else:
            at = len(ctx.source(theme.file))
            ctx.edit(theme.file, at, at, f"\nbody {{\n  font-family: {family};\n}}\n")
        ctx.out.summary.append(f"Set the font to {op.font}.")
    ctx.out.routes.append("/")


# The four colours of Avery NXR's own theme.css, by the names it writes them under.
_OWN_VARS = {"primary": "--color-primary", "accent": "--color-accent", "background": "--color-bg", "foreground": "--color-fg"}
_HEX = re.compile(r"#[0-9a-fA-F]{6}")


def _rederived(ctx: Ctx, op: P.SetTheme) -> None:
    """The colours Avery NXR's own theme.css makes from the four (``render.derived_colours``), made again from the new
    ones: a dark background under the old light tint had put near-white text on cream in the hero and every other
    section. A stylesheet that does not hold all of them as "#rrggbb" is left as it is."""
    theme = ctx.project.theme
    if theme is None or not any(getattr(op, f) is not None for f in _OWN_VARS):
        return
    now = {f: P.NAMED_COLORS.get(v, v) if (v := getattr(op, f)) is not None else (theme.vars[n].text if n in theme.vars else "")
           for f, n in _OWN_VARS.items()}
    made = derived_colours(**now) if all(_HEX.fullmatch(c) for c in now.values()) else {}
    for name, colour in made.items():
        spot = theme.vars.get(name)
        if spot is not None and spot.text.lower() != colour:
            ctx.replace(spot, colour)


def _colour_used(ctx: Ctx, names: set[str]) -> bool:
    """Whether a stylesheet, the Tailwind config or the code reads one of these variables
    (`var(--primary)`), or a Tailwind v4 @theme declares it as a colour (`--color-x` makes `bg-x`)."""
    theme = ctx.project.theme
    for name in names:
        spot = theme.vars.get(name) if theme is not None else None
        if spot is not None and name.startswith("--color-"):
            sheet = css.read(ctx.source(spot.file))
            if any(b.open <= spot.start < b.close and b.prelude.startswith("@theme") for b in sheet.blocks):
                return True
    if not names:
        return False
    used = re.compile(rb"var\(\s*(?:" + b"|".join(re.escape(n.encode()) for n in sorted(names)) + rb")\s*[,)]")
    # Our own components read --background and --foreground only as fallbacks (a button's label):
    # that is not the page taking its colours from them, so they do not count.
    new = [body for rel, body in ctx.whole.items() if body is not None and "/nxr/" not in rel]
    return any(used.search(body) for body in new) or any(
        used.search(ctx.source(rel)) for rel in modules.project_files(ctx.root) if "/nxr/" not in rel)


def _theme_var(variables: Mapping[str, Spot], names: tuple[str, ...]) -> Spot | None:
    """The first of ``names`` defined with a literal value (following one var(--x) step)."""
    for name in names:
        spot = variables.get(name)
        if spot is None:
            continue
        ref = re.fullmatch(r"var\(\s*(--[\w-]+)\s*\)", spot.text.strip())
        if ref is None:
            return spot
        target = variables.get(ref.group(1))
        if target is not None and not target.text.strip().startswith("var("):
            return target
    return None


def add_section(ctx: Ctx, op: P.AddSection) -> None:
    section = section_for(ctx, op.kind, op.heading, op.text)
    insert_section(ctx, op.route, op.kind, section)
    ctx.out.summary.append(f"Added a {op.kind.replace('_', ' ')} section to {op.route}.")
    ctx.out.routes.append(op.route)
    if section.heading:
        ctx.out.expect.append((op.route, section.heading))


def add_items(ctx: Ctx, op: P.AddItems) -> None:
    if op.kind in UNLISTED_KINDS:
        raise PlanError(f"A {op.kind.replace('_', ' ')} section shows no list of entries, so I can't add {len(op.items)} there "
                        "(a hero has one button).", hint="ask for a list, features or a text instead")
    prop, new = _items_for(op.kind, op.items)
    route = op.route
    existing = [] if route in ctx.new_pages else [s for s in sections_of(ctx, route, op.kind) if s.ours]
    target = existing[0] if existing else None
    content = (target.content if target else None) or Section.model_validate({"kind": op.kind})
    # the list as this plan leaves it ("take off Kirkstall" before "add Moortown and Alwoodley" in one plan)
    current = ctx.section_list(target, prop, list(getattr(content, prop))) if target else []
    kept: list[object] = [] if is_placeholder(content, ctx.project.name) else list(current)
    cap = MAX_ITEMS if prop == "items" else MAX_TIERS
    if target is not None and kept and (len(kept) + len(new) > cap or op.heading and norm_words(op.heading) != norm_words(content.heading)):
        target = None  # a list of its own ("Sponsors" beside the stalls), or more than the list has room for: a new section
    if target is not None:
        current[:] = (kept + new)[:cap]
        set_prop(ctx, target, prop, list(current))
        if op.heading:
            if target.heading is not None:
                ctx.replace(target.heading, op.heading)
            else:
                set_prop(ctx, target, "heading", op.heading)
        elif not kept and _guessed_wrong(ctx, op, content) and target.heading is not None:
            ctx.replace(target.heading, "")  # a price list filling the placeholder hours was headed "Opening hours"
    else:
        section = section_for(ctx, op.kind, op.heading).model_copy(update={prop: new})
        if not op.heading and op.kind in GUESSED_HEADINGS:
            section = section.model_copy(update={"heading": ""})
        if route not in ctx.new_pages and ctx.project.page(route) is None:
            raise PlanError(f"There is no page at {route}.", hint="add the page first")
        insert_section(ctx, route, op.kind, section)
    ctx.out.summary.append(f"Added {len(op.items)} item(s) to the {op.kind.replace('_', ' ')} section on {route}.")
    ctx.out.routes.append(route)
    ctx.out.expect += [(route, e.title) for e in op.items]


_HOURS_ENTRY = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:daily|every\s*day|week\s?days?|week\s?ends?)\b",
                          re.IGNORECASE)


def _guessed_wrong(ctx: Ctx, op: P.AddItems, content: Section) -> bool:
    """Whether the user's entries replacing a placeholder list keep a heading that guessed what it holds
    ("Opening hours") while they are not hours (no entry names a day)."""
    return op.kind in GUESSED_HEADINGS and content.heading == default_section(op.kind, ctx.project.name).heading \
        and not any(_HOURS_ENTRY.search(e.title) for e in op.items)


MIN_TITLE_SIMILARITY = 0.8

Found = tuple[str, SectionCode, str, list[Item | Tier], int]


def _words(text: str) -> list[str]:
    """``text``'s words without case, punctuation or a plural's "s": "Kids Bar Bash: ages 8-12"."""
    return [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in re.findall(r"[a-z0-9]+", text.casefold())]


def _starts_with_words(have: str, wanted: str) -> bool:
    """Whether ``have`` starts with the words of ``wanted``: "Commode" of "Commodes", "Kids Bar Bash"
    of "Kids Bar Bash: ages 8-12, 90 min" (a title typed with its details after a colon); not "Mondays"
    of "Closed Mondays", nor "220 SEK" of "Drop-in 220 SEK" (the words of another thing's detail)."""
    mine, theirs = _words(have), _words(wanted)
    if not any(len(w) >= 3 and w.isalpha() for w in theirs):
        return False  # "12+" names no item by its words
    # one word is a whole title's ("Commode" of "Commodes"), not the first of several ("Contact" of "Contact us")
    return mine[:len(theirs)] == theirs and (len(theirs) > 1 or len(mine) == 1)


def _find_item(ctx: Ctx, name: str) -> Found:
    """The one item or pricing tier that ``name`` names, in sections Avery NXR added, on any page:
    by its title, else by its text (a gig listed as "2 Mar" / "Mono" is "the Mono gig"), exactly
    before closely. None or several is a sentence, never a guess."""
    wanted = APOSTROPHE.sub("", name.casefold().strip())  # "monkeys fist" names "Monkey's Fist"
    ranks: list[list[Found]] = [[], [], [], []]  # exact title, exact text, close title, close text
    for page in ctx.project.pages:
        for section in page.sections:
            content = section.content
            if not page.editable or not section.ours or content is None:
                continue
            for prop, values in (("items", ctx.section_list(section, "items", list[Item | Tier](content.items))),
                                 ("tiers", ctx.section_list(section, "tiers", list[Item | Tier](content.tiers)))):
                for i, value in enumerate(values):
                    pair = (value.title, value.text) if isinstance(value, Item) else (value.name, value.price)
                    for part, have in enumerate(APOSTROPHE.sub("", v.casefold().strip()) for v in pair):
                        if have and have == wanted:
                            ranks[part].append((page.route, section, prop, values, i))
                        elif have and (SequenceMatcher(None, have, wanted).ratio() >= MIN_TITLE_SIMILARITY
                                       or (len(wanted) >= 3 and f" {wanted} " in f" {have} ")
                                       or (part == 0 and len(wanted) >= 3 and _starts_with_words(have, wanted))
                                       # "we dont do B1 anymore": an item by the code its name starts with
                                       or (part == 0 and re.fullmatch(r"[a-z]{1,2}\d{1,3}", wanted) is not None
                                           and have.startswith(wanted + " "))):
                            ranks[2 + part].append((page.route, section, prop, values, i))
    found = next((r for r in ranks if r), [])
    plain = AROUND_A_NAME.sub("", name).strip()
    if not found and plain and APOSTROPHE.sub("", plain.casefold()) != wanted:
        return _find_item(ctx, plain)
    if not found:
        raise PlanError(f"I can't find \u201c{name}\u201d on the site; nothing was changed.",
                        hint="name it as it appears on the page (items in sections Avery NXR added)")
    if len(found) > 1:
        places = sorted({f[0] for f in found})
        raise PlanError(f"\u201c{name}\u201d appears {len(found)} times (on {', '.join(places)}); I changed nothing.",
                        hint="say which page or section you mean")
    return found[0]


def edit_item(ctx: Ctx, op: P.EditItem) -> None:
    if not (op.title or op.text):  # no new name or detail: an edit that would be shown as done and change nothing
        raise PlanError(f"I read that as a change to \u201c{op.item}\u201d but not what it should say; nothing was changed.",
                        hint="say what it should say now")
    route, section, prop, values, i = _find_item(ctx, op.item)
    old = values[i]
    if isinstance(old, Tier):
        values[i] = old.model_copy(update={k: v for k, v in (("name", op.title), ("price", op.text)) if v})
    elif isinstance(old, Item):
        values[i] = old.model_copy(update={k: v for k, v in (("title", op.title), ("text", op.text)) if v})
    set_prop(ctx, section, prop, values)
    now = ", ".join(f"\u201c{v}\u201d" for v in (op.title, op.text) if v)  # what it says now, as the turn reports it
    ctx.out.summary.append(f"Changed \u201c{op.item}\u201d on {route}" + (f": now {now}." if now else "."))
    ctx.out.routes.append(route)
    ctx.out.expect += [(route, t) for t in (op.title, op.text) if t]


def remove_item(ctx: Ctx, op: P.RemoveItem) -> None:
    route, section, prop, values, i = _find_item(ctx, op.item)
    del values[i]
    set_prop(ctx, section, prop, values)
    ctx.out.summary.append(f"Removed \u201c{op.item}\u201d from {route}.")
    ctx.out.routes.append(route)


def _section_at(ctx: Ctx, route: str, kind: str, index: int) -> SectionCode:
    found = sections_of(ctx, route, kind)
    if len(found) <= index:
        raise PlanError(f"The page {route} has no {kind.replace('_', ' ')} section"
                        + (f" number {index + 1}." if index else "."))
    return found[index]


def _take_out(ctx: Ctx, route: str, section: SectionCode) -> None:
    """``section``'s element off its page, and its component's import when no other section uses it."""
    ctx.remove(section.element.file, section.element.start, section.element.end)
    if section.component and section.ours and sum(s.component == section.component for s in ctx.page(route).sections) == 1:
        doc = ctx.doc(section.element.file)
        imp = next((i for i in tsx.imports(doc) if i.default == section.component and not i.names), None)
        if imp is not None:
            ctx.remove(section.element.file, imp.node.start_byte, imp.node.end_byte)


def remove_section(ctx: Ctx, op: P.RemoveSection) -> None:
    _take_out(ctx, op.route, _section_at(ctx, op.route, op.kind, op.index))
    ctx.out.summary.append(f"Removed the {op.kind.replace('_', ' ')} section from {op.route}.")
    ctx.out.routes.append(op.route)


def move_section(ctx: Ctx, op: P.MoveSection) -> None:
    section = _section_at(ctx, op.route, op.kind, op.index)
    if not section.ours or section.content is None:
        raise PlanError(f"I can only move sections Avery NXR added; the {op.kind.replace('_', ' ')} section on "
                        f"{op.route} is the page's own code.", hint="copy its content into the request and ask again")
    if op.to not in ctx.new_pages and ctx.project.page(op.to) is None:
        raise PlanError(f"There is no page at {op.to}.", hint="add the page first")
    insert_section(ctx, op.to, op.kind, section.content)
    _take_out(ctx, op.route, section)
    ctx.out.summary.append(f"Moved the {op.kind.replace('_', ' ')} section from {op.route} to {op.to}.")
    ctx.out.routes.append(op.to)
    content = section.content
    ctx.out.expect += [(op.to, shown) for shown in [content.heading, *(i.title for i in content.items),
                                                   *(t.name for t in content.tiers)] if shown][:3]


def describe_site(ctx: Ctx, op: P.DescribeSite) -> None:
    first = len(ctx.out.summary)
    set_name(ctx, op.name)
    home = ctx.page("/")
    heading = op.heading or op.name
    if home.title is not None:
        ctx.replace(home.title, heading)
        ctx.out.expect.append(("/", heading))
    if op.tagline and home.subtitle is not None:
        ctx.replace(home.subtitle, op.tagline)
        ctx.out.expect.append(("/", op.tagline))
    elif home.subtitle is not None and home.subtitle.text in (welcome(ctx.project.name), f"Welcome to {ctx.project.name}."):
        ctx.replace(home.subtitle, welcome(op.name))  # the placeholder follows the new name
    have = {s.kind for s in home.sections}
    added: list[str] = []
    if op.about:  # the user's own words first, before the placeholder sections
        insert_section(ctx, "/", "text", section_for(ctx, "text", "", op.about))
    for kind in op.sections:
        if kind not in have:
            # the placeholders speak of the name just set ("About Harrow Lane Pottery"), not the project's old one
            insert_section(ctx, "/", kind, section_for(ctx, kind, site_name=op.name))
            have.add(kind)
            added.append(kind.replace("_", " "))
    # One line for the whole op: what the home page now says and which sections it gained.
    done = [f"home heading “{heading}”"] if home.title is not None else []
    if op.tagline and home.subtitle is not None:
        done.append(f"subtitle “{op.tagline}”")
    if op.about:
        done.append("a text of your own words about it")
    if added:
        done.append(f"sections: {', '.join(added)}")
    ctx.out.summary[first:] = [f"Set up the home page for {op.name}" + (f" ({'; '.join(done)})" if done else "") + "."]
    ctx.out.routes.append("/")


def repair(ctx: Ctx, op: P.Repair) -> None:
    """A source file that no longer parses goes back to the newest version a turn left that does.
    Whatever was typed into it since goes with it, so the summary says so (undo brings it back)."""
    rel = op.path
    check_relative(rel)
    if Path(rel).suffix not in SOURCE_EXTS:
        raise PlanError(f"I only repair source files (.tsx, .jsx, .ts, .js); {rel} is not one.")
    where = tsx.problem(tsx.parse(ctx.source(rel), rel))
    if where is None:
        raise PlanError(f"{rel} parses, so there is nothing to repair in it.",
                        hint="say what looks wrong in the preview, or undo the last change")
    spot = f"{rel}:{where[0]}:{where[1]}"
    found = history.last_version(ctx.root, rel, lambda body: tsx.problem(tsx.parse(body, rel)) is None)
    if found is None:
        raise PlanError(f"{spot} does not parse, and no earlier turn left a version of {rel} that does.",
                        hint="fix that spot by hand, or undo the last change")
    when, body = found
    ctx.write(rel, body)
    ctx.out.summary.append(f"Put {rel} back as it was {'after ' if when.startswith('turn') else ''}{when} "
                           f"({spot} did not parse); the edits made to it since went with it (undo brings them back).")
    page = next((p for p in ctx.project.pages if p.file == rel), None)
    ctx.out.routes.append(page.route if page is not None else "/")


def write_file(ctx: Ctx, op: P.WriteFile) -> None:
    """A whole file from a model flagged capable (the grammar offers this op to no other). The path
    is checked like every write; a source file that would not parse is refused."""
    rel = op.path
    check_relative(rel)
    body = op.content.encode("utf-8")
    if Path(rel).suffix in SOURCE_EXTS and tsx.problem(tsx.parse(body, rel)) is not None:
        raise PlanError(f"The {rel} this model wrote does not parse, so nothing was written.")
    existed = ctx.exists(rel)
    if existed:
        ctx.source(rel)  # what it held: a file the user saves meanwhile is not overwritten
    ctx.write(rel, body)
    ctx.out.summary.append(f"{'Replaced' if existed else 'Wrote'} {rel} ({len(op.content.splitlines())} lines).")
    page = next((p for p in ctx.project.pages if p.file == rel), None)
    if page is not None:
        ctx.out.routes.append(page.route)


def decline(ctx: Ctx, op: P.Decline) -> None:
    ctx.out.declined = True


# Each op's function takes its own plan model (P.SetText, …): the table is keyed by the op's name.
CODE_OPS: dict[str, Callable[[Ctx, Any], None]] = {
    "set_text": set_text, "set_theme": set_theme, "add_nav_link": add_nav_link, "add_page": add_page,
    "add_section": add_section, "add_items": add_items, "edit_item": edit_item, "remove_item": remove_item,
    "remove_section": remove_section, "remove_page": remove_page, "rename_page": rename_page,
    "add_api_route": add_api_route, "describe_site": describe_site, "repair": repair, "write_file": write_file,
    "decline": decline, "replace_text": replace_text, "set_footer": set_footer, "edit_nav_link": edit_nav_link,
    "set_text_size": set_text_size, "move_nav_link": move_nav_link, "move_section": move_section,
}


def apply_code_plan(project: CodeProject, plan: P.Plan) -> CodeEdit:
    """The edits ``plan`` makes to the project's files; nothing is written here."""
    ctx = Ctx(project)
    for op in plan.ops:
        CODE_OPS[op.op](ctx, op)
        if ctx.out.declined:
            return CodeEdit(declined=True, summary=["Declined: nothing was changed."])
    return ctx.finish()
