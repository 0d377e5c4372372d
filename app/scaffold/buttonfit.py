"""A button's label and link, read from the words the request types for them: "Kindly change button to
Enquire now", "home button should say RSVP now instead", "change the home page button from "Join the club"
to "Become a member"", "button -> 'github' linking to https://github.com/lbrandt", "Button on home should
link to /projects", "make the RSVP button email us at kaylaandmarcus2027@gmail.com".

The model cut labels short ("Enquire", "RSVP"), set the button to the old label and the heading to the new
one, and has no slot for where a button goes. A request that names one button and types its label or its
target is read here: alone, as the whole plan (``read``); beside other parts, as the model's button op
corrected (``fitted``). Two buttons ("buttons", "second button") stay the model's to place.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import ValidationError

from app.scaffold import explicit, themewords
from app.scaffold.contactswap import phones
from app.scaffold.pagename import could_be_a_name
from app.scaffold.plan import AddPage, AddSection, Decline, Plan, SetText
from app.scaffold.site import CONTACT_PLACEHOLDERS, Site, norm_words, page_named, shown_text, slug

_Q_OPEN, _Q_CLOSE = "[\"“‘']", "[\"”’']"
# The button named: "button", "the home page button", "button text", "the RSVP button", "cta".
_BUTTON = r"\b(?:button|cta)(?:\s+(?-i:text|label|wording)\b)?"  # not "button Text Me For A Quote": the label's own word
# Where an unquoted label ends: its clause, or words that are not the label's ("instead", "linking to ...").
_END = (r"(?=\s*(?:[.!?;\n]|,|$|->|→)|\s+(?:at|on|in)\s+(?:the\s+)?(?:very\s+)?(?:top|home\s*page|homepage|front\s+page)\b\s*(?:[.!?;,]|$)|"
        r"\s+(?:instead|then|please|pls|plz|thanks?|thank\s+you|with\s+(?:the\s+|an?\s+)?(?:href|url|link)|"
        r"(?:that\s+|which\s+|and\s+)?(?:links?|linking|goes|go|going|points?|pointing|leads?|brings?|takes?)\s+(?:\w+\s+)?to|"
        r"(?:that\s+|which\s+|and\s+)opens?\s+(?=\S+\.\w)|"
        r"(?:with|and)\s+(?:(?:my|our|the|a)\s+)?(?:phone|mobile|cell|whats\s?app)?\s*(?:number|phone|mobile|cell)\b|"
        r"and(?=\s+(?:put|make|add|keep|move|link|change|set|then|also|remove|update|use|it|the|on|go|goes|bring|"
        r"take|send|open|point|lead|when|if|so|ring|call|dial|have|get|let|make|can|could|would|will)\b))\b)")
# Where the button is, said after it: "on the home page", "of home", "in the front page".
# "button home write ..." too; "on the homepage", "on top"
_ON = (r"(?:\s+(?:(?:on|of|in|at|up)\s+(?:the\s+)?)?(?:home\s*page|home|front|main|landing|start|top)(?:\s+(?:page|of\s+(?:the\s+)?home(?:\s*page)?))?"
       r"|\s+(?:on|in|at)\s+(?:the\s+|my\s+|our\s+)?(?:[\w'’&-]+\s+){1,3}page\b)?")  # "on the Show page": ``page_of``
_LABEL = rf"(?:exactly\s+)?(?:{_Q_OPEN}(?P<q>[^\"“”‘’'\n]{{1,40}}){_Q_CLOSE}|(?P<bare>[A-Za-z0-9#@][^\n.!?;,]{{0,39}}?){_END})"
_LABELS = [
    # "change the home button from RSVP details to Travel info", "Kindly change button to Enquire now"
    re.compile(rf"{_BUTTON}{_ON}\s+(?:from\s+(?P<old>{_Q_OPEN}[^\"“”‘’'\n]{{1,40}}"
               rf"{_Q_CLOSE}|[^\n.!?;,]{{1,40}}?)\s+)?to\s+(?:(?:say|read)\b\s*:?\s*)?{_LABEL}", re.IGNORECASE),
    # "home button → Works page, text See my works": the label after what the button goes to
    re.compile(rf"\b(?:button|cta)\b[^.!?\n]{{0,60}}?,\s*(?:the\s+)?(?:text|label|wording)\s*[:=]?\s*{_LABEL}", re.IGNORECASE),
    # "home button should say RSVP now instead", "button can read Book a table", "make the button say Book now"
    re.compile(rf"{_BUTTON}{_ON},?\s+(?:please\s+)?(?:it\s+)?"
               rf"(?:should|shud|shld|can|could|must|will|needs?\s+to)(?:\s+it)?\s+(?:just\s+|now\s+)?"
               # "be" a label typed quoted or capitalised ("should be Book now"), not a look ("should be red", "bigger")
               rf"(?:say|read|show|be(?=\s*:?\s*(?:{_Q_OPEN}|(?-i:[A-Z0-9]))))\b\s*:?\s*{_LABEL}",
               re.IGNORECASE),
    # "The button on home page, please make it say See our breads", "change the button so it says See the details"
    re.compile(rf"{_BUTTON}{_ON},?\s+(?:please\s+)?(?:make\s+it|so\s+(?:that\s+)?it)\s+"
               rf"(?:say|read)s?\b\s*:?\s*{_LABEL}", re.IGNORECASE),
    # "Can the button on home page say "See our menu"", "The button please say ...", "the button now say ..."
    re.compile(rf"{_BUTTON}{_ON}\s+(?:please\s+)?(?:now\s+)?(?:say|read)s?\b\s*:?\s*{_LABEL}", re.IGNORECASE),
    # "button home write 'Find us on Facebook' link facebook.com/..."
    # "The button please write Reserve a class ...", "The button on home, write See our bread and it go to ..."
    re.compile(rf"{_BUTTON}{_ON},?\s+(?:please\s+|pls\s+)?(?:write|put)\s*:?\s*{_LABEL}", re.IGNORECASE),
    # "the home page button should go to the Work page and say see my work"
    re.compile(rf"{_BUTTON}{_ON}\s+(?:should|must|will|can|needs?\s+to)\s+(?:go|link|point|lead)\s+to\s+[^.!?\n]{{1,60}}?\s+and\s+"
               rf"(?:say|read)\s*:?\s*{_LABEL}", re.IGNORECASE),
    # "a button on the home page that says See the schedule", "a button labeled See the schedule"
    re.compile(rf"{_BUTTON}{_ON}\s+(?:(?:that|which)\s+(?:says|reads)|says|saying|reads|reading|label+ed|called|with\s+(?:the\s+)?(?:text|label|words?))\s*:?\s*{_LABEL}",
               re.IGNORECASE),
    # "The button on the home page: text must be View Works"
    re.compile(rf"{_BUTTON}{_ON}\s*[:,]?\s+(?:the\s+|its\s+)?(?:text|label|wording)\s+(?:(?:must|should|will|needs\s+to)\s+)?"
               rf"(?:be|say|read|:|=)\s*:?\s*{_LABEL}", re.IGNORECASE),
    # "Button on home should go to /contact, and change the text to "Book on WhatsApp"" (the button named before)
    re.compile(rf"{_BUTTON}\b.{{0,80}}?\b(?:change|set|make)\s+(?:the\s+|its\s+)?(?:text|label|wording)\s+(?:to\s+)?"
               rf"(?:(?:say|read)\b\s*:?\s*)?{_LABEL}", re.IGNORECASE | re.DOTALL),
    # "the button See our breads on home must go to the breads page": the label between the button and where it goes
    re.compile(rf"{_BUTTON}\s+(?:{_Q_OPEN}(?P<q>[^\"“”‘’'\n]{{1,40}}){_Q_CLOSE}|(?P<bare>(?-i:[A-Z])[^\n.!?;,(]{{0,39}}?))"
               r"(?=\s+(?:on\s+(?:the\s+)?(?:home|front|main|landing)(?:\s+page)?\s+)?(?:must|should|needs?\s+to|will|can)\s+"
               r"(?:go|link|take|point|lead|open|bring|send)\b|\s*(?:->|→))", re.IGNORECASE),  # "cta button 'Get the app' -> /download"
    # "button on home Join the club, goes to a Join page": the label, then where it goes
    re.compile(rf"{_BUTTON}{_ON}\s+(?P<bare>(?-i:[A-Z])[^\n.!?;,]{{0,39}}?)(?=\s*,?\s*(?:(?:that|which|and|it)\s+)?"
               r"(?:goes|links|leads|takes|points|opens)\s+(?:\w+\s+)?to\b)", re.IGNORECASE),
    # "button -> 'github'", "button: Book now", "button saying Book now"
    re.compile(rf"{_BUTTON}{_ON}\s*(?:->|→|=|:|\s+saying|\s+that\s+says)\s*{_LABEL}", re.IGNORECASE),  # "button on start page: ..."
    # "put a big button on home 'See the Programme' that goes to the programme page"
    re.compile(rf"{_BUTTON}{_ON}\s*:?\s*{_Q_OPEN}(?P<q>[^\"“”‘’'\n]{{1,40}}){_Q_CLOSE}", re.IGNORECASE),
    # "put a button to our google form then https://forms.gle/... text 'Join the club'": its label typed last, after "text"
    re.compile(rf"{_BUTTON}\b[^'\"“‘\n]{{0,160}}?\s(?:text|label|saying|says|reading)\s*:?\s*{_Q_OPEN}(?P<q>[^\"“”‘’'\n]{{1,40}}){_Q_CLOSE}[\s.!]*$",
               re.IGNORECASE),
    # "home page button text 'Get early access', href /waitlist"
    re.compile(rf"\b(?:button|cta)\s+(?:text|label|wording)\s*[:=]?\s*{_Q_OPEN}(?P<q>[^\"“”‘’'\n]{{1,40}}){_Q_CLOSE}", re.IGNORECASE),
    # "could the "RSVP Details" button go to a page called ...": the button named by its label, which stays
    re.compile(rf"{_Q_OPEN}(?P<q>[^\"“”‘’'\n]{{1,40}}){_Q_CLOSE}\s+{_BUTTON}", re.IGNORECASE),
    # "add button App Hendrik with my number +31 6 2345 6789": a new button's label typed after it, capitalised
    re.compile(rf"\b(?:add|put|place|create)\s+(?:(?:a|an|one)\s+)?(?:[a-z]+\s+)?{_BUTTON}{_ON}\s*:?\s+"
               rf"(?P<bare>(?-i:[A-Z])[^\n.!?;,]{{0,39}}?){_END}", re.IGNORECASE),
    # "add an App Store download button in the hero", "fine. big Call Now button on top": a new button's label typed before
    # it, capitalised
    re.compile(r"(?:\b(?:add|put|place|create)\s+|(?:^|[.!?]\s+)(?=(?:a\s+|an\s+)?(?:big|large|bright|bold|huge)\s))(?:(?:a|an|one)\s+)?"
               r"(?:(?:big|large|small|little|nice|bright|bold|huge)\s+)?"
               r"(?P<bare>(?-i:[A-Z])[\w'’&]*(?:\s+(?:(?:a|an|the|of|for|to|and|&|on|in|my|"
               r"our|your|us|me)\s+)?(?-i:[A-Z])[\w'’&]*){0,4})"  # "add a Get a Quote button"
               rf"(?:\s+download)?\s+{_BUTTON}\b"),
]
# What says the words after "button ... to" are its label: a verb of changing before it, "from" an old label, "to say".
_SETS_LABEL = re.compile(r"\b(?:change|chnage|set|make|update|rename|switch|edit|want|need|like|turn|get)\w*\b.*\b(?:button|cta)"
                         r"|\bfrom\b|\bto\s+(?:say|read)\b", re.IGNORECASE | re.DOTALL)
_BESIDE_IT = re.compile(r"\b(?:under(?:neath)?|below|beneath|above|over|next\s+to|beside|after|before)\s+(?:the\s+)?(?:home\s+)?$",
                        re.IGNORECASE)
_A_NEW_BUTTON = re.compile(r"\badd\s+(?:a|an|another|one\s+more|two|2)\s+(?:\w+\s+)?buttons?\b|\b(?:every|each)\s+\w+", re.IGNORECASE)
_UNDER_IT = re.compile(r"\b(?:under(?:neath)?|below|beneath)\s+(?:the\s+)?(?:home\s+)?(?:button|cta)\b", re.IGNORECASE)
_TWO = re.compile(r"\bbuttons\b|\b(?:two|2|second|other|both)\s+(?:\w+\s+)?buttons?\b", re.IGNORECASE)
# Where the button goes, said right before it: "linking to URL", "should link to /projects", "go to /projects",
# "take people to ...", "email us at X" (a mailto link); not an email typed to show ("add X below it").
# A domain alone is a target after words that say it is one ("link eisenwald.bandcamp.com"), never an email's.
_TARGET = (r"(?P<t>https?://\S+|(?<![\w.])/[a-z0-9][\w/-]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|"
           r"(?<![\w.@-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/\S*|(?![\w.@-])))")
_GOES_TO = re.compile(r"(?:\b(?:link(?:s|ing|ed)?|go(?:es|ing)?|point(?:s|ing)?|take\s+(?:people|you|them|visitors)|open(?:s|ing)?|"
                      r"send(?:s|ing)?\s+(?:people|you|them|visitors))\s+(?:it\s+|this\s+|that\s+|(?:the\s+)?(?:main\s+|hero\s+)?(?:button|cta)\s+)?"
                      r"(?:an?\s+(?:e-?)?mail\s+)?(?:straight\s+)?(?:to|at)\s+"  # "link the button to https://..."
                      # "goes to whatsapp https://wa.me/...", "go to Google map: https://...": what the address is, before it
                      r"(?:(?:[\w'’]+\s+){0,2}[\w'’]+\s*:?\s+(?=https?://))?"
                      r"(?:(?:the|a|an)\s+(?:(?:new\s+)?page\s+)?)?(?:mailto:)?"
                      r"|\blink(?:s|ing|ed)?\s*[:=]?\s+|\bhref\s*[:=]?\s*|(?:->|→)\s*"
                      # "Add a button "Become a volunteer" with email benevoles@...": what it opens, said after "with"
                      r"|\bwith\s+(?:(?:the|an?|my|our)\s+)?(?:e-?mail(?:\s+address)?|link|url)\s*:?\s+(?:mailto:)?(?=[\w.+-]+@[\w-]+\.|https?://)"
                      r"|\bopen(?:s|ing)?\s+(?:mailto:)?(?=[\w.+-]+@[\w-]+\.|https?://))" + _TARGET  # "that opens mailto:beta@..."
                      # "email us at X", "an email to X"; not "and email X" (an address typed to show)
                      # ... "a button ... that emails X"
                      + r"|\be-?mail(?:s|ing)?\s+(?:(?:us|me|them)\s+(?:at\s+|on\s+)?|(?:at|to)\s+|(?<=\bthat\semails\s)|(?<=\bwhich\semails\s))(?P<mail>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)",
                      re.IGNORECASE)
# A page of the site said as the button's target: "go to a new page called Our Breads", "bring you to the Adopt
# page", "link it to an RSVP page that just says Please reply by August 1st".
_PAGE_NAME = r"['\"“‘]?(?P<{g}>[A-Za-z0-9][\w'’&]*(?:[ \t]+[A-Za-z0-9&][\w'’&]*){{0,3}}?)['\"”’]?"
_TO_PAGE = re.compile(r"(?:\b(?:(?:go|bring|take|send|link|lead|point)(?:s|es|ing)?)(?:\s+(?:you|people|them|"
                      r"visitors|users|it|guests))?\s+(?:straight\s+)?to|\bopen(?:s|ing)?|(?:->|→)(?!\s*[\"“‘'])(?:\s+(?:go(?:es)?|links?)\s+to)?)\s+(?:(?:(?:(?:a|an)\s+)?new\s+page|(?:a|an)\s+page)\s+(?:(?:called|named)\s+)?"
                      + _PAGE_NAME.format(g="new") + r"(?=\s*(?:[.!?,;\n(]|$)|\s+(?:that|which|with|please|and|where|for|so|at(?=\s+/))\b)"
                      r"|(?:the|an?|my|our)\s+(?:new\s+)?(?!new\s+page\b)" + _PAGE_NAME.format(g="page") + r"\s+page\b"
                      # "go to the Shop", "take people to membership", "it go to Contact page", "home button → Works
                      # page": a page the site has (an arrow before a quote is the label's: "button -> 'Come run with us'")
                      r"|(?:the\s+)?" + _PAGE_NAME.format(g="have") + r"(?:\s+page)?"
                      r"(?=\s*(?:[.!?,;\n]|$)|\s+(?:please|pls|and|when|so|too|instead|thanks?)\b))", re.IGNORECASE)
# "a big button on home 'Register now' to the register page": the page right after the quoted label
_LABEL_TO_PAGE = re.compile(rf"{_Q_CLOSE}\s+to\s+(?:the|my|our)\s+" + _PAGE_NAME.format(g="page") + r"\s+page\b", re.IGNORECASE)
# What the new page holds (not the home page's button: "a button on the home page that says Volunteer with us"): "a page
# that just says ...", "a page called "RSVP" that says: ...", "On the RSVP page just put: ...",
# "... and open the Contact page. Contact page: Lane 6, Koregaon Park".
_PAGE_SAYS = re.compile(r"(?:(?<!home )(?<!front )(?<!main )(?<!landing )\bpage(?:\s+(?:called|named)\s+['\"“‘]?[\w'’&]+(?:[ \t][\w'’&]+){0,2}['\"”’]?)?\s+(?:that|which)\s+"
                        r"(?:just\s+|only\s+)?(?:says?|reads?)|\bon\s+(?:the|that)\s+(?:new\s+)?(?!(?:home|front|main|landing|start)\b)(?:[\w'’&]+\s+){0,3}"
                        r"page(?:,?\s+(?:please\s+)?(?:just\s+|only\s+)?(?:put|write)\b|\s*:)"
                        r"|(?:^|(?<=[.!?\n]))\s*(?:the\s+)?(?:new\s+)?(?!(?:home|front|main|landing|start|button|cta)\b)[\w'’&]+(?:[ \t][\w'’&]+){0,2}"
                        r"\s+page(?:\s+(?:says|should\s+say))?\s*:)"  # "join page says: subs £25 a term, ..."
                        r"\s*:?\s*(?P<says>\S.{1,300}?)\s*$",
                        re.IGNORECASE | re.DOTALL)
# Where the page's words end when the request goes on to the button: "... that just says Please RSVP by April 1
# and make the home button say RSVP and link there".
_THEN_BUTTON = re.compile(r"\s*,?\s+(?:and|then)\s+(?:(?:please\s+)?(?:make|have|set|change|let|put|update)\s+)?(?:the\s+)?"
                          r"(?:(?:home|front|main)\s+(?:page\s+)?)?(?:button|cta)\b.*$", re.IGNORECASE | re.DOTALL)
# The button sent to the page the same request makes: "make an RSVP page ... and make the button link there".
_THERE = re.compile(r"\b(?:link(?:s|ing)?|go(?:es)?|leads?|points?)\s+(?:it\s+)?(?:there|to\s+(?:it|that(?:\s+page)?))\b",
                    re.IGNORECASE)
_MADE_PAGE = re.compile(r"\b(?:make|create|add|set\s+up)\s+(?:a|an)\s+(?:new\s+)?(?:page\s+(?:called|named)\s+)?"
                        + _PAGE_NAME.format(g="new") + r"(?:\s+page)?(?=\s+(?:that|which|with|saying)\b|\s*[:,.])", re.IGNORECASE)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# What a request about the button alone may say beside it.
_FILLER = frozenset(norm_words(
    "please kindly pls plz thanks thank you very much last one thing lastly finally ok okay then actually also just "
    "on home page the a from button text label link should it can could you hi hello sorry and is that alright fine "
    "one more so oh now instead change make set update our main top hero cta in must needs need has have will would "
    "say says saying read reads reading no worries all good great cool perfect nice lovely fine awesome sure of default current existing "
    "placeholder generic write put add big large nice bright prominent clear homepage frontpage front at up very download").split())


def _label(request: str) -> tuple[str, str] | None:
    """The button's new label and the old one the request names ("" where it names none)."""
    if _TWO.search(request):
        return None
    for pattern in _LABELS:
        m = pattern.search(request)
        said = m.groupdict() if m is not None else {}  # a pattern's label is quoted ("q"), bare, or either
        if m is None or pattern is _LABELS[0] and not _SETS_LABEL.search(request[:m.start()] + m.group(0)) and not said.get("q"):
            continue  # "Button to automatic translate every page": no label, where nothing says it is one
        if _BESIDE_IT.search(request[:m.start()]):
            return None  # "add under the button: 24hr emergency line ...": words beside the button, not its label
        label = (said.get("q") or said.get("bare") or "").strip()
        old = (m.group("old") or "") if "old" in pattern.groupindex else ""
        if label and not _EMAIL.fullmatch(label) and not label.startswith(("http", "/")):
            return label, old.strip("\"“”‘’' ")
    return None


# A button that rings a number when tapped: "ring the number when u tap it", "call now and ring 07700 900412",
# "add button App Hendrik with my number +31 6 2345 6789", "Add button 'Send us a message' and phone +47 912 34 567".
_CALLS = re.compile(r"\b(?:ring|call|dial)(?:s|ing)?\s+(?:the\s+number|(?:us|me|it|now|today)\b|(?=\+?\d))|\btap(?:s|ped)?\s+to\s+call\b"
                    r"|\b(?:with|and)\s+(?:(?:my|our|the|a)\s+)?(?:phone|mobile|cell)?\s*(?:number|phone|mobile|cell)\b"
                    # "button 'Order pickup on WhatsApp' number 0722 418 906", "a button ... that shows our number +47 ...",
                    # "phone 0408 223 571 and a big 'Call Darren' button"
                    r"|\b(?:(?:shows?|showing|displays?)\s+(?:(?:my|our|the|a)\s+)?(?:phone\s+)?)?number\s*:?\s*(?=\+?\d)"
                    r"|(?<=[\"“‘'])(?:call|ring|phone)\s+(?-i:[A-Z])",
                    re.IGNORECASE)


# A button that opens a WhatsApp chat: "The button should read 'Chat us on WhatsApp' and the number is +234 803 555 0142".
_WHATSAPP = re.compile(r"\bwhats\s?app\b", re.IGNORECASE)


def _tel(request: str, site: Site | None = None) -> str:
    """A tel: link to the one phone number the request types, where it says the button calls it; else, for "ring
    the number", the one the site shows."""
    numbers = sorted(phones(request))
    if not numbers and site is not None and re.search(r"\b(?:the|my|our)\s+(?:(?:phone\s+|mobile\s+)?number|phone|mobile)\b", request, re.IGNORECASE):
        numbers = sorted(phones(shown_text(site)) - CONTACT_PLACEHOLDERS)
    digits = re.sub(r"\D", "", numbers[0]) if len(numbers) == 1 else ""
    # an international number, its "+" typed or not ("number 233244187730": no local number has 11 digits and no 0 first)
    if _WHATSAPP.search(request) and digits and (numbers[0].lstrip().startswith("+") or len(digits) >= 11 and digits[0] != "0"):
        return "https://wa.me/" + digits  # a chat link
    if not _CALLS.search(request) or len(numbers) != 1:
        return ""
    return "tel:" + re.sub(r"[^\d+]", "", numbers[0])  # "(559) 555-0143" is dialled as its digits


def _href(request: str, site: Site | None = None, lone: bool = False) -> str:
    """Where the request says the button goes: a URL, a path of the site, an email as a mailto link, or a
    phone number it calls; with ``lone``, the one web address it types, however it says where it goes."""
    if not re.search(_BUTTON, request, re.IGNORECASE) or _TWO.search(request):
        return ""
    found = [m for m in _GOES_TO.finditer(request)]
    if not found:
        # "a button to our google form then https://forms.gle/...", "goes to the app store then: https://apps.apple.com/...":
        # read so only where the whole request is about the button (``read``), not beside other parts the model read
        typed = explicit.urls(request) if lone else []
        # "Button 'Write to us' on home, mail info@...", "to my email reserve@...": the one address, said as an email's
        mails = _EMAIL.findall(request) if lone and re.search(r"\b(?:e-?)?mail\b", request, re.IGNORECASE) else []
        return _tel(request, site) or (typed[0] if len(typed) == 1 and typed[0].startswith("https://") else "") \
            or (f"mailto:{mails[0]}" if len(set(mails)) == 1 else "")
    if len(found) != 1:
        return ""
    target = (found[0].group("t") or "").rstrip(".,;:!?)")
    if found[0].group("mail") or "@" in target:
        return f"mailto:{found[0].group('mail') or target}"
    if target.startswith("/"):
        return target.rstrip("/") or "/"
    return target if target.startswith("http") else "https://" + target


def _new_page(site: Site, title: str, request: str) -> tuple[str, list[Any]]:
    """The route of a page the button is sent to and the ops that make it where the site has none; a page
    "that just says X" holds X."""
    route = "/" + slug(title)
    if site.page(route) is not None:
        return route, []
    try:
        ops: list[Any] = [AddPage(op="add_page", title=title[:1].upper() + title[1:], route=route)]
        says = _PAGE_SAYS.search(request)
        text = _THEN_BUTTON.sub("", says.group("says")) if says else ""
        if text:
            ops.append(AddSection(op="add_section", route=route, kind="text", text=text[:400]))
    except ValidationError:
        return "", []
    return route, ops


def _target(request: str, site: Site | None, lone: bool = False,
            label: tuple[str, str] | None = None) -> tuple[str, list[Any], list[str]]:
    """Where the button goes (a URL, a mailto link, a page's route), the ops that make that page where the
    site has none ("go to a new page called Our Breads", "-> /beta page"), and the words that said it."""
    said = _PAGE_SAYS.search(request)  # ``label``: the button's, as ``_label`` read it
    if said and label and said.group("says").lstrip("\"“‘'").startswith(label[0]):
        said = None  # "a button on the Show page that says 'Download ...' linking to ...": the button's words
    # "... a new RSVP page? On the RSVP page just put: Please email us at X": the page's words say no target
    asked = request[:said.start("says")] if said else request
    href = _href(asked, site, lone)
    typed = [m.group("t") or m.group("mail") for m in _GOES_TO.finditer(asked)]
    if site is None:
        return href, [], typed
    if href.startswith("/") and re.fullmatch(r"/[a-z0-9]+(?:-[a-z0-9]+)*", href) and site.page(href) is None:
        route, ops = _new_page(site, href[1:].replace("-", " "), request)
        return route, ops, typed
    m = (_TO_PAGE.search(asked) or _LABEL_TO_PAGE.search(asked)) if not href and re.search(_BUTTON, asked, re.IGNORECASE) else None
    if m is None and not href and _THERE.search(request):
        m = _MADE_PAGE.search(request)
    if m is None:
        return href, [], typed
    said_as = m.groupdict()
    name = (said_as.get("new") or said_as.get("page") or said_as.get("have") or "").strip()
    have = page.route if (page := page_named(site, name, home=True)) else None
    if have is None and said_as.get("page"):
        # "going to the story page" of a page called "Her Story": the one page whose name ends with the words said
        ends = [p.route for p in site.pages if p.route != "/" and norm_words(p.title).endswith(" " + norm_words(name))]
        have = ends[0] if len(ends) == 1 else None
    if have is not None:
        return have, [], [m.group(0)]
    if said_as.get("have") or not said_as.get("new") and not could_be_a_name(name):
        return "", [], []
    route, ops = _new_page(site, name, request)
    return route, ops, [m.group(0), *([said.group("says")] if said and ops else [])]


# The page a button is said to be on: "on the Show page", "in Rooms page", "on workshops" (a page the site has).
_ON_PAGE = re.compile(r"\b(?:on|in|at|onto|inside)\s+(?:the\s+|my\s+|our\s+|your\s+)?"
                      r"(?P<name>/?[\w&-]+(?:[ \t]+[\w&-]+){0,3}?)(?:\s+page\b|(?=\s*(?:[.,;:!?]|$)|\s+(?:that|which|with|"
                      r"linking|links?|goes|going|to|and|please|pls|saying|says|reading|so)\b))", re.IGNORECASE)


# A button named by its page or its form: "Change the contact form button to Request appointment".
# (Only a form's: "the See projects button", "a Buy Tickets button" name the button by its label, not a page.)
_NAMED_BUTTON = re.compile(r"(?P<name>(?:[\w&-]+\s+){0,3}[\w&-]+)\s+form\s+(?:button|cta)\b", re.IGNORECASE)


def page_of(request: str, site: Site | None) -> str:
    """The route of the one page other than home the request puts its button on ("" where it names none, or several)."""
    if site is None:
        return ""
    said = [(m.group("name").lstrip("/"), False) for m in _ON_PAGE.finditer(request)] \
        + [(m.group("name"), True) for m in _NAMED_BUTTON.finditer(request)]  # the words just before "form button": its page's last
    routes = {page.route for name, last in said if (page := page_named(site, name, last_words=last)) is not None and page.route != "/"}
    return routes.pop() if len(routes) == 1 else ""


def _form_of(request: str, site: Site | None, route: str) -> Literal["contact"] | None:
    """The contact section whose form's button the request names ("the contact form button"), where the page has one."""
    page = site.page(route) if site is not None and route != "/" else None
    named = re.search(r"\bform\s+(?:button|cta)\b", request, re.IGNORECASE) is not None
    return "contact" if page is not None and named and any(s.kind == "contact" for s in page.sections) else None


def _button_op(request: str, site: Site | None, route: str = "", lone: bool = False) -> tuple[SetText, list[Any], list[str]] | None:
    route = route or page_of(request, site) or "/"
    said = _label(request)
    href, pages, typed = _target(request, site, lone, said)
    label = said[0] if said else ""
    if not label and re.search(r"\b(?:say|show|read)s?\b", request, re.IGNORECASE):
        return None  # a label said in words not read here: not the label it has now
    if not label and href:  # "Button on home should link to /projects": the label it has now
        page = site.page(route) if site is not None else None
        label = next((s.button_label for s in page.sections if s.kind == "hero" and s.button_label), "") if page else ""
        # a home page with no button yet: one named after the page it goes to ("Menu")
        to = [p.title for p in (site.pages if site else []) if p.route == href] + \
             [p.title for p in pages if isinstance(p, AddPage) and p.route == href]
        label = label or (to[0] if to else "")
    if not label:
        return None
    number = sorted(phones(request))[:1] if href.startswith(("tel:", "https://wa.me/")) else []
    if number and re.sub(r"\D", "", number[0]) not in re.sub(r"\D", "", label):
        label = f"{label} {number[0]}"  # "call dave and ring 07700 900461": the number shown on the button it rings
    try:
        return SetText(op="set_text", route=route, target="button", text=label, href=href, section=_form_of(request, site, route)), pages, typed
    except ValidationError:
        return None


def read(request: str, site: Site | None, lone: bool = True) -> Plan | None:
    """The plan for a request about the home page's one button alone: its label, its link, or both (with ``lone``, the
    one web address typed, however it is said: not for a part of a request, whose other parts may be lost)."""
    made = _button_op(request, site, lone=lone)
    if made is None:
        return None
    op, pages, typed = made
    says = _PAGE_SAYS.search(request) if pages else None
    rest = request.replace(says.group(0), " ") if says else request  # "On the Volunteer page: ...": the new page's words
    # "goes to whatsapp https://...", "with email a@b.fr": the link's words
    rest = _GOES_TO.sub(" ", rest) if op.href.startswith(("http", "mailto:")) else rest
    # the longest first: a label said inside the page's own words ("... Please RSVP by ..." and "RSVP")
    called = sorted(phones(request)) if op.href.startswith(("tel:", "https://wa.me/")) else []  # the number it rings
    for part in sorted((op.text, *typed, *(_label(request) or ("", "")), *called), key=len, reverse=True):
        if part:
            rest = rest.replace(part, " ")
    rest = _CALLS.sub(" ", rest) if op.href.startswith(("tel:", "https://wa.me/")) else rest  # "with my number", "with the phone"
    rest = _WHATSAPP.sub(" ", rest) if op.href.startswith("https://wa.me/") else rest  # "add whatsapp button ...": where it goes
    rest = re.sub(r"\bwith\s+(?:the\s+)?(?:text|label|words?|wording)\b", " ", rest, flags=re.IGNORECASE)  # the label's own lead
    rest = re.sub(r"\b[\w'’-]+(?=\s+(?:button|cta)\b)", " ", rest, flags=re.IGNORECASE)  # what kind it is: "a donate button"
    rest = rest.replace(op.href.removeprefix("mailto:"), " ") if op.href.startswith("mailto:") else rest
    if op.route != "/":  # "on the Show page": where it goes
        rest = _ON_PAGE.sub(lambda m: " " if site and (p := page_named(site, m.group("name"))) and p.route == op.route
                            else m.group(0), rest)
    lone = op.href.startswith("https://") and op.href in request and not typed  # the one address, said any way
    rest = rest.replace(op.href, " ") if lone else rest
    left = " ".join(w for w in norm_words(rest).split() if w not in _FILLER)
    # "Put a yellow button 'WhatsApp Lien' on top": its label and link (its own colour is none an edit plan sets,
    # and the turn says so: ``coverage.unused_note``); "a button to our google form then https://...": a few words
    # that say what the address is
    named = lone and len(left.split()) <= MAX_TARGET_WORDS and not _ASKS_MORE.search(rest)
    if left and not themewords.only_colours(left) and not _only_link_words(rest) and not named:
        return None  # another part ("... and add our hashtag"): the model's plan, its button corrected (``fitted``)
    return Plan(ops=[*pages, op])


MAX_TARGET_WORDS = 4  # "our google form", "the app store", "our typeform": what a typed address is
_ASKS_MORE = re.compile(r"\b(?:and|also|plus)\s+(?:please\s+)?(?:add|make|change|remove|delete|put|set|update|rename|move)\b", re.IGNORECASE)


def _only_link_words(rest: str) -> bool:
    """Whether what is left beside the label is the link's own wording ("linking to", "email us at")."""
    left = _GOES_TO.sub(" ", rest)
    return all(w in _FILLER or w in _LINK_WORDS for w in norm_words(left).split())


_LINK_WORDS = frozenset("to at us me my mail people go goes going which link links linking email mailto bring brings take takes send sends lead "
                        "leads you them visitors users guests new called named open opens an number phone tel shows show showing".split())


_HEADING_WORDS = re.compile(r"\b(?:head(?:ing|line)s?|title|sub-?title|tag\s?line|under(?:neath)?|below|beneath|top|big\s+text)\b",
                            re.IGNORECASE)
_HOME = re.compile(r"\b(?:home|front|main|landing|start)\s+page\b|\bhome\s+button\b", re.IGNORECASE)


def fitted(ops: list[Any], request: str, site: Site | None) -> list[Any]:
    """``ops`` with the home page's button as the request types it: the model's button op takes the typed
    label and link, a heading the model set to the button's words goes, and so does a page the model made of
    the words of the page the button goes to (the request's own page stands for it)."""
    made = _button_op(request, site)
    if made is None:
        return ops
    button, pages, _ = made
    label, old = _label(request) or (button.text, "")
    words = {norm_words(label), norm_words(old), norm_words(button.href.removeprefix("mailto:"))} - {""}
    if pages or button.href.startswith("/"):
        words |= {norm_words(p.title) for p in pages if isinstance(p, AddPage)}
        words |= {norm_words(page.title) for page in (site.pages if site else []) if page.route == button.href}
    anywhere = _HOME.search(request) is not None  # "the button on the front page": the model's button on /adopt is it
    headed = _HEADING_WORDS.search(request) is not None  # a request that names no heading sets none ("Make it go")
    mine: list[Any] = [op for op in ops if isinstance(op, SetText) and (op.route in ("/", button.route) or anywhere) and op.section is None
                       and (op.target == "button" or op.target in ("title", "subtitle")
                            and (norm_words(op.text) in words or not headed))]
    if not any(op.target == "button" for op in mine):
        return ops  # the model placed no button: the request's other parts, read as the model read them
    if pages:  # the model's own page for it: at the home page's address, or named by words of the request's page
        said = norm_words(" ".join(f"{getattr(p, 'title', '')} {getattr(p, 'text', '')}" for p in pages)).split()
        mine += [op for op in ops if isinstance(op, AddPage) and (op.route == "/" or set(norm_words(op.title).split()) <= set(said))]
    gone = {op.route for op in mine if isinstance(op, AddPage)}
    kept = [op for op in ops if op not in mine and not (isinstance(op, AddSection) and op.route in gone)]
    routes = {op.route for op in kept if isinstance(op, AddPage)}
    return [*(op for op in pages if op.route not in routes), *kept, button]


def beside(ops: list[Any], request: str, site: Site | None) -> list[Any]:
    """``ops`` and the home page's button where the request types its label and where it goes and no op sets it:
    "change the button so it says See the details and takes you to a new page called Details? On Details please
    put: ..." (the model wrote the page and its list alone); a line said to go under the button is no label."""
    under = _UNDER_IT.search(request)
    if under is not None:
        # "add under the button: 24hr emergency line 07700 912 448": a line of the home page, not the button's label
        return [AddSection(op="add_section", route="/", kind="text", text=op.text)
                if isinstance(op, SetText) and op.target == "button" and op.text in request[under.end():] else op for op in ops]
    if any(isinstance(op, SetText) and op.target == "button" or isinstance(op, Decline) for op in ops) or not _label(request) \
            or _A_NEW_BUTTON.search(request):
        return ops  # "add a button with text Get it on Google Play": another button, not the home page's one
    made = _button_op(request, site)
    if made is None or not made[0].href:
        return ops
    button, pages, _ = made
    routes = {op.route for op in ops if isinstance(op, AddPage)}
    return [*(op for op in pages if isinstance(op, AddPage) and op.route not in routes), *ops, button]
