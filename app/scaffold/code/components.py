"""Section components: the files a project gets once, and the JSX element a page uses.

A section on a page is an element with literal props, ``<Features heading="…" items={[…]} />``,
and one component file per kind, written once into the project under ``components/nxr/``
(``src/components/nxr/`` when the project keeps its code under ``src/``). The component
follows the project's styling (Tailwind classes, else a CSS module) and language.
The site's navigation is made the same way (kind ``"nav"``, :func:`nav_element`) for a project
that has none, but it is not a section: it goes into the root layout, not onto a page.

The component sources are real ``.tsx`` and ``.module.css`` files in
``resources/components/<variant>/``, so they can be read, type-checked and edited as what
they are. The sections' modules share their frame, heading and button through CSS Modules'
``composes: … from "./Section.module.css"``, and a module written into a project brings the
modules it composes from. The JavaScript variant is made from the TypeScript one by deleting
its types with the TSX parser (:func:`strip_types`); the result is parsed again and refused if
anything TypeScript-only is left, so a source that grows a construct the stripper does not
know fails loudly instead of shipping broken JavaScript.

Text reaches the page only as JSON string literals (or quoted attributes when a string
has nothing JSX would read differently), so no user or model text can break the markup.
"""

from __future__ import annotations

import json
import math
import posixpath
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import tree_sitter
import tree_sitter_typescript
from pydantic import BaseModel

from app.paths import resources_dir
from app.scaffold.code import modules
from app.scaffold.site import SECTION_KINDS, Item, Section, Tier

COMPONENTS_FOLDER = "components/nxr"
WIDTH = 100  # a literal longer than this (with its indentation) is written over several lines

# The props each kind's component declares, in the order the element writes them. Every
# component takes heading, text and button; items or tiers where the kind shows a collection.
PROPS: dict[str, tuple[str, ...]] = {
    "hero": ("heading", "text", "button"),
    "features": ("heading", "text", "items", "button"),
    "pricing": ("heading", "text", "tiers", "button"),
    "testimonials": ("heading", "text", "items", "button"),
    "faq": ("heading", "text", "items", "button"),
    "contact": ("heading", "text", "items", "button"),
    "image_text": ("heading", "text", "items", "button"),
    "cta": ("heading", "text", "button"),
    "text": ("heading", "text", "button"),
    "list": ("heading", "text", "items", "button"),
    "team": ("heading", "text", "items", "button"),
}

# Components that are not sections (no Section, not in SECTION_KINDS): the root layout's chrome.
CHROME_PROPS: dict[str, tuple[str, ...]] = {
    "nav": ("brand", "links"),  # brand?: string; links: {href: string; label: string}[]
}


@dataclass(frozen=True)
class Style:
    """How the project is written, so our components look like its own code."""

    typescript: bool  # .tsx vs .jsx
    tailwind: bool  # Tailwind classes vs a CSS module (Name.module.css)
    # Import prefix for the folder that holds components/ ("@/" from tsconfig/jsconfig paths
    # "@/*": the project root, or src/ when src is True, as create-next-app sets it up).
    # None -> relative imports.
    alias: str | None
    src: bool  # project keeps code under src/ (components go to src/components/)


def _check_kind(kind: str) -> None:
    if kind not in PROPS and kind not in CHROME_PROPS:
        raise ValueError(f"unknown section kind {kind!r}; expected one of {', '.join(SECTION_KINDS)}")


def component_name(kind: str) -> str:
    """``"features"`` -> ``"Features"``, ``"image_text"`` -> ``"ImageText"``."""
    _check_kind(kind)
    return "".join(part.capitalize() for part in kind.split("_"))


def kind_of_component(name: str) -> str | None:
    """The section kind one of our components renders (``"ImageText"`` -> ``"image_text"``), else
    None (also for ``"Nav"``: not a section)."""
    return next((kind for kind in PROPS if component_name(kind) == name), None)


def components_dir(style: Style) -> str:
    """Where our components go, relative to the project root."""
    return f"src/{COMPONENTS_FOLDER}" if style.src else COMPONENTS_FOLDER


def sources_dir() -> Path:
    """``resources/components``: one folder per styling variant (tailwind, cssmodule)."""
    return resources_dir() / "components"


@lru_cache(maxsize=None)
def _source(variant: str, filename: str) -> str:
    return (sources_dir() / variant / filename).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def _javascript(variant: str, filename: str) -> str:
    return strip_types(_source(variant, filename))


def component_files(kind: str, style: Style) -> dict[str, str]:
    """The files the kind's component needs: path relative to the project root -> content.

    The same kind and style always give the same content, so writing them again is a no-op.
    A CSS module comes with the modules it composes from (``Section.module.css``, the rules every
    section shares), written beside it.
    """
    name = component_name(kind)
    variant = "tailwind" if style.tailwind else "cssmodule"
    folder = components_dir(style)
    if style.typescript:
        files = {f"{folder}/{name}.tsx": _source(variant, f"{name}.tsx")}
    else:
        files = {f"{folder}/{name}.jsx": _javascript(variant, f"{name}.tsx")}
    if not style.tailwind:
        for css in _stylesheets(variant, f"{name}.module.css"):
            files[f"{folder}/{css}"] = _source(variant, css)
    return files


def _stylesheets(variant: str, filename: str) -> list[str]:
    """The module and every module it composes from (``./X.module.css``, beside it), in order."""
    found = [filename]
    for each in found:
        for spec in modules.css_specifiers(_source(variant, each).encode("utf-8")):
            other = spec.value.removeprefix("./")
            if "/" in other or not other.endswith(".module.css"):
                raise ValueError(f"{variant}/{each} names {spec.value!r}; a component's module may only "
                                 "compose from a module beside it")
            if other not in found:
                found.append(other)
    return found


def import_line(kind: str, style: Style, from_file: str) -> str:
    """The import of the kind's component in ``from_file`` (relative to the project root).

    ``import Features from "@/components/nxr/Features";`` with an alias, else a relative path
    from the importing file's folder (``"../components/nxr/Features"`` from app/page.tsx).
    """
    name = component_name(kind)
    if style.alias is not None:
        prefix = style.alias if style.alias.endswith("/") else style.alias + "/"
        spec = f"{prefix}{COMPONENTS_FOLDER}/{name}"
    else:
        importer = posixpath.normpath(from_file.replace("\\", "/"))
        if importer.startswith(("/", "../")) or importer == "..":
            raise ValueError(f"{from_file!r} is not a path inside the project")
        spec = posixpath.relpath(f"{components_dir(style)}/{name}", posixpath.dirname(importer) or ".")
        if not spec.startswith("../"):
            spec = "./" + spec
    return f"import {name} from {_js_string(spec)};"


# --- The element -------------------------------------------------------------------------


def section_props(kind: str, section: Section) -> list[tuple[str, object]]:
    """The props the kind's element gets from the section: only those with content, in order."""
    props: list[tuple[str, object]] = []
    for prop in PROPS[kind]:
        if prop == "heading" and section.heading:
            props.append(("heading", section.heading))
        elif prop == "text" and section.text:
            props.append(("text", section.text))
        elif prop == "items" and section.items:
            props.append(("items", list(section.items)))
        elif prop == "tiers" and section.tiers:
            props.append(("tiers", list(section.tiers)))
        elif prop == "button" and section.button_label:
            # The component's type wants an href; a button the model gave no target goes home.
            props.append(("button", {"label": section.button_label, "href": section.button_href or "/"}))
    return props


def element(kind: str, section: Section, indent: str) -> str:
    """The JSX element for the section, e.g. ``<Features heading="Why us" items={[…]} />``.

    ``indent`` is the indentation of the line the element starts on: the first line is
    returned without it (the caller writes the element where it goes), every later line
    starts with it. Short elements stay on one line; others put one prop per line.
    """
    name = component_name(kind)
    inner = indent + "  "
    attributes = [_attribute(prop, value, inner) for prop, value in section_props(kind, section)]
    if not attributes:
        return f"<{name} />"
    one_line = f"<{name} {' '.join(attributes)} />"
    if "\n" not in one_line and len(indent) + len(one_line) <= WIDTH:
        return one_line
    lines = "".join(f"{inner}{attribute}\n" for attribute in attributes)
    return f"<{name}\n{lines}{indent}/>"


def nav_element(brand: str, links: Sequence[tuple[str, str]], indent: str) -> str:
    """``<Nav brand="…" links={[{ href: "/menu", label: "Menu" }]} />`` for the root layout.

    ``links`` are (label, href) pairs. The links are always written one object per line, so a
    link added later is a line of its own; ``indent`` works as in :func:`element`. An empty
    brand is left out (the component then shows no name).
    """
    name = component_name("nav")
    inner = indent + "  "
    attributes = [_attribute("brand", brand, inner)] if brand else []
    attributes.append(_attribute("links", [{"href": href, "label": label} for label, href in links], inner))
    lines = "".join(f"{inner}{attribute}\n" for attribute in attributes)
    return f"<{name}\n{lines}{indent}/>"


def _attribute(prop: str, value: object, indent: str) -> str:
    if isinstance(value, str) and _plain_attribute(value):
        return f'{prop}="{value}"'
    return f"{prop}={{{prop_value(value, indent)}}}"


# A JSX attribute string has no escapes: a quote ends it, & starts an HTML entity, and
# parsers differ on braces, angle brackets and line breaks. Strings with none of those are
# written as plain attributes (they read best); anything else goes in braces as a JS string.
_NOT_PLAIN = re.compile(r'["\\&{}<>\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]')


def _plain_attribute(text: str) -> bool:
    return _NOT_PLAIN.search(text) is None


# --- Literals ----------------------------------------------------------------------------

_IDENTIFIER = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*\Z")
# JSON leaves these raw; a JS string may not hold U+2028/2029 before ES2019 and a lone
# surrogate cannot even be written to a UTF-8 file, so they are escaped.
_JS_UNSAFE = re.compile("[\u2028\u2029\ud800-\udfff]")


def _js_string(text: str) -> str:
    """A double-quoted JS string literal (JSON's escaping, plus the characters JSON leaves raw)."""
    return _JS_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(text, ensure_ascii=False))


def _plain(value: BaseModel) -> dict[str, object]:
    """Items and tiers in the shape the components' props declare."""
    if isinstance(value, Item):
        return {"title": value.title, "text": value.text}
    if isinstance(value, Tier):
        tier: dict[str, object] = {"name": value.name, "price": value.price, "features": list(value.features)}
        if value.highlighted:
            tier["highlighted"] = True
        return tier
    dumped: dict[str, object] = value.model_dump()
    return dumped


def prop_value(value: object, indent: str = "") -> str:
    """A JS literal for a prop value: strings, numbers, booleans, None, lists, dicts, items, tiers.

    Arrays of objects and anything too long for one line are written one entry per line;
    ``indent`` is the indentation of the line the literal starts on (later lines build on it).
    Object keys are bare when they are identifiers.
    """
    if isinstance(value, BaseModel):
        value = _plain(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{value!r} has no JS literal")
        return repr(value)
    if isinstance(value, str):
        return _js_string(value)
    inner = indent + "  "
    if isinstance(value, Mapping):
        entries = [f"{_key(key)}: {prop_value(item, inner)}" for key, item in value.items()]
        if not entries:
            return "{}"
        one_line = "{ " + ", ".join(entries) + " }"
        if "\n" not in one_line and len(indent) + len(one_line) <= WIDTH:
            return one_line
        return "{\n" + "".join(f"{inner}{entry},\n" for entry in entries) + indent + "}"
    if isinstance(value, (list, tuple)):
        elements = [prop_value(item, inner) for item in value]
        if not elements:
            return "[]"
        nested = any(isinstance(item, (Mapping, list, tuple, BaseModel)) for item in value)
        one_line = "[" + ", ".join(elements) + "]"
        if not nested and "\n" not in one_line and len(indent) + len(one_line) <= WIDTH:
            return one_line
        return "[\n" + "".join(f"{inner}{item},\n" for item in elements) + indent + "]"
    raise TypeError(f"no JS literal for a {type(value).__name__}")


def _key(key: object) -> str:
    if not isinstance(key, str):
        raise TypeError(f"object keys must be strings, not {type(key).__name__}")
    return key if _IDENTIFIER.match(key) else _js_string(key)


# --- TypeScript -> JavaScript ------------------------------------------------------------

# Declarations that are only types: deleted whole (with an `export` in front, if any).
_TYPE_DECLARATIONS = frozenset({"interface_declaration", "type_alias_declaration"})
# What must not be left in JavaScript. type_identifier and predefined_type only occur inside
# types, so they catch any type the stripper did not delete.
_TYPESCRIPT_ONLY = frozenset({
    "type_annotation", "interface_declaration", "type_alias_declaration", "type_identifier",
    "predefined_type", "type_arguments", "type_parameters", "as_expression", "satisfies_expression",
    "non_null_expression", "optional_parameter", "enum_declaration", "abstract_class_declaration",
    "ambient_declaration", "internal_module", "module", "accessibility_modifier", "implements_clause",
    "type_predicate_annotation", "asserts_annotation", "import_require_clause", "override_modifier",
})


@lru_cache(maxsize=1)
def _parser() -> tree_sitter.Parser:
    return tree_sitter.Parser(tree_sitter.Language(tree_sitter_typescript.language_tsx()))


def _walk(node: tree_sitter.Node) -> Iterator[tree_sitter.Node]:
    yield node
    for child in node.children:
        yield from _walk(child)


def _problem(root: tree_sitter.Node) -> tree_sitter.Node | None:
    return next((n for n in _walk(root) if n.is_error or n.is_missing), None)


def _where(node: tree_sitter.Node) -> str:
    row, column = node.start_point
    return f"{row + 1}:{column + 1}"


def strip_types(source: str) -> str:
    """The JavaScript of a TSX source: interfaces, type aliases and type annotations deleted.

    Raises ValueError when the source does not parse or TypeScript is left afterwards
    (a construct this does not strip, such as ``as`` casts or generics).
    """
    data = source.encode("utf-8")
    root = _parser().parse(data).root_node
    bad = _problem(root)
    if bad is not None:
        raise ValueError(f"the component source does not parse at {_where(bad)}")
    cuts: list[tuple[int, int]] = []
    for statement in root.children:
        declaration = statement
        if statement.type == "export_statement":
            declaration = statement.child_by_field_name("declaration") or statement
        if declaration.type in _TYPE_DECLARATIONS:
            end = statement.end_byte
            for _ in range(2):  # its line end and the blank line after it
                if data[end:end + 1] == b"\n":
                    end += 1
            cuts.append((statement.start_byte, end))
    for node in _walk(root):
        if node.type == "type_annotation" and not any(s <= node.start_byte < e for s, e in cuts):
            cuts.append((node.start_byte, node.end_byte))
    kept, at = [], 0
    for start, end in sorted(cuts):
        kept.append(data[at:start])
        at = end
    kept.append(data[at:])
    result = b"".join(kept)
    root = _parser().parse(result).root_node
    bad = _problem(root)
    if bad is not None:
        raise ValueError(f"the JavaScript made from the component does not parse at {_where(bad)}")
    left = next((n for n in _walk(root) if n.type in _TYPESCRIPT_ONLY), None)
    if left is not None:
        raise ValueError(f"TypeScript left in the JavaScript at {_where(left)}: {left.type}")
    return result.decode("utf-8")
