"""The files a new project starts with: its home page, its name and navigation, its theme.

They are written once, by ``nxr new``; from then on the project's code is the truth and every
turn edits it in place (:mod:`app.scaffold.code`). Text goes into JSX as escaped text nodes and
into TypeScript as JSON strings, so no name can break the markup.
"""

from __future__ import annotations

import html
import json

from app.scaffold.site import Site, initial_site, welcome

FONTS = {
    "sans": 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    "serif": 'Georgia, Cambria, "Times New Roman", Times, serif',
    "mono": 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
    "rounded": 'ui-rounded, "SF Pro Rounded", "Hiragino Maru Gothic ProN", Quicksand, system-ui, sans-serif',
}


def t(text: str) -> str:
    """Text node content, escaped for JSX (braces included)."""
    return html.escape(text, quote=False).replace("{", "&#123;").replace("}", "&#125;")


def render_home(name: str) -> str:
    """The home page of a new project: its hero. Sections come later, through prompts, as components."""
    return "\n".join([
        "export default function Home() {", "  return (", "    <>",
        '      <section className="hero">', '        <div className="container">',
        f"          <h1>{t(name)}</h1>", f"          <p>{t(welcome(name))}</p>",
        "        </div>", "      </section>", "    </>", "  );", "}", ""])


def render_site_ts(site: Site) -> str:
    nav = ",\n".join(f"    {{ href: {json.dumps(n.href, ensure_ascii=False)}, label: {json.dumps(n.label, ensure_ascii=False)} }}"
                     for n in site.nav)
    return (
        "// The site's name and navigation: prompts edit this list in place, and so can you.\n"
        "export const site = {\n"
        f"  name: {json.dumps(site.name, ensure_ascii=False)},\n"
        f"  description: {json.dumps(site.description, ensure_ascii=False)},\n"
        f"  nav: [\n{nav}{',' if nav else ''}\n  ],\n"
        "};\n"
    )


def _on(color: str) -> str:
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return "#ffffff" if (0.299 * r + 0.587 * g + 0.114 * b) < 150 else "#111111"


def _mix(color: str, other: str, amount: float) -> str:
    c = [int(color[i : i + 2], 16) for i in (1, 3, 5)]
    o = [int(other[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * amount):02x}" for x, y in zip(c, o))


def derived_colours(primary: str, accent: str, background: str, foreground: str) -> dict[str, str]:
    """The theme's colours made from its four ("#rrggbb"): the text on the main colour, the sections' tint, the
    borders and the quiet text."""
    return {"--color-on-primary": _on(primary), "--color-surface": _mix(background, accent, 0.08),
            "--color-border": _mix(background, foreground, 0.15), "--color-muted": _mix(foreground, background, 0.35)}


def render_theme(site: Site) -> str:
    th = site.theme
    made = derived_colours(th.primary, th.accent, th.background, th.foreground)
    return (
        "/* The site's colours and fonts: prompts edit these variables in place, and so can you. */\n:root {\n"
        f"  --color-primary: {th.primary};\n  --color-on-primary: {made['--color-on-primary']};\n"
        f"  --color-accent: {th.accent};\n  --color-bg: {th.background};\n  --color-fg: {th.foreground};\n"
        f"  --color-surface: {made['--color-surface']};\n"
        f"  --color-border: {made['--color-border']};\n"
        f"  --color-muted: {made['--color-muted']};\n"
        f"  --font-body: {FONTS[th.font]};\n  --font-heading: {FONTS[th.heading_font or th.font]};\n"
        "  --radius: 10px;\n}\n"
    )


def initial_files(site_name: str) -> dict[str, str]:
    """The files of a brand-new project called ``site_name``; from then on its code is the truth."""
    site = initial_site(site_name)
    return {"lib/site.ts": render_site_ts(site), "app/theme.css": render_theme(site), "app/page.tsx": render_home(site_name)}
