"""The home page's heading or subtitle set to words typed to the request's end: "change the heading
to: proper tablet, made the way my gran made it", "change the big heading to say: no experience.
no excuses. just axes.".

The model copied such words up to their first comma or full stop ("Proper tablet"), and the
copy is the user's: after "to:", "to say" or "to read" the words run to the end of the request,
so they are taken whole, exact by construction.
"""

from __future__ import annotations

import re

from pydantic import ValidationError

from app.scaffold import notefit, openerfit, prose
from app.scaffold.plan import AddItems, AddSection, Plan, SetText, plan_to_json
from app.scaffold.pagename import HOME_WORDS, named_page
from app.scaffold.site import Site, norm_words

_OPEN = r"^\W*(?:(?:ok|okay|now|next|also|and|then|so|please|pls|can you|could you)[,.]?\s+){0,3}"
_WHICH = (r"(?:the\s+|my\s+|our\s+)?(?:(?:big|main|top|first|large|home\s*page|front\s*page|hero)\s+){0,2}"
          r"(?P<GROUP>heading|headline|title|sub-?heading|subtitle|sub-?title|tagline|slogan|strap\s?line)"
          r"(?:\s+(?:on|of)\s+(?:the\s+)?(?:home|front)(?:\s*page)?)?")
# "change the heading to: ...", "make the big heading say ...", "set the tagline to read: ...",
# "the heading should say: ..."; "to" alone only before a colon (else "to something warmer" is a wish).
_SET = re.compile(rf"{_OPEN}(?:(?:change|set|update|make|switch|reword)\s+{_WHICH.replace('GROUP', 'target')}\s+(?:(?:to\s+)?(?:say|read)\b(?:\s+exactly)?|to\s*(?=:)"
                  r"|to\s+(?=[\"“‘']|(?-i:[A-Z])(?!(?:something|anything)\b)))"  # "change headline to Grab a tub. Get wet."
                  # "Replace the main heading at the top of the home page with exactly: ..."
                  rf"|replace\s+{_WHICH.replace('GROUP', 'target4')}(?:\s+(?:at|on)\s+(?:the\s+)?top(?:\s+of\s+(?:the\s+)?(?:home|front)(?:\s*page)?)?)?"
                  r"\s+with\s+(?:exactly\b|(?=:)|(?=[\"“‘']))"
                  rf"|{_WHICH.replace('GROUP', 'target2')}\s+(?:should|could|needs?\s+to|to)\s+(?:(?:say|read)\b(?:\s+exactly)?"
                  r"|be\s+(?=[\"“‘']|(?-i:[A-Z])))"  # "heading should be Hollis Plumbing Ltd", not "should be bigger"
                  # "hero text: Clear ice. Sharp lines. Gone by morning."
                  r"|(?:the\s+)?(?:(?:hero|main|big|top)\s+)?(?P<target3>hero\s+text|heading|headline|tagline|subtitle|sub-?line|sub-?heading)(?:\s+(?:change|update))?\s*(?=:)"
                  # the line under the heading: "line under it: ...", "the text below the title should say ...",
                  # "Under the title please write: ...", "change home small text to '...'"
                  r"|(?:(?:the|a)\s+)?(?:(?:small|short)\s+)?(?:line|text|words|sentence)\s+(?:under(?:neath)?|below|beneath)"
                  r"(?:\s+(?:it|that|this|(?:the\s+)?(?:(?:big|main)\s+)?(?:title|heading|headline|name)))?\s*"
                  r"(?:(?:should|to|must|needs?\s+to)\s+(?:say|read|be)\b|(?=:))"
                  r"|(?:under(?:neath)?|below|beneath)\s+(?:it|that|(?:the\s+)?(?:(?:big|main)\s+)?(?:title|heading|headline|name))\s*,?\s*"
                  r"(?:(?:please\s+)?(?:write|put|add|say)\b|(?=:))"
                  r"|(?:change|set|make)\s+(?:the\s+)?(?:home\s*(?:page)?\s+)?(?:small|little)\s+(?:text|line)\s+(?:to\s+(?:say|read)?|say))"
                  r"\s*:?\s*(?P<words>\S.*)$",
                  re.IGNORECASE | re.DOTALL)
# Words that ask for more than the words themselves: "... and make it blue".
_MORE = re.compile(r"\b(?:and|then)\s+(?:make|change|put|add|set|remove|use|move)\b|\band\s+(?:the\s+)?(?:button|cta)\b|\b(?:colou?r|font|nav|menu|page)\b|"
                   r"\b(?:sub-?title|tagline|button|heading|headline|title|cta)\s*:",
                   re.IGNORECASE)
# What the request says to the app after the words: "change the heading to Welcome, thanks".
_THANKS_AFTER = re.compile(r"\s*[,.!]?\s*(?:thanks|thank\s+you|cheers|please|pls|ta)\W*$", re.IGNORECASE)
_TARGETS = {"heading": "title", "headline": "title", "title": "title", "hero text": "title"}
# The user's own words for the line they gave the hero; "heading" is the big text itself, and "under the
# headline" a place, not the line.
_HEADLINE_WORDS = re.compile(r"\b(?:head\s?lines?|slogan|tag\s?line|strap\s?line)\b", re.IGNORECASE)
_NAME_WORDS = re.compile(r"\b(?:title|name|big|main|top|under|underneath|below|beneath)\b", re.IGNORECASE)


def under_the_name(request: str, site: Site | None) -> bool:
    """Whether the headline the request speaks of is the home page's subtitle: where the hero's heading is
    the site's name, an opening prompt's headline went under it (``openerfit``), and "change the headline
    to ..." means those words, not the name (set as the heading, the name went and the old words stayed)."""
    home = site.page("/") if site is not None else None
    hero = next((s for s in home.sections if s.kind == "hero"), None) if home is not None else None
    return hero is not None and site is not None and norm_words(hero.heading) == norm_words(site.name) \
        and bool(_HEADLINE_WORDS.search(request)) and not _NAME_WORDS.search(request) \
        and norm_words(site.name) not in norm_words(request)


# "Headline: "Clear writing, accepted first time." Sub-headline: "Academic editing ..."", "Can the big headline say
# "Walk with the ghosts of Carrickfergus" and underneath "Not for the faint-hearted"?": the heading's words in
# quotes, then the line under it in quotes, and nothing after but the end of the request.
MAX_LEAD_WORDS = 10  # "On the front page can the big heading say ..."
_Q = r"(?:\"(?P<{0}a>[^\"]{{2,120}})\"|“(?P<{0}b>[^”]{{2,120}})”|(?<!\w)'(?P<{0}c>[^']{{2,120}})'(?!\w))"
_PAIR = re.compile(r"\b(?:heading|headline|title)\b[^\"“'\n]{0,40}?" + _Q.format("h") +
                   r"[^\"“'\n]{0,40}?\b(?:sub-?head(?:ing|line)?|sub-?title|sub-?line|tag\s?line|underneath|under\s+(?:it|that)|"
                   r"below(?:\s+(?:it|that))?|beneath(?:\s+(?:it|that))?)\b[^\"“'\n]{0,20}?" + _Q.format("s") +
                   # "... subline: '...' CTA button: 'Join the waitlist'": the button's label after them
                   r"(?:[\s.,;]*(?:and\s+)?(?:the\s+)?(?:(?:cta|hero|main)\s+)?button(?:\s+(?:text|label))?\s*(?::|-|to|says?)?\s*"
                   + _Q.format("b") + r")?"
                   r"[\s.?!]*(?:thanks?(?:\s+you)?|please|pls|cheers)?[\s.?!]*$", re.IGNORECASE)


def _pair(request: str) -> Plan | None:
    """The heading and the subtitle a request types in quotes, one after the other (``_PAIR``)."""
    found = _PAIR.search(request.strip())
    if found is None:
        return None
    said_before = re.split(r"(?<=[.!?])\s+", request.strip()[:found.start()].strip())
    if len(said_before[-1].split()) > MAX_LEAD_WORDS or any(len(s.split()) > notefit.MAX_ASIDE_WORDS for s in said_before[:-1]):
        return None  # "New site: Reel North Film Club. We screen ... Heading: '...'. Subtitle: '...'": an opener's
    heading, under, button = (next((found.group(f"{k}{v}") for v in "abc" if found.group(f"{k}{v}") is not None), None) for k in "hsb")
    try:
        return Plan(ops=[SetText(op="set_text", route="/", target="title", text=(heading or "").strip()),
                         SetText(op="set_text", route="/", target="subtitle", text=(under or "").strip()),
                         *([SetText(op="set_text", route="/", target="button", text=button.strip())] if button else [])])
    except ValidationError:
        return None


# "Heading: Castlemaine Lanes. Text: A volunteer project ...", "change the home page heading to Still Water Yoga
# and the text underneath to: ...", "THE TOP TO SAY Pass With Pete AND UNDERNEATH Patient, friendly ...": the
# heading's words after its label, then the line under it after its own label, typed bare to the end.
_HEAD = re.compile(r"(?<!\w)(?:(?:the|my|our)\s+)?(?:(?:main|big|top|large|hero|placeholder|home\s*page|home|front\s*page)\s+){0,2}"
                   # "the big title on home", "the main heading at the top of the home page"
                   r"(?:heading|headline|title)\b(?:\s+(?:at|on)\s+(?:the\s+)?top(?:\s+of\b)?)?(?:\s+(?:on|of)?\s*(?:the\s+)?(?:home|front)(?:\s*page)?)?"
                   r"|\b(?:home\s*page|homepage|front\s*page|the\s+top|top\s+of\s+(?:the\s+)?(?:home\s*page|homepage|front\s*page|home))"
                   r"\s+(?:(?:should|shoud|to|can|could|must|needs?\s+to)\s+)?"
                   r"(?:say|says|read|show)\b", re.IGNORECASE)
_ADDED = re.compile(r"\b(?:add|insert|new)\s+(?:(?:a|an|another|new|second)\s+)?$", re.IGNORECASE)  # "add a heading Alumni": a section
_SAYS = re.compile(r"(?:\s*(?::|-\s|–|\bto\s+(?:say|read)\b|\bto\b|\bwith\b|\bas\b|\bshould\s+(?:be|say|read)\b|\bsays?\b|"
                   r"\bsaying\b|\bis\b|\bexactly\b))*\s*", re.IGNORECASE)
_FILL = r"(?:(?:and|then|please|also)\s+)*(?:(?:change|set|replace|add|put|write|make)\s+)?(?:(?:the|a|an)\s+)?(?:(?:short|small|body|placeholder|intro|little)\s+)?"
# The line's label: a place under the heading after a space, or a name for it after a full stop, comma or "and".
_CUE = re.compile(r"(?:[.,;!]\s*|\s+(?:and|then)\s+|\s+)" + _FILL + r"(?:(?:text|line|words?|sub-?heading|sub-?title)\s+)?"
                  r"(?:under(?:neath)?|below|beneath)(?=[\s:,]|$)"
                  r"|(?:[.,;!]\s*|\s+(?:and|then|with)\s+)" + _FILL + r"(?:sub-?head(?:ing|line)?|sub-?title|tag\s?line|text|line|description)(?=[\s:,]|$)",
                  re.IGNORECASE)
_LEAD = re.compile(r"(?:\s+|[,:\-–]|(?:it|that|this|(?:the\s+)?(?:heading|title|name)|to\s+(?:say|read)|to|with|saying|says?|reads?|write|put|"
                   r"add|should\s+(?:be|say|read)|is|as|text|line|under(?:neath)?|below|beneath|the(?=\s+(?:text|line)\b)|"
                   r"a(?=\s+(?:short\s+)?(?:text|line)\b)|short)(?=[\s:,]|$))*", re.IGNORECASE)
# "..., and a code block showing luarocks install sabia": a further part the line would swallow.
_AND_A_PART = re.compile(r"\band\s+(?:a|an|some)\s+(?:\w+\s+)?(?:block|section|image|picture|photo|video|map|form|link|list|table)\b", re.IGNORECASE)
_A_PAGE = re.compile(r"\b(?!home\b|front\b|landing\b|main\b|top\b)[\w-]+\s+page\b|(?<![\w.])/[a-z]", re.IGNORECASE)  # another page's
MAX_HEADING_WORDS = 14
MAX_BUTTON_WORDS = 6
# The button's label after its own label, last: ", and the button to See our menu", ". Button: See projects",
# ", button View Batches", ". The button should say Meet our dogs."
_BUTTON_CUE = re.compile(r"(?:[.,;!]\s*|\s+(?:and|then|with|plus)\s+|\s*\n\s*)(?:(?:and|then|please|also)\s+)*(?:(?:change|set|make)\s+)?"
                         r"(?:(?:the|a)\s+)?(?:(?:cta|main)\s+)?button(?:\s+(?:text|label))?(?:\s+(?:under|below|beneath)\s+(?:it|that|this))?"
                         r"(?:\s+(?:(?:can|should|could|will|must)\s+)?"
                         r"(?:say|read|be)\b|\s+(?:saying|says|that\s+says|labell?ed|reading)\b|\s+to\b)?\s*:?\s*", re.IGNORECASE)
_BUTTONS = re.compile(r"\bbuttons\b|\b(?:two|2|second)\s+button", re.IGNORECASE)  # two labels: the model's to place
MAX_LINE = 120  # what a subtitle holds (``plan.Text``)
MAX_GREETING_WORDS = 16  # "Good day. I would like the home page to present me as a researcher."


def _labelled(request: str) -> Plan | None:
    """The home page's heading and the line under it, each typed bare after its label (``_HEAD``, ``_CUE``)."""
    said = request.strip()
    head = _HEAD.search(said)
    if head is None or _ADDED.search(said[:head.start()]) or _A_PAGE.search(said) or _BUTTONS.search(said):
        return None
    if _names_something(said[:head.start()]) or len(said[:head.start()].split()) > MAX_GREETING_WORDS:
        return None  # an opening prompt's facts before them ("New site: Reel North Film Club. ..."): the opener's to keep
    begin = _SAYS.match(said, head.end()).end()  # type: ignore[union-attr]
    closing = {"'": "'", '"': '"', "“": "”", "‘": "’"}.get(said[begin:begin + 1])
    shut = said.find(closing, begin + 1) if closing else -1
    cue = _CUE.search(said, shut + 1 if shut > 0 else begin)  # "to 'Finding what lies beneath since 1978'": a quote is whole
    if cue is not None and re.fullmatch(r"\s+(?:under(?:neath)?|below|beneath)", cue.group(0), re.IGNORECASE) \
            and re.search(r"\bexactly\b", said[head.end():begin], re.IGNORECASE):
        return None  # "... with exactly: Alphorn lessons under the Eiger": the words whole, "under" one of them
    press = _BUTTON_CUE.search(said, cue.end() if cue else begin)  # "..., and the button to See our menu."
    if cue is None or press is None and _A_BUTTON.search(said[cue.end():]) or _A_BUTTON.search(said[:cue.start()]):
        return None  # no line under the heading, or a button said where its label can't be told
    heading = prose.unquoted(said[begin:cue.start()].strip(" ,.;:-–"))
    # the line's own full stop, where the button's label follows it ("... Every pace. and the button to ...")
    rest = said[cue.end():(press.start() + (said[press.start()] in ".!?")) if press else len(said)]
    under = prose.unquoted(_THANKS_AFTER.sub("", rest[_LEAD.match(rest).end():]).strip(" ,;"))  # type: ignore[union-attr]
    label = prose.unquoted(_THANKS_AFTER.sub("", said[press.end():]).strip(" ,;.")) if press else ""
    if not heading or not under or len(heading.split()) > MAX_HEADING_WORDS or _MORE.search(under) or _HEAD.search(under) \
            or _AND_A_PART.search(under) or press is not None and (not label or len(label.split()) > MAX_BUTTON_WORDS):
        return None
    line, more = _split_line(under)
    try:
        return Plan(ops=[SetText(op="set_text", route="/", target="title", text=heading),
                         SetText(op="set_text", route="/", target="subtitle", text=line),
                         *([SetText(op="set_text", route="/", target="button", text=label)] if label else []),
                         *([AddSection(op="add_section", route="/", kind="text", text=more)] if more else [])])
    except ValidationError:
        return None  # longer than the hero holds: the model's to place


def _names_something(said: str) -> bool:
    """Whether ``said`` types a figure, or a capitalised word inside a sentence: the facts of an opening
    prompt ("New site: Reel North Film Club. We screen ..."), not a greeting before the heading's label."""
    for sentence in re.split(r"(?<=[.!?:])\s+", said):
        words = re.findall(r"[^\W\d_][\w'’-]*|\d", sentence)
        if any(w.isdigit() or (w[:1].isupper() and w != "I" and not w.isupper()) for w in words[1:]):
            return True
    return False


def _split_line(under: str) -> tuple[str, str]:
    """The whole sentences of ``under`` that fit the line under the heading, and the rest: a text below it."""
    sentences = re.split(r"(?<=[.!?])\s+", under)
    fit = 1
    while fit < len(sentences) and len(" ".join(sentences[:fit + 1])) <= MAX_LINE:
        fit += 1
    return " ".join(sentences[:fit]), " ".join(sentences[fit:])


# Words in quotes put under the site's title, in the request's last sentence: the hero's subtitle.
_UNDER_TITLE = re.compile(r"(?:^|(?<=[.!?])\s+)(?:(?:ok|okay|nvm|fine|then|so|just|please|pls)[,.!]?\s+)*(?:write|put|add|say)\s+"
                          r"['\"“‘](?P<q>[^'\"”’\n]{2,120})['\"”’]\s+(?:right\s+)?(?:under(?:neath)?|below|beneath)\s+(?:the\s+)?"
                          r"(?:(?:big|main|site)\s+)?(?:title|heading|headline|name)\W*$", re.IGNORECASE)

# The same, its words after a colon that ends the request: "Then only put this sentence in Arabic under the name on
# home: حلويات ست وداد - طرابلس".
_UNDER_COLON = re.compile(r"(?:^|(?<=[.!?])\s+)(?:(?:ok|okay|nvm|fine|then|so|just|only|please|pls)[,.!]?\s+)*(?:write|put|add|say)\s+"
                          # what is put: a line, a sentence, a greeting ("this sentence in Arabic"), or nothing said
                          r"(?:(?:(?:this|that|a|an|one|the|my|our|small|short|little|new)\s+)*(?:[a-z]+\s+)?"
                          r"(?:sentence|line|text|words|greeting|tagline|slogan|motto|phrase)(?:\s+in\s+[a-z]+)?\s+|(?:this|it)\s+)?"
                          r"(?:on\s+(?:the\s+)?home(?:\s*page)?\s+)?(?:right\s+)?(?:under(?:neath)?|below|beneath)\s+(?:the\s+)?(?:(?:big|main|site)\s+)?"
                          r"(?:title|heading|headline|name)(?:\s+(?:on|of)\s+(?:the\s+)?home(?:\s*page)?)?\s*:\s*(?P<q>[^\n]{2,120})$",
                          re.IGNORECASE)


def read(request: str, site: Site | None) -> Plan | None:
    """The home page's heading or subtitle set to the words the request types to its end, or both
    typed in quotes (``_pair``) or bare after their labels (``_labelled``); None when it sets neither so."""
    pair = _pair(request) or _labelled(request)
    if pair is not None:
        return pair
    under = _UNDER_TITLE.search(request.strip()) or _UNDER_COLON.search(request.strip())
    if under is not None:  # "ok nvm. just write 'used in 1,200+ servers' under the title"
        return Plan(ops=[SetText(op="set_text", route="/", target="subtitle", text=prose.unquoted(under.group("q").strip()))])
    found = _SET.match(request.strip())
    if found is None:
        return None
    words = found.group("words").strip()
    if words[-1:] == "." and prose.unquoted(words[:-1]) != words[:-1]:
        words = words[:-1]  # '"Seasonal flowers for unforgettable days".': the full stop is the request's
    words = prose.unquoted(_THANKS_AFTER.sub("", words))
    if not words or _MORE.search(words):
        return None
    words = words[:1].upper() + words[1:] if words.split(" ", 1)[0].isalpha() else words  # typed all in lower case
    said = found.group("target") or found.group("target2") or found.group("target3") or found.group("target4") or ""  # none: the line under it
    target = _TARGETS.get(said.lower().replace("-", ""), "subtitle")
    if target == "title" and under_the_name(request, site):
        target = "subtitle"
    try:
        return Plan(ops=[SetText(op="set_text", route="/", target=target, text=words)])  # type: ignore[arg-type]
    except ValidationError:
        return None  # longer than a heading holds: the model's to place


# What says a line goes under the heading: "underneath put a short line", "Below heading the text:", "Text under it".
_UNDER = re.compile(r"\b(?:under(?:neath)?|below|beneath|sub-?title|sub-?heading|second\s+line|tag\s?line)\b", re.IGNORECASE)
_A_BUTTON = re.compile(r"\b(?:buttons?|cta|call\s+to\s+action)\b", re.IGNORECASE)


def second_line(plan: Plan, request: str) -> Plan:
    """``plan`` with the home page's second line as its subtitle, where the model wrote it as a second
    heading (the two then touched the same place and the turn was refused: "heading 'Room 14 - Year 5'
    and text 'Welcome to ...'"), or as a button the request never named where it puts a line under
    the heading."""
    titles = [op for op in plan.ops if isinstance(op, SetText) and op.route == "/" and op.target == "title"]
    if any(isinstance(op, SetText) and op.route == "/" and op.target == "subtitle" for op in plan.ops):
        return plan
    second: SetText | None = titles[-1] if len(titles) >= 2 else None
    if second is None and _UNDER.search(request) and not _A_BUTTON.search(request):
        second = next((op for op in plan.ops if isinstance(op, SetText) and op.route == "/" and op.target == "button"), None)
    if second is None:
        return plan
    typed = openerfit.subtitle(request)  # the whole line as typed, where the model cut it at a comma
    text = typed if typed.casefold().startswith(second.text.casefold()) and len(typed) <= MAX_SUBTITLE else second.text
    return Plan(ops=[op.model_copy(update={"target": "subtitle", "text": text}) if op is second else op for op in plan.ops])


MAX_SUBTITLE = 200


# The heading quoted before what a new section holds: "Add 'Who we are' on the home page: Ingrid Solheim (owner), ...".
_QUOTED_LEAD = re.compile(r"^\W*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:add|put|create|make)\s+(?:a\s+|an\s+)?(?:section\s+)?"
                          r"(?:called\s+|titled\s+|named\s+)?[\"“‘'](?P<h>[^\"”’'\n]{2,40})[\"”’'](?:\s+section)?[^:\"“”‘’]{0,40}:\s*\S",
                          re.IGNORECASE)


def quoted_heading(plan: Plan, request: str) -> Plan:
    """``plan`` with the heading quoted before the colon given to the one section it adds without one, where no op
    holds those words already (the model wrote the people and left the heading out)."""
    found = _QUOTED_LEAD.match(request)
    adds = [op for op in plan.ops if isinstance(op, (AddItems, AddSection))]
    if found is None or len(adds) != 1 or adds[0].heading:
        return plan
    heading = found.group("h").strip()
    if any(norm_words(heading) in norm_words(plan_to_json(Plan(ops=[op]))) for op in plan.ops):
        return plan
    return Plan(ops=[op.model_copy(update={"heading": heading}) if op is adds[0] else op for op in plan.ops])


# A section's heading said as such: "Please put this on the front page under a heading Come and sew with us".
_UNDER_A_HEADING = re.compile(r"\b(?:under|with)\s+(?:a|the)\s+(?:heading|title|headline)\b", re.IGNORECASE)


def under_a_heading(plan: Plan, request: str, site: Site | None) -> Plan:
    """``plan`` with the hero's heading it sets to the words the request puts a note under ("Our meetings are Tuesdays
    13:00–16:00 ... Please put this on the front page under a heading Come and sew with us") as that note, under its
    heading, on that page: the hero keeps its heading and the note's own words are shown."""
    titles = [op for op in plan.ops if isinstance(op, SetText) and op.target == "title"]
    if len(titles) != 1 or not _UNDER_A_HEADING.search(request):
        return plan
    title = titles[0]
    routes = [p.route for p in site.pages] if site is not None else ["/"]
    given = notefit.note(request, lambda words: bool(HOME_WORDS.search(words)) or named_page(words, routes) is not None)
    if given is None or norm_words(given[0]) != norm_words(title.text):
        return plan
    try:
        section = AddSection(op="add_section", route=title.route, kind="text", heading=given[0], text=given[1])
    except ValidationError:
        return plan
    return Plan(ops=[section if op is title else op for op in plan.ops])
