"""Render the site model into files: page components, the nav data, the theme.

Every generated file is a pure function of the ``Site``; the renderer never
reads the disk. Text goes into JSX as escaped text nodes and into attributes
as JSON strings, so no user or model text can break the markup.
"""

from __future__ import annotations

import html
import json

from app.scaffold.site import SITE_FILE, Page, Section, Site, dump_site, initial_site

FONTS = {
    "sans": 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    "serif": 'Georgia, Cambria, "Times New Roman", Times, serif',
    "mono": 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
    "rounded": 'ui-rounded, "SF Pro Rounded", "Hiragino Maru Gothic ProN", Quicksand, system-ui, sans-serif',
}


def t(text: str) -> str:
    """Text node content, escaped for JSX (braces included)."""
    return html.escape(text, quote=False).replace("{", "&#123;").replace("}", "&#125;")


def a(text: str) -> str:
    """An attribute value as a JSX expression."""
    return "{" + json.dumps(text, ensure_ascii=False) + "}"


def page_file(route: str) -> str:
    return "app/page.tsx" if route == "/" else f"app{route}/page.tsx"


def _button(label: str, href: str, indent: str) -> list[str]:
    if not label:
        return []
    target = href or "/"
    if target.startswith("/") and not target.startswith("//"):
        return [f'{indent}<Link className="button" href={a(target)}>{t(label)}</Link>']
    return [f'{indent}<a className="button" href={a(target)}>{t(label)}</a>']


def _title(section: Section, tag: str = "h2", cls: str = "section-title") -> list[str]:
    if not section.heading:
        return []
    return [f'        <{tag} className="{cls}">{t(section.heading)}</{tag}>']


def _pairs(section: Section) -> list[str]:
    """Items as a two-column list: hours and their times, products and their prices, contact details."""
    lines = ['        <dl className="list">']
    for item in section.items:
        lines += ['          <div className="list-row">', f"            <dt>{t(item.title)}</dt>",
                  f"            <dd>{t(item.text)}</dd>", "          </div>"]
    return lines + ["        </dl>"]


def render_section(section: Section, index: int) -> list[str]:
    sid = f"{section.kind.replace('_', '-')}-{index}"
    open_ = f'    <section className="section {section.kind.replace("_", "-")}" aria-labelledby="{sid}">'
    k = section.kind
    heading_id = f' id="{sid}"'
    lines: list[str] = []
    if k == "hero":
        lines = ['    <section className="hero">', '      <div className="container">']
        lines.append(f"        <h1>{t(section.heading)}</h1>")
        if section.text:
            lines.append(f"        <p>{t(section.text)}</p>")
        lines += _button(section.button_label, section.button_href, "        ")
        return lines + ["      </div>", "    </section>"]
    lines = [open_, '      <div className="container">']
    head = _title(section)
    if head:
        head[0] = head[0].replace("<h2 ", f"<h2{heading_id} ", 1)
    else:
        lines[0] = lines[0].replace(f' aria-labelledby="{sid}"', f' aria-label={a(k.replace("_", " "))}')
    lines += head
    if k == "list":
        lines += _pairs(section)
    elif k == "team":
        lines.append('        <div className="grid">')
        for item in section.items:
            lines += ['          <article className="card person">', f"            <h3>{t(item.title)}</h3>",
                      f"            <p>{t(item.text)}</p>", "          </article>"]
        lines.append("        </div>")
    elif k in ("features", "testimonials"):
        lines.append('        <div className="grid">')
        for item in section.items:
            if k == "features":
                lines += ['          <article className="card">', f"            <h3>{t(item.title)}</h3>",
                          f"            <p>{t(item.text)}</p>", "          </article>"]
            else:
                lines += ['          <figure className="card testimonial">',
                          f"            <blockquote>{t(item.text)}</blockquote>",
                          f"            <figcaption>{t(item.title)}</figcaption>", "          </figure>"]
        lines.append("        </div>")
    elif k == "pricing":
        lines.append('        <div className="grid">')
        for tier in section.tiers:
            cls = "card featured" if tier.highlighted else "card"
            lines += [f'          <article className="{cls}">', f"            <h3>{t(tier.name)}</h3>",
                      f'            <p className="price">{t(tier.price)}</p>', "            <ul>"]
            lines += [f"              <li>{t(f)}</li>" for f in tier.features]
            lines += ["            </ul>", "          </article>"]
        lines.append("        </div>")
    elif k == "faq":
        for item in section.items:
            lines += ["        <details>", f"          <summary>{t(item.title)}</summary>",
                      f"          <p>{t(item.text)}</p>", "        </details>"]
    elif k == "contact":
        if section.text:
            lines.append(f'        <p className="text-block">{t(section.text)}</p>')
        if section.items:  # the address, phone, email the user gave
            lines += _pairs(section)
        lines += [
            '        <form method="post" action="/api/contact">',
            '          <label>Name<input name="name" autoComplete="name" required /></label>',
            '          <label>Email<input name="email" type="email" autoComplete="email" required /></label>',
            '          <label>Message<textarea name="message" rows={5} required /></label>',
            f'          <button className="button" type="submit">{t(section.button_label or "Send")}</button>',
            "        </form>",
        ]
    elif k == "image_text":
        lines += ['        <div className="split">',
                  f'          <div className="placeholder" role="img" aria-label={a(section.heading or "Illustration")} />',
                  f"          <p>{t(section.text)}</p>", "        </div>"]
    elif k == "cta":
        if section.text:
            lines.append(f"        <p>{t(section.text)}</p>")
        lines += _button(section.button_label, section.button_href, "        ")
    else:  # text
        lines += [f'        <p className="text-block">{t(p)}</p>' for p in section.text.split("\n\n") if p]
    return lines + ["      </div>", "    </section>"]


def render_page(page: Page, site: Site) -> str:
    body: list[str] = []
    starts_with_hero = bool(page.sections) and page.sections[0].kind == "hero"
    if not starts_with_hero:
        body += ['    <section className="page-header container">', f"      <h1>{t(page.title)}</h1>", "    </section>"]
    for i, section in enumerate(page.sections):
        body += render_section(section, i)
    head: list[str] = []
    if page.route != "/":  # the home page keeps the layout's default title (the site name)
        head.append('import type { Metadata } from "next";')
    if any("<Link " in line for line in body):
        head.append('import Link from "next/link";')
    if page.route != "/":
        head += ["", f"export const metadata: Metadata = {{ title: {json.dumps(page.title, ensure_ascii=False)} }};"]
    if head:
        head.append("")
    fn = "Home" if page.route == "/" else "".join(w.capitalize() for w in page.route.strip("/").replace("/", "-").split("-")) + "Page"
    return "\n".join(head + [f"export default function {fn}() {{", "  return (", "    <>"]
                     + ["  " + line for line in body] + ["    </>", "  );", "}", ""])


def render_site_ts(site: Site) -> str:
    nav = ",\n".join(f"    {{ href: {json.dumps(n.href, ensure_ascii=False)}, label: {json.dumps(n.label, ensure_ascii=False)} }}"
                     for n in site.nav)
    return (
        "// Written by Avery NXR from .nxr/site.json: edit through prompts, or edit freely and keep the shape.\n"
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


def render_theme(site: Site) -> str:
    th = site.theme
    return (
        "/* Written by Avery NXR from .nxr/site.json (theme). */\n:root {\n"
        f"  --color-primary: {th.primary};\n  --color-on-primary: {_on(th.primary)};\n"
        f"  --color-accent: {th.accent};\n  --color-bg: {th.background};\n  --color-fg: {th.foreground};\n"
        f"  --color-surface: {_mix(th.background, th.accent, 0.08)};\n"
        f"  --color-border: {_mix(th.background, th.foreground, 0.15)};\n"
        f"  --color-muted: {_mix(th.foreground, th.background, 0.35)};\n"
        f"  --font-body: {FONTS[th.font]};\n  --font-heading: {FONTS[th.heading_font or th.font]};\n"
        "  --radius: 10px;\n}\n"
    )


def render_site(site: Site) -> dict[str, str]:
    """Every generated file, by project-relative POSIX path."""
    files = {SITE_FILE: dump_site(site), "lib/site.ts": render_site_ts(site), "app/theme.css": render_theme(site)}
    for page in site.pages:
        files[page_file(page.route)] = render_page(page, site)
    return files


def initial_files(site_name: str) -> dict[str, str]:
    """The generated files of a brand-new project called ``site_name``."""
    return render_site(initial_site(site_name))
