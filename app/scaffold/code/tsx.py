"""Parse TSX/JSX/TS with tree-sitter; find JSX elements and their text; splice bytes.

Every position is a byte offset into the source as read, so an edit replaces
exactly the bytes it names. Read text through ``Doc.text`` (never ``node.text``):
the tree may come from a masked copy of the source (see ``_masked``).
"""

from __future__ import annotations

import bisect
import functools
import html
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import tree_sitter_typescript
from tree_sitter import Language, Node, Parser, Query, QueryCursor, QueryError, Tree

ELEMENTS = ("jsx_element", "jsx_self_closing_element")


@functools.cache
def _language(language: str) -> Language:
    return Language(tree_sitter_typescript.language_typescript() if language == "typescript"
                    else tree_sitter_typescript.language_tsx())


@functools.cache
def _parser(language: str) -> Parser:
    """One parser per grammar, reused: building one costs more than parsing a page."""
    return Parser(_language(language))


@functools.cache
def _query(language: str, pattern: str) -> Query | None:
    """None when the grammar has no such nodes (no JSX in the typescript grammar)."""
    try:
        return Query(_language(language), pattern)
    except QueryError:
        return None


def language_for(path: str) -> str:
    # .ts files may use `<T>x` casts, which the tsx grammar reads as JSX; .js/.jsx/.tsx may hold JSX.
    return "typescript" if path.endswith((".ts", ".mts", ".cts")) else "tsx"


@dataclass(frozen=True)
class Doc:
    """A parsed file: its bytes as read, and the tree whose offsets index them."""

    path: str
    source: bytes
    tree: Tree

    @property
    def root(self) -> Node:
        return self.tree.root_node

    def text(self, node: Node) -> str:
        return self.source[node.start_byte:node.end_byte].decode("utf-8", "replace")

    def find(self, pattern: str, within: Node | None = None) -> list[Node]:
        """Nodes captured by a tree-sitter query, in document order (outer before inner).
        Queries run in C: walking a page's ~2,000 nodes from Python costs ~10x more."""
        cache = self._found()
        if pattern not in cache:
            query = _query(language_for(self.path), pattern)
            captures = QueryCursor(query).captures(self.tree.root_node) if query is not None else {}
            nodes = [n for found in captures.values() for n in found]
            nodes.sort(key=lambda n: (n.start_byte, -n.end_byte))
            cache[pattern] = ([n.start_byte for n in nodes], nodes)
        starts, nodes = cache[pattern]
        if within is None:
            return nodes
        lo = bisect.bisect_left(starts, within.start_byte)
        hi = bisect.bisect_left(starts, within.end_byte, lo)
        return [n for n in nodes[lo:hi] if n.end_byte <= within.end_byte]

    def tags(self) -> dict[int, str]:
        """Each JSX element's tag by the element's start offset ("" for a fragment)."""
        return self._jsx()[0]

    def _jsx(self) -> tuple[dict[int, str], dict[int, str]]:
        """Tags and closing-tag names by element start, from the one query that also lists the
        elements (a lookup per element from Python costs more than the parse)."""
        index: tuple[dict[int, str], dict[int, str]] | None = self.__dict__.get("_jsx_index")
        if index is None:
            query = _query(language_for(self.path), JSX_QUERY)
            captures = QueryCursor(query).captures(self.tree.root_node) if query is not None else {}
            els = sorted(captures.get("el", []), key=lambda n: (n.start_byte, -n.end_byte))
            self._found()[ELEMENT_QUERY] = ([n.start_byte for n in els], els)
            index = ({}, {})
            for key, into in (("name", index[0]), ("close", index[1])):
                for name in captures.get(key, []):
                    parent = name.parent
                    if key == "close" and parent is not None:
                        parent = parent.parent  # closing element -> its jsx_element
                    if parent is not None:
                        into[parent.start_byte] = self.source[name.start_byte:name.end_byte].decode("utf-8", "replace")
            object.__setattr__(self, "_jsx_index", index)
        return index

    def _found(self) -> dict[str, tuple[list[int], list[Node]]]:
        # A frozen dataclass: the per-document query cache lives in __dict__, set once.
        cache: dict[str, tuple[list[int], list[Node]]] | None = self.__dict__.get("_cache")
        if cache is None:
            cache = {}
            object.__setattr__(self, "_cache", cache)
        return cache


# tree-sitter-typescript 0.23 reads `&` in a JSX attribute string or in JSX text as the start of
# an HTML entity and reports an ERROR (every create-next-app page has href="…?a=1&b=2"; "Tom & Jerry"
# in a paragraph breaks the whole file), though TypeScript accepts both. So the tree is built from
# a copy in which each lone `&` (not `&&`, `&=` or an entity like `&amp;`) is a `|`: text in JSX,
# a string or a comment either way, and in code `|` is valid wherever `&` is (a bitwise operator,
# a union where TS had an intersection, a leading `|` in a type). Same length, so every offset still
# indexes the real source; text is always read from the real source.
_LONE_AMP = re.compile(rb"(?<!&)&(?![&=]|#[0-9]+;|#x[0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)")


def parse(source: bytes, path: str) -> Doc:
    """Parse ``source`` (the tsx grammar for .tsx/.jsx/.js, typescript for .ts)."""
    masked = _LONE_AMP.sub(b"|", source) if b"&" in source else source
    return Doc(path, source, _parser(language_for(path)).parse(masked))


def _errors(root: Node) -> Iterator[Node]:
    """ERROR and MISSING nodes, skipping subtrees without any."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "ERROR" or node.is_missing:
            yield node
        stack.extend(c for c in reversed(node.children) if c.has_error or c.is_missing)


ELEMENT_QUERY = "[(jsx_element) (jsx_self_closing_element)] @el"
JSX_QUERY = ELEMENT_QUERY + """
(jsx_opening_element name: (_) @name)
(jsx_self_closing_element name: (_) @name)
(jsx_closing_element name: (_) @close)"""


def _benign(node: Node) -> bool:
    """An ERROR inside a JSX attribute's string (the `&` case, should masking miss one): the file is fine."""
    parent = node.parent
    return (node.type == "ERROR" and parent is not None and parent.type == "string"
            and parent.parent is not None and parent.parent.type == "jsx_attribute")


def problem(doc: Doc) -> tuple[int, int] | None:
    """(line, column), both from 1, of the first real syntax error; None when the file parses.

    tree-sitter recovers from a closing tag that does not match its opening tag (`<a>x</b>`)
    without an ERROR; TypeScript rejects it, so it counts too."""
    if doc.root.has_error:
        for node in _errors(doc.root):
            if not _benign(node):
                inner = next((c for c in _errors(node) if c is not node and not _benign(c)), None)
                row, col = (inner or node).start_point
                return row + 1, col + 1
    tags, closes = doc._jsx()
    for start, name in closes.items():
        if tags.get(start, "") != name:
            el = next(e for e in doc.find(ELEMENT_QUERY) if e.start_byte == start)
            close = el.child_by_field_name("close_tag")
            row, col = (close or el).start_point
            return row + 1, col + 1
    return None


# --- walking ---------------------------------------------------------------------------------

def walk(node: Node) -> Iterator[Node]:
    """Every node under ``node`` (itself included), in document order."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(current.children))


def elements(doc: Doc, node: Node, names: Iterable[str] | None = None) -> Iterator[Node]:
    """JSX elements (with children or self-closing) within ``node`` (itself included), in document
    order; only those whose tag is in ``names`` when given."""
    doc.tags()  # builds the element list with the tags
    found = doc.find(ELEMENT_QUERY, node)
    if names is None:
        yield from found
        return
    wanted = set(names)
    tags = doc.tags()
    for el in found:
        if tags.get(el.start_byte, "") in wanted:
            yield el


def ancestors(node: Node) -> Iterator[Node]:
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


def opening(el: Node) -> Node:
    """The node holding the tag name and attributes."""
    if el.type == "jsx_element":
        open_tag = el.child_by_field_name("open_tag")
        return open_tag if open_tag is not None else el
    return el


def tag(el: Node) -> str:
    """The element's tag ("h1", "Link", "motion.div"); "" for a fragment. (``node.text`` is safe
    here: names hold no `&`, the only byte the masked copy changes.)"""
    name = opening(el).child_by_field_name("name")
    return (name.text or b"").decode() if name is not None else ""


def is_element(node: Node) -> bool:
    return node.type in ELEMENTS


def children(el: Node) -> list[Node]:
    """The element's children (text, expressions, elements) between its tags."""
    if el.type != "jsx_element":
        return []
    return [c for c in el.named_children if c.type not in ("jsx_opening_element", "jsx_closing_element")]


def inner_range(el: Node) -> tuple[int, int] | None:
    """Bytes between the opening and the closing tag; None for a self-closing element."""
    if el.type != "jsx_element":
        return None
    open_tag, close_tag = el.child_by_field_name("open_tag"), el.child_by_field_name("close_tag")
    if open_tag is None or close_tag is None:
        return None
    return open_tag.end_byte, close_tag.start_byte


def attribute(el: Node, name: str) -> Node | None:
    """The attribute node ``name=…`` of an element."""
    for attr in opening(el).named_children:
        if attr.type == "jsx_attribute" and attr.named_child_count and (attr.named_children[0].text or b"").decode() == name:
            return attr
    return None


def attribute_value_node(el: Node, name: str) -> Node | None:
    """The value of ``name=…`` (a string or a ``{…}`` expression), None when absent or valueless."""
    attr = attribute(el, name)
    if attr is None or attr.named_child_count < 2:
        return None
    return attr.named_children[-1]


def attribute_value(doc: Doc, el: Node, name: str) -> str | None:
    """A literal attribute value: "x", {"x"}, {'x'} or {`x`} without substitutions."""
    node = attribute_value_node(el, name)
    if node is None:
        return None
    if node.type == "string":  # JSX attribute strings have entities, no backslash escapes
        return html.unescape(doc.text(node)[1:-1])
    if node.type == "jsx_expression" and node.named_child_count == 1:
        value = literal(doc, node.named_children[0])
        return value if isinstance(value, str) else None
    return None


_ESCAPE = re.compile(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r?\n|.)", re.S)
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def _unescape(raw: str) -> str:
    """The value of a JS string literal's body."""
    def one(m: re.Match[str]) -> str:
        seq = m.group(1)
        if seq.startswith("u{"):
            return chr(int(seq[2:-1], 16))
        if seq[0] in "ux" and len(seq) > 1:
            return chr(int(seq[1:], 16))
        if seq in ("\n", "\r\n"):
            return ""  # a line continuation
        return _SIMPLE.get(seq, seq)
    return _ESCAPE.sub(one, raw)


def literal(doc: Doc, node: Node) -> object:
    """The value of a JS literal (string, number, boolean, null, array, object of literals);
    ``Ellipsis`` for anything computed."""
    kind = node.type
    if kind == "string":
        return _unescape(doc.text(node)[1:-1])
    if kind == "template_string":
        if any(c.type == "template_substitution" for c in node.named_children):
            return ...
        return doc.text(node)[1:-1]
    if kind == "number":
        text = doc.text(node)
        try:
            return int(text)
        except ValueError:
            try:
                return float(text)
            except ValueError:
                return ...
    if kind in ("true", "false"):
        return kind == "true"
    if kind == "null":
        return None
    if kind == "parenthesized_expression" and node.named_child_count == 1:
        return literal(doc, node.named_children[0])
    if kind == "array":
        return [literal(doc, c) for c in node.named_children if c.type != "comment"]
    if kind == "object":
        out: dict[str, object] = {}
        for pair in node.named_children:
            if pair.type == "comment":
                continue
            if pair.type != "pair":
                return ...
            key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
            if key is None or value is None:
                return ...
            name = literal(doc, key) if key.type == "string" else doc.text(key)
            if not isinstance(name, str):
                return ...
            out[name] = literal(doc, value)
        return out
    return ...


# --- visible text ----------------------------------------------------------------------------

_SPACE = re.compile(r"\s+")


def _jsx_text(raw: str) -> str:
    """JSX's whitespace rule: lines are trimmed and blank ones dropped, the rest joined by a space."""
    lines = raw.split("\n")
    if len(lines) == 1:
        return raw
    parts = [line.strip() if 0 < i < len(lines) - 1 else (line.rstrip() if i == 0 else line.lstrip())
             for i, line in enumerate(lines)]
    return " ".join(p for p in parts if p)


def visible_text(doc: Doc, node: Node) -> str | None:
    """The text a node shows, whitespace collapsed; None when part of it is computed ({name})."""
    parts: list[str] = []
    if not _collect(doc, node, parts):
        return None
    return _SPACE.sub(" ", html.unescape("".join(parts))).strip()


def _collect(doc: Doc, node: Node, parts: list[str]) -> bool:
    kind = node.type
    if kind == "jsx_text":
        parts.append(_jsx_text(doc.text(node)))
        return True
    if kind == "html_character_reference":  # &amp; &#123;: unescaped with the rest of the text
        parts.append(doc.text(node))
        return True
    if kind == "jsx_expression":
        inner = [c for c in node.named_children if c.type != "comment"]
        if not inner:
            return True
        value = literal(doc, inner[0]) if len(inner) == 1 else ...
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            parts.append(str(value))
            return True
        return False
    if kind == "jsx_self_closing_element":
        return True
    if kind == "jsx_element":
        return all(_collect(doc, c, parts) for c in children(node))
    return True


def _bears_text(doc: Doc, node: Node) -> bool:
    if node.type == "jsx_text":
        return bool(doc.text(node).strip())
    if node.type == "html_character_reference":
        return True
    if node.type == "jsx_expression":
        return any(c.type != "comment" for c in node.named_children)
    if node.type == "jsx_element":
        return any(_bears_text(doc, c) for c in children(node))
    return False


def text_range(doc: Doc, el: Node, plain: bool = False) -> tuple[int, int, str] | None:
    """The byte range of an element's visible text and that text: from its first text-bearing child
    to its last, whitespace at both ends left out (so indentation, comments and icons around the
    text stay). None when the text is computed or empty; with ``plain``, also when a child element
    carries text (a button whose label is "Get <b>started</b>")."""
    kids = [c for c in children(el) if _bears_text(doc, c)]
    if not kids:
        return None
    if plain and any(c.type == "jsx_element" for c in kids):
        return None
    first, last = kids[0], kids[-1]
    start, end = first.start_byte, last.end_byte
    if first.type == "jsx_text":
        raw = doc.source[start:first.end_byte]
        start += len(raw) - len(raw.lstrip())
    if last.type == "jsx_text":
        raw = doc.source[last.start_byte:end]
        end -= len(raw) - len(raw.rstrip())
    parts: list[str] = []
    for child in children(el):
        if child.start_byte >= first.start_byte and child.end_byte <= last.end_byte:
            if not _collect(doc, child, parts):
                return None
    text = _SPACE.sub(" ", html.unescape("".join(parts))).strip()
    return (start, end, text) if text else None


# --- module structure ------------------------------------------------------------------------

@dataclass(frozen=True)
class Import:
    source: str  # "next/link", "@/components/Nav", "./globals.css"
    default: str | None
    names: tuple[str, ...]
    node: Node


def imports(doc: Doc) -> list[Import]:
    out: list[Import] = []
    for node in doc.root.named_children:
        if node.type != "import_statement":
            continue
        src = node.child_by_field_name("source")
        if src is None:
            continue
        default: str | None = None
        names: list[str] = []
        for clause in (c for c in node.named_children if c.type == "import_clause"):
            for part in clause.named_children:
                if part.type == "identifier":
                    default = doc.text(part)
                elif part.type == "named_imports":
                    for spec in part.named_children:
                        alias = spec.child_by_field_name("alias") or spec.child_by_field_name("name")
                        if alias is not None:
                            names.append(doc.text(alias))
        out.append(Import(doc.text(src)[1:-1], default, tuple(names), node))
    return out


def import_block_end(doc: Doc) -> int:
    """Where a new import line goes: at the start of the line after the last import, else after
    the leading directives ("use client"), else at the start of the file."""
    last: Node | None = None
    for node in doc.root.named_children:
        if node.type == "import_statement" or (last is None and node.type == "expression_statement"
                                                and node.named_child_count == 1
                                                and node.named_children[0].type == "string"):
            last = node
        elif node.type != "comment":
            break
    if last is None:
        return 0
    return line_end(doc.source, last.end_byte)


def default_export(doc: Doc) -> Node | None:
    """The node of the default-exported function (declaration, arrow, or a name exported later)."""
    named: str | None = None
    for node in doc.root.named_children:
        if node.type != "export_statement" or not any(c.type == "default" for c in node.children):
            continue
        decl = node.child_by_field_name("declaration") or node.child_by_field_name("value")
        if decl is not None and decl.type != "identifier":
            return decl
        if decl is not None:
            named = doc.text(decl)
    if named is None:
        return None
    for node in walk(doc.root):
        if node.type in ("function_declaration", "variable_declarator"):
            name = node.child_by_field_name("name")
            if name is not None and doc.text(name) == named:
                return node
    return None


# --- bytes -----------------------------------------------------------------------------------

def line_start(source: bytes, offset: int) -> int:
    return source.rfind(b"\n", 0, offset) + 1


def line_end(source: bytes, offset: int) -> int:
    """The offset just past the newline ending the line that holds ``offset``."""
    end = source.find(b"\n", offset)
    return len(source) if end < 0 else end + 1


def indent_at(source: bytes, offset: int) -> str:
    """The indentation of the line holding ``offset``."""
    start = line_start(source, offset)
    line = source[start:offset]
    return line[:len(line) - len(line.lstrip(b" \t"))].decode()


def only_space_before(source: bytes, offset: int) -> bool:
    return not source[line_start(source, offset):offset].strip()


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    text: bytes


def edit(start: int, end: int, text: str | bytes) -> Edit:
    return Edit(start, end, text.encode() if isinstance(text, str) else text)


def splice(source: bytes, edits: list[Edit]) -> bytes:
    """Apply non-overlapping byte-range replacements (inserts at one offset keep their order)."""
    ordered = sorted(enumerate(edits), key=lambda pair: (pair[1].start, pair[1].end, pair[0]))
    out: list[bytes] = []
    pos = 0
    for _, e in ordered:
        if not 0 <= e.start <= e.end <= len(source):
            raise ValueError(f"edit {e.start}..{e.end} lies outside the file ({len(source)} bytes)")
        if e.start < pos:
            raise ValueError(f"edits overlap at byte {e.start}")
        out += [source[pos:e.start], e.text]
        pos = e.end
    out.append(source[pos:])
    return b"".join(out)


# --- escaping --------------------------------------------------------------------------------

def jsx_text(text: str) -> str:
    """Text node content, escaped for JSX the way render.t() does (braces included)."""
    return html.escape(text, quote=False).replace("{", "&#123;").replace("}", "&#125;")


_JS_UNSAFE = re.compile("[\u2028\u2029\ud800-\udfff]")


def js_string(text: str, quote: str = '"') -> str:
    """A JS string literal: JSON's escaping, plus the line separators and lone surrogates JSON
    leaves raw (not valid in a string before ES2019, nor writable as UTF-8); in ``quote``."""
    double = _JS_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(text, ensure_ascii=False))
    if quote == '"':
        return double
    return "'" + double[1:-1].replace('\\"', '"').replace("'", "\\'") + "'"


_PLAIN_ATTR = re.compile(r"[^\"\\&<>{}\n\r\t]*")


def jsx_attr(text: str) -> str:
    """An attribute value: "x" when nothing in it needs escaping, else a {"…"} expression."""
    return f'"{text}"' if _PLAIN_ATTR.fullmatch(text) else "{" + js_string(text) + "}"
