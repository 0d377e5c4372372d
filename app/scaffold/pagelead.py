"""Where content typed for one page goes, read from the words that say so: the lead before it
("Services:", "For the ponies page:", "add a prices page.", "put a line on the shop page saying",
"... a new Wholesale page:") or its last sentence ("Put them on a page called Committee.").

The page is home, a page the site has, or a new one the request names as a page (or by a name of
a small site's page, ``page-names.txt``; a list's name like "Prices" is home's, ``home-names.txt``).
A lead that holds content (a time, a price) is never read: the content would be lost with it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from app.scaffold import pagelist, pagename, prose
from app.scaffold.coverage import typed_content
from app.scaffold.namedcontent import dates
from app.scaffold.scope import name_set
from app.scaffold.site import Site, norm_words, slug

# What may follow a new page's name before its content: "too", "with these prices", then ":" or ".".
# "please", "pls", "as well" around it: "Can we have a Membership page please? Fees ...", "a Services page with
# these, and the prices: ...", "a price list page on, tattie scones 4 for £2.20, ..." (the content after the comma).
_EMOJI = r"[\U0001F300-\U0001FAFF\u2600-\u27BF]+\uFE0F?"  # one or more, as typed after a page's name
_NEW_END = (r"(?:"
            # "add page for Bulk Orders, for events and balikbayan. 10-24 pies ...": who the page is for, then its content
            r",\s+for\s+(?:[\w'’-]+\s+){0,5}[\w'’-]+\s*(?::|[.!?](?=\s))|"
            # "add page Contact with adress 14 rue ...", "add page 'Find Us' 📍 address ...": the content right after the name
            r"\s+with\s+(?=[\w'’ ]{0,30}\d)(?![^:.!?,\n]*:)|[ \t]*" + _EMOJI + r"[ \t]+(?=\w)|"
            r"(?:,?\s*(?:too|as well|please|pls|plz|haha\w*|lol|hehe)\b)*\s*(?:(?:with\b|w/|listing\b|showing\b|saying\b|that says\b|explaining\b|describing\b|introducing\b|presenting\b|about\b"
            # "a page called Seasons so people know when to visit: ...": what it is for
            r"|so\b)"
            r"(?:,?\s+(?-i:[a-z0-9])[\w'’]*){0,8})?(?:,?\s*(?:please|pls|plz)\b)?"
            r"\s*(?::|[.!?](?=\s)|\s[-–—]\s|,?\s+(?:saying|(?:that|which)\s+says|and\s+say|say)(?:\s+that)?\s|(?<=page)\s+on,\s"
            # "make About page, story of grandma: Kim Soon-ja started ...": a few words on what follows
            r"|(?:(?<=page)|(?<=too)),[ \t]+(?!(?:call|called|name|named|titled)\b)(?:[\w'’]+[ \t]+){0,3}[\w'’]+[ \t]*:"
            r"|\s*" + _EMOJI + r"\s))\s*")
# A page's name after "called": in quotes (then a few words about it may follow), or as typed.
_CALLED = (r"(?:['\"“‘](?P<quoted>[^'\"”’]{1,40})['\"”’](?:\s+[a-z][\w'’]*){0,4}"
           r"|(?P<called>[A-Za-z][\w'’&]*(?:[ \t]+(?!(?:with|listing|showing|saying|that|explaining|describing|introducing|"
           r"presenting|featuring|about|for|where|which|please|so)\b|w/)"
           r"[A-Za-z0-9&][\w'’&]*){0,4}?))(?:\s+please)?")
_NAME = r"[A-Za-z][\w'’&]*(?:[ \t]+(?!page\b)[A-Za-z][\w'’&]*){0,3}"
_OPEN = (r"(?:(?:ok|okay|right|now|next|also|and|lastly|finally|then|oh|so|instead|just|last\s+(?:one|thing))[,.:]?\s+){0,3}"
         r"(?:(?:please|pls|kindly|can you|could you|would you|can u|could u|cn u|cn you)\s+){0,2}(?:(?:now|also|just|then)\s+)?(?:please\s+)?")
# Who asks for a page, besides a verb to the app: "Can we have a Membership page", "Can I get a Rates page".
_HAVE = (r"(?:can|could|may)\s+(?:we|i)\s+(?:please\s+)?(?:have|get)\s+"
         # "Now I need a page Products ..." (not "I need a page for my hats ... Call it ...": its name comes later)
         r"|(?:i|we|my\s+\w+|our\s+\w+)\s+(?:(?:also|now|still)\s+)?(?:need|needs|want|wants|would\s+like|'d\s+like)\s+(?=(?:a|an|one)\s)"
         r"(?!(?:a|an)\s+(?:new\s+)?page\s+(?:for|about)\b)")  # not "I want my home page with ..."
# "On How It Works: ...", "For the ponies page: ...", "Add to the Trials page - ...".
_ON = re.compile(rf"\s*{_OPEN}(?:(?:add|put)\s+(?:(?!(?:to|on|onto|in)\b)[\w'’]+\s+){{0,8}}?)?(?:to|on|onto|for|in)\s+"
                 rf"(?:the\s+|my\s+|(?P<own>our\s+)|an?\s+(?!page\b))?(?P<name>{_NAME})(?P<page>\s+page)?(?:,?\s+please)?\s*(?::|\.(?=\s)|\s[-–—]\s)\s*",
                 re.IGNORECASE)  # "in Our Family page: ...": a page's name as typed
# "Services: ...", "rules page: ...", "join page - membership £120 ...", "Add About Us: Heinrich and Maria ..." (a verb before
# a name alone only where the name is an About page's, ``_ABOUT_PAGES``).
# The names of a page of the business's story, which "add" and the name alone ask for ("Add About Us: ...", "add about us. i
# kok wei, ..."): in u380-u436, 5 such requests wanted the page; "Add Rules: ...", "add contact: 0926 ..." wanted home's.
_ABOUT_PAGES = frozenset(("about", "about us", "our story", "our history"))
_BARE = re.compile(rf"\s*{_OPEN}(?P<verb>(?:add|create|make)\s+)?(?:an?\s+)?(?P<own>the\s+|my\s+|our\s+)?(?P<name>{_NAME})(?:(?P<page>\s+page)"
                   r"(?:,?\s+text|\s+should\s+(?:just\s+|also\s+)?(?:say|read)|,?\s+(?:please|pls|plz)|(?:\s+please)?\s+(?:with\b|w/)(?:\s*(?-i:[a-z])[\w'’]*){0,2}(?=\s*:)"
                   # "about page, abt me: ...": a word or three to the app (not "page, call it Donkeys: ...": a name)
                   r"|,[ \t]+(?!(?:call|called|name|named|titled)\b)(?:[\w'’]+[ \t]+){0,2}[\w'’]+(?=[ \t]*:)"
                   # "pricing page plz 💸 Free for nurses forever. ...": an emoji ends the lead as a colon would
                   rf"(?:\s+(?-i:[a-z])[\w'’]*){{0,5}})?\s*(?::|\.(?=\s)|!+(?=\s)|\s[-–—]\s|(?<=say)\s|(?<=read)\s|(?:(?<=page)|(?<=please)|(?<=plz)|(?<=pls))\s*{_EMOJI}(?=\s))"
                   # "Please add About Us. Text: ...": after a verb, a full stop ends the name too
                   r"|\s*(?::|\s[-–—]\s|(?(verb)\.(?=\s)|(?!))))\s*", re.IGNORECASE)
# "add a prices page. ...", "Add a Visit page: ...", "Create a Commissions page with these prices: ...".
# "Add a page 'Trade With Us'. ...", "add a "Join Us" page explaining ...", "Add a page Learn to Ride. ...".
# "New page 'Bikes for Learners' — we've donated ...": "new page" with no verb
_NEW = re.compile(rf"\s*{_OPEN}(?:{_HAVE}|(?:add|create|make|build|start|set up|put up|put|do|chuck up|whip up|knock up)\s+(?:me\s+|us\s+)?"
                  r"|(?=new\s+page\b)"
                  # "page custom work. Railings. Gates. ...": no verb, a name in lower case and its full stop
                  r"|(?=page\s+(?-i:[a-z])[\w'’-]*(?:\s+(?-i:[a-z])[\w'’-]*){0,2}\.\s))"
                  r"(?:(?:a|an|the|one\s+more|another)\s+)?"
                  rf"(?:new\s+)?(?:(?P<name>/?{_NAME})(?P<page>\s+page)|[\"“‘'](?P<quotedpage>[^'\"”’]{{1,40}})[\"”’']\s+page"
                  r"|(?:(?-i:[a-z])[\w'’-]*\s+)?page\s+(?:(?:called|caled|named|titled)\s+|(?-i:for)\s+(?=(?-i:[A-Z])|the\s)|(?=[\"“‘']))" + _CALLED
                  # "Add page About dombra: ...": the words up to the colon
                  + r"|page\s+(?!(?-i:for|about|with|of|to|on|that|which|where|listing|showing|explaining|saying)\b)"
                    r"(?P<colon>[A-Za-z][\w'’&]*(?:[ \t]+(?!(?-i:with|whit|w|for|about|of|listing|showing|saying|explaining|this|these|below|following)\b)[A-Za-z][\w'’&]*){0,2})"
                    r"(?=\s*:)"  # not "a page Prices with: ..."
                  # "add page horarios. sub-7 tue and thu 8h, ...": one word in lower case, then its full stop
                  + r"|page\s+(?!(?-i:for|about|with|of|to|on|that|which|listing|showing|explaining|saying)\b)"
                    r"(?P<dotted>(?-i:[a-z])[\w'’-]*(?:\s+(?-i:[a-z])[\w'’-]*){0,2})(?=\.\s)"
                  + rf"|page\s+(?P<capitals>{pagename.CAPITALS}))" + _NEW_END, re.IGNORECASE)
# "Also a page for Advice with the following. ...", "A page called Visit: ...".
_PAGE_FOR = re.compile(rf"\s*{_OPEN}(?:(?:add|make|create|put up)\s+)?(?:(?:a|an)\s+)?(?:new\s+)?page\s+"
                       r"(?:called|caled|named|titled|(?-i:for)|with\s+(?:the|our|my))\s+" + _CALLED + _NEW_END, re.IGNORECASE)
# "add a page about me. name is Jono ...": the About page
_ABOUT_ME = re.compile(rf"\s*{_OPEN}(?:(?:add|make|create|put up)\s+)?(?:(?:a|an)\s+)?(?:new\s+)?page\s+about\s+"
                       r"(?P<about>me|us|myself|ourselves|the team)" + _NEW_END, re.IGNORECASE)
# "put a line on the shop page saying ...", "add a note to the Prices page: '...'", "add a line under the
# classes that says '...'": a text for a page, after what introduces it.
_LINE = re.compile(rf"\s*{_OPEN}(?:then\s+)?(?:(?:just|also)\s+)?(?:add|put|write|stick|pop)\s+(?:(?:a|an|this|one)\s+)?"
                   r"(?:short\s+|little\s+|small\s+|big\s+)?(?:line|note|bit|sentence|paragraph|message)\s+"
                   rf"(?:on|to|onto|in|under|below|at the (?:top|bottom) of)\s+(?:the\s+|my\s+|our\s+)?(?P<name>{_NAME})"
                   r"(?P<page>\s+page)?\s*(?:(?:saying|that says|which says|to say|reading)\s*:?|:|\s[-–—]\s"
                   # "add a note on the classes page that we provide the drums"
                   r"|\s+that\s+(?=(?:we|we're|we've|i|i'm|our|my|you|your|the|it|it's|they|there)\b))\s*",
                   re.IGNORECASE)
# "Add Wholesale to the nav going to a new Wholesale page: ...": a new page named just before the colon.
_NEW_BEFORE_COLON = re.compile(rf"(?P<ask>[^:.!?]{{0,80}}?)\b(?:a|an)\s+new\s+(?P<name>{_NAME})(?P<page>\s+page)\s*:\s*",
                               re.IGNORECASE)
# "Now our show classes, perhaps on their own page called Classes: ...".
_CALLED_BEFORE_COLON = re.compile(rf"(?P<ask>(?:(?!section\b)[^:.!?]){{0,80}}?)\bpage\s+(?:called|named|titled)\s+{_CALLED}\s*:\s*",
                                  re.IGNORECASE)
# "Okay for Services can you list these: ...", "On the Services page, please list the following. ...".
_LIST_THESE = re.compile(rf"\s*{_OPEN}(?:for|on|to|onto)\s+(?:the\s+|my\s+|our\s+)?(?P<name>{_NAME}?)(?P<page>\s+page)?,?\s+"
                         r"(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:list|add|put|show|include)\s+"
                         r"(?:these|this|the following|them)\s*(?::|\.(?=\s))\s*", re.IGNORECASE)
# A line, or typed details, for no page in particular go on home: "Please add a bit that says: ...",
# "Underneath put: ...", "just put the adress then: 118 W Mendenhall St, ...".
_LINE_HOME = re.compile(rf"\s*{_OPEN}(?P<home>)(?:then\s+)?(?:(?:just|also)\s+)?(?:add|put|write|stick|pop)\s+(?:a|an|this|one)\s+"
                        r"(?:short\s+|little\s+|small\s+|big\s+)?(?:line|note|bit|sentence|paragraph|message)\s+"
                        r"(?:(?:that|which)\s+says|saying|to\s+say|reading)\s*:?\s*", re.IGNORECASE)
_PUT_COLON = re.compile(rf"\s*{_OPEN}(?P<home>)(?:(?:just|also)\s+)?(?:(?:underneath|below|beneath|under\s+(?:that|it|them|those))\s*,?\s*)?"
                        r"(?:add|put|write|say)(?:\s+(?:the|our|my)(?:\s+(?!page\b)\w+){1,2}?"
                        r"|\s+(?:(?:a|an|this)\s+)?(?:short\s+)?(?:note|notice|line|sentence|message|announcement)"  # "add notice: ..."
                        r"(?:\s+(?:at|on)\s+(?:the\s+)?(?:very\s+)?top)?)?"  # "add a note at the very top: ..."
                        r"(?:\s+(?:then|instead|too|as well|please))?\s*:\s*",
                        re.IGNORECASE)


def labels_a_line(lead: str) -> bool:
    """Whether the lead says the words after it are a line to put as typed ("Put a line: ...", "add a note at the very top:
    ..."): then a link or a live stream they name is the line's, not asked of the app."""
    return bool(re.search(r"\b(?:add|put|write|say)(?:\s+(?:a|an|this|one)\s+(?:short\s+|small\s+|little\s+)?"
                          r"(?:line|note|sentence|notice|message|announcement)(?:\s+(?:at|on)\s+(?:the\s+)?(?:very\s+)?top)?)?\s*:\s*$",
                          lead, re.IGNORECASE))


# "Put these on with prices. Hazel thumbstick £35. ...": home's.
_PUT_THESE = re.compile(rf"\s*{_OPEN}(?P<home>)(?:add|put|list)\s+(?:these|them|this|the following)(?:\s+on)?"
                        r"(?:\s+(?:with|and)\s+(?:the\s+|their\s+)?prices)?(?:,?\s+please)?\s*(?::|\.(?=\s))\s*", re.IGNORECASE)
# "Please add a section describing my services: ...": home's, under that name.
_SECTION_FOR = re.compile(rf"\s*{_OPEN}(?P<home>)(?:add|put|make|create)\s+(?:in\s+)?(?:a|an)\s+(?:new\s+)?section\s+"
                          r"(?:describing|about|for|on|with|listing|called|titled|named)\s+(?:my\s+|our\s+|the\s+)?"
                          r"(?P<heading>[A-Za-z][\w'’]*(?:\s+[\w'’]+){0,3}?)(?:,?\s+please)?\s*(?::|\.(?=\s))\s*", re.IGNORECASE)
# "add a rules section: ...", "Add a Getting Here bit: ...": home's, under that name.
_NAMED_PART = re.compile(rf"\s*{_OPEN}(?P<home>)(?:add|put|make|create)\s+(?:in\s+)?(?:a|an)\s+(?:new\s+)?"
                         r"(?P<heading>[A-Za-z][\w'’]*(?:\s+[\w'’]+){0,3}?)\s+(?:section|bit|part|paragraph)"
                         r"(?:,?\s+please)?\s*(?::|\s[-–—]\s)\s*", re.IGNORECASE)
# "about bit on the home page: ...", "Safety note on home page: ...", "volunteer info at the bottom of home: ...": a named part
# of a page.
_PART_ON = re.compile(rf"\s*{_OPEN}(?:(?:add|put)\s+(?:(?:a|an|the|our|my)\s+)?)?(?P<heading>(?-i:[A-Za-z])[\w'’]*(?:\s+[\w'’]+){{0,2}}?)\s+"
                      r"(?P<part>bit|section|part|note|blurb|bio|paragraph|info|details|text)\s+(?:on|for|to|at\s+the\s+(?:bottom|top|end)\s+of)\s+(?:the\s+)?"
                      rf"(?P<name>{_NAME})(?P<page>\s+page)?(?:,?\s+please)?\s*(?::|\.(?=\s)|\s[-–—]\s)\s*", re.IGNORECASE)
# "Donation drop-off points, for the Donate page please: ...": the content's name, then its page's.
_HEADED_FOR_PAGE = re.compile(rf"\s*{_OPEN}(?:(?:our|my|the)\s+)?(?P<heading>(?-i:[A-Za-z])[\w'’-]*(?:\s+[\w'’-]+){{0,4}}?),?\s+(?:for|on)\s+"
                              rf"(?:the\s+|my\s+|our\s+)?(?P<name>{_NAME})(?P<page>\s+page)(?:,?\s+please)?\s*:\s*",
                              re.IGNORECASE)
_NAMING_PARTS = ("note", "info", "details")
# The part a bare lead names after the content's name: "Services section:", "Repairs list:".
_PART_OF = re.compile(r"\s+(?:section|list|bit|part|info|details)$", re.IGNORECASE)  # "Safety note" is the part's name; "About bit" is "About"
# "Last year's winners on the home page please. 1st ...", "And our record times on the home page: ...":
# the content's name, then its page.
_HEADED_ON = re.compile(rf"\s*{_OPEN}(?:(?:our|my|the)\s+)?(?P<heading>(?-i:[A-Za-z])[\w'’]*(?:\s+(?!(?:on|to|for)\b)[\w'’]+){{0,4}}?)\s+"
                        rf"(?:on|to|for)\s+(?:the\s+|my\s+|our\s+)?(?P<name>{_NAME})(?P<page>\s+page)?(?:,?\s+please)?"
                        r"\s*(?::|\.(?=\s)|\s[-–—]\s)\s*", re.IGNORECASE)
_LEADS = (_ABOUT_ME, _NEW, _PAGE_FOR, _LINE, _LIST_THESE, _LINE_HOME, _PUT_COLON, _PUT_THESE, _SECTION_FOR, _PART_ON, _NAMED_PART, _ON, _BARE,
          _NEW_BEFORE_COLON,
          _CALLED_BEFORE_COLON, _HEADED_FOR_PAGE)
# Read only where the model's plan declined the request or left its typed content out (``loose``).
_LOOSE_LEADS = (*_LEADS, _HEADED_ON)
# A short aside before the lead ends at a sentence's end: "Gotcha. Then add a line ...".
_ASIDE_END = re.compile(r"[.!?]\s+(?:(?:then|instead|so|ok|okay)[,]?\s+)*")
MAX_ASIDE, MAX_ASIDE_WORDS = 60, 6
MAX_LONG_ASIDE, MAX_LONG_ASIDE_WORDS = 100, 14
_ASKS_IN_ASIDE = re.compile(r"\b(?:page|section|make|create|add|put|called|named|write|list)\b|/", re.IGNORECASE)
MAX_HEADING_WORDS = 4  # a name longer than this before content is a sentence of it, not its heading
_HOME = frozenset(("home", "homepage", "home page", "front page", "front", "top page", "top", "main page", "main", "landing page",
                   "start", "start page", "startpage"))  # "Startseite", as German speakers say it
# A sentence of the body that speaks to the app, not to the site's visitors.
TO_THE_APP = re.compile(r"\b(?:nav|navigation|menu bar|navbar|footer|header|colou?rs?(?!\s+(?:throw|run|powder|party|festival|dash|blast|fight|station)\w*)|fonts?|web\s*site|"
                         r"(?<!facebook )(?<!instagram )pages?|section|heading|headline|sub-?heading|subtitle|tagline|hero|banner|"
                         # "From Route 30 take ..." is a road; "their path to the sea" a way, not a URL's
                         r"button|logo|title|url|page\s+path|path(?=\s+(?:to\s+|is\s+)?/)|(?<!the )(?<!our )(?<!along )route(?!\s+\d)|link|"
                         # "please" asks the app, but "Please don't leave raw meat" asks the visitors
                         r"(?:please|pls)(?!\s+(?:don'?t|do\s+not|note|bring|call|ring|phone|email|text|contact|"
                         r"remember|arrive|book|wear|leave|keep|check|ask|knock|label|wash|add\s+[$£€]|use|come|park|rsvp|reply|let\s+(?:us|me)|"
                         r"dress|join|pay|register|sign\s+up|visit|enjoy|feel)\b)|"
                         r"thanks|thank you)\b|(?<![\w.])/[a-z]|->|→", re.IGNORECASE)
# Words that open a request or point at a page, never a page's name ("Remove the pricing page - ...").
_NOT_A_NAME = re.compile(r"^(?:a|an|the|new|now|ok|okay|oops|so|then|also|just|here|heres|here's|there|this|that|each|every|one|other|same|could|can|would|will|please|pls|kindly|i|we|you|remove|delete|add|change|replace|rename|make|"
                         r"move|put|take|swap|update|link|use|set|get|drop|hide|show|edit|include|list|give|post|let|site|website|name|text)\b", re.IGNORECASE)
# A heading that asks the app ("Instead write this on ..."), not a name of content.
_ASKED = re.compile(r"\b(?:instead|add|put|write|make|include|list|show|say|post|change)\b", re.IGNORECASE)
# A name with a verb in it is a sentence, not a name ("mono gig is cancelled :(", "our treks are: ...").
_VERBED = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|i|we|my|goes|go|belongs?|should)\b",
                     re.IGNORECASE)
# Chat before the content of a request that says where at its end ("ok here's what i got for sale: ...").
_CHAT_LEAD = re.compile(r"^(?:(?:ok|okay|so|right|well|fine)[,.]?\s+)*(?:(?:here'?s|here is|these are|this is)\b[^:.!?]{0,40}"
                        r"|(?:just\s+)?(?:write|put|say)\s+(?:it|this|that))\s*:\s*", re.IGNORECASE)
# A new page named in the request, anywhere: "Could you put a page called Shows with those on.",
# "add page Volunteer. work days ...", "make a page Guides for the fishing guides who ...".
_NAMED_PAGE = re.compile(rf"(?:\b(?:(?:I'?ll|I\s+will|we'?ll|please|just)\s+)?call\s+it\s+(?P<callit>(?-i:[A-Z])[\w'’&]*(?:\s+(?:(?:of|the|and|to|for|a|&)\s+)?(?-i:[A-Z])[\w'’&]*){{0,3}})\b|"
                         rf"(?:^\s*{_OPEN}|\b(?:add|create|make|build|start|set up|put up|put|need|want|like|do|on|onto)\s+"
                         r"(?:me\s+|us\s+)?(?:(?:a|an|its|their)\s+)?)(?:new\s+)?(?:(?:separate|seperate|own|extra)\s+)?"
                         rf"(?:page\s+(?:(?:(?:called|named|titled)\s+|(?=[\"“‘']))" + _CALLED + r""
                         # "add page Getting there. address ...": a capitalised name run on in small words to its sentence's end
                         r"|(?P<dotted>(?-i:[A-Z])[\w'’&]*(?:[ \t]+(?!(?:with|whit|w|for|about|of|listing|showing|saying|and|this|these|"
                         r"following|below|list|people|prices|packages)\b)(?-i:[a-z])[\w'’&]{2,}){1,2})(?=\s*(?:[.:](?:\s|$)|$))"
                         rf"|(?P<bare>(?-i:[A-Z])[\w'’&]*(?:\s+(?-i:[A-Z])[\w'’&]*){{0,2}}"
                         r"|[a-z][\w'’&]*(?=\s*[.:]\s)))|(?!(?:create|make|add|build|new|need|want|another)\s)"  # "Create page About me"
                         r"(?P<name>(?-i:[A-Z])[\w'’&]*(?:\s+(?-i:[A-Z])[\w'’&]*){0,2})\s+page\b))",
                         re.IGNORECASE)
# The rest of a capitalised name a lazy match cut short: "For" + " Sale", "Hall" + " of Fame".
_MORE_CAPITALS = re.compile(r"(?:\s+(?:(?:of|the|and|to|for|a|&)\s+)?(?-i:[A-Z])[\w'’&]*)+")
# The lower-case word a page's name ends with: "About me", "Visit us", "Contact us", "Work with us".
_NAME_TAIL = re.compile(r"(?:\s+with)?\s+(?:us|me)\b(?!\s+(?:a|an|the|to|know)\b)", re.IGNORECASE)
# A sentence that asks the app for something: "can you add traning times.", "please add the times".
_ASKS_APP = re.compile(r"^\W*(?:(?:ok|so|oh|and)\W+)*(?:(?:can|could|would|will)\s+(?:you|u|we)\b|(?:please\s+)?(?:add|put|make|create)\b)",
                       re.IGNORECASE)
# What joins a new page's name to the words about it ("... that explains you email me ...").
_ABOUT = re.compile(r"^[\s:.,;–—-]*(?:(?:with|listing|showing)\s+(?:these|this|the following|them)(?:\s+\w+)?\s*[:.–—-]|(?:that|which)\s+(?:explains|says|lists|shows|describes|tells\s+people)|explaining|"
                    r"saying|describing|listing|to\s+(?:explain|say))?(?:\s+that)?\s*", re.IGNORECASE)
# Words about the page that point back at the content ("with those on", "for them", "please").
_POINTS_BACK = re.compile(r"^(?:(?:with|for|listing|showing|of)\s+)?(?:those|these|them|that|this|it|all\s+(?:that|this|of\s+(?:it|them|that|this)))?"
                          r"(?:\s+on(?:\s+it)?)?\s*(?:,?\s*(?:please|pls|too|as well|thanks))*\W*$", re.IGNORECASE)
MIN_SAID_WORDS = 12  # what a page says, typed after its name in its sentence: a sentence of its own
_SAYS = re.compile(r"^\W*(?:(?:that|which)\s+(?:says|tells|explains|reads)|saying|telling|explaining)\b", re.IGNORECASE)
MIN_ABOUT_WORDS = 4  # "with 3 questions" says what the page is for; "for hen dos, birthdays and work dos" is its content
MAX_LEAD_IN_WORDS = 5  # "Here they are", "these are the dogs" before a list typed a line each
MAX_CHAT_WORDS = 3  # "Lovely.", "Ok fair.", "Boo." before the request: chat, not content
MIN_BEFORE_WORDS = 8  # sentences before a new page shorter than this, with nothing typed, say what it is for
# Words that lead to the content after a colon: "with our two boats: Tregothnan ...".
# (a time's colon is no label's: "every Saturday and Sunday at 10:00 and 14:00, 90 minutes" is all content)
_WORDS_TO_COLON = re.compile(r"^(?:[^:.!?]|(?<=\d)[:.](?=\d)){0,60}?:(?!\d)\s*")


# Where on every page, not a page: "add to the bottom of every page: ..." (the footer's).
_A_PLACE_ON_PAGES = re.compile(r"\b(?:bottom|foot|top|end)\s+of\b|\b(?:every|each)\b", re.IGNORECASE)


class Where(NamedTuple):
    route: str
    title: str  # the new page's title; "" for a page the site has
    body: str  # the content
    lead: str  # what says where it goes ("Services page: ", "Put them on an About page.")
    heading: str = ""  # what the lead names the content ("Dates this year: ...", "Last year's winners on the home page.")


# A page's name with "to" in it: "What to Bring", "How to Find Us", "Things to Do".
_HOW_TO = re.compile(r"^(?:what|how|where|when|things|ways|places|reasons)\s+to\b", re.IGNORECASE)


_SAID_AFTER = re.compile(r"\s+(?:too|as\s+well|also|please|pls|now|then)$", re.IGNORECASE)


def _target(name: str, explicit: bool, owned: bool, site: Site | None, called: bool = False) -> tuple[str, str] | None:
    """The (route, title) of the page ``name`` names: home, a page the site has (title ""), or a
    new page when the request says "page" (``explicit``) or the name is a page's of a small site
    and not "our ..." (``owned``); None when it names none of these."""
    # "Classes on the home page", "a testimonial for the About page": the page is the last name
    if not _HOW_TO.match(name.strip()) and not called:  # but "What to Bring", "a page called For Sale" are names
        cuts = list(re.finditer(r"(?:^|\s+)(?P<at>on|to|for|in|onto)\s+(?P<the>the\s+|my\s+|our\s+|an?\s+|this\s+|its\s+|their\s+)?", name.strip(), re.IGNORECASE))
        last = name.strip()[cuts[-1].end():] if cuts else name
        # "bikes for sale page: ...": "for" with no "the" before a name no page has is the name's own word
        own_word = bool(cuts) and cuts[-1].start() > 0 and cuts[-1].group("at").casefold() == "for" and not cuts[-1].group("the") \
            and norm_words(last) not in _HOME and not any(norm_words(p.title) == norm_words(last) for p in (site.pages if site else []))
        name = name.strip() if own_word else last
    typed = _SAID_AFTER.sub("", name.strip())  # "a page called Past Shows too:" is "Past Shows"
    typed = re.sub(r"^(?:(?:i|we)\s+)?(?:need|want)\s+(?=(?:a|an)\s)", "", typed, flags=re.IGNORECASE)  # "need a Committee page"
    name = re.sub(r"^(?:the|a|an)\s+", "", typed, flags=re.IGNORECASE)  # "Our Work" is a name
    if not called:  # "a separate Funerals page" is "Funerals"
        words = name.split()
        name = " ".join(words[1:]) if len(words) > 1 and words[0].casefold() in pagename.DESCRIBING else name
    said = norm_words(name)
    if not said or _NOT_A_NAME.match(said):
        return None
    if said in _HOME or said.split()[-1] in ("front", "landing", "start", "home") and explicit:
        return "/", ""  # "add faq front page. how long delivery? ...", "add reviews home page. ...": on the front page
    pages = list(site.pages) if site is not None else []
    for page in pages:
        titled = norm_words(page.title)
        # "Rules page: ..." is the page titled "The Rules"
        if page.route != "/" and said in (norm_words(page.route.rsplit("/", 1)[-1]), titled, re.sub(r"^the ", "", titled)):
            return page.route, ""
    # "the tours page" of a site whose one page so named is "Guided Tours"
    ending = [page.route for page in pages if page.route != "/" and norm_words(page.title).endswith(f" {said}")]
    if len(ending) == 1 and not called:
        return ending[0], ""
    if called and re.match(r"(?:The|A|An)\s", typed):
        name = typed  # "a page called The Huts" is "The Huts"
    route = "/" + slug(name)
    # "Our tours: ..." with no Tours page is the site's content, not a page of it
    if route != "/" and (explicit or said in name_set("page-names.txt") and not owned):
        return route, pagelist.as_title(name)
    return ("/", "") if said in name_set("home-names.txt") else None


def _about_name(lead: str, about: str) -> str:
    """The About page's name: "About me" ("Page About me: ...", "a page about me: ..."; of the 51 such requests in the sets
    u1-u267, 26 checked "/about-us" or "/about-me", 14 "/about"), "About" of "a page about myself"."""
    return f"About {about}" if about.casefold() in ("me", "us") or re.search(rf"\bAbout\s+{re.escape(about)}\b", lead) else "About"


_CALL_IT = re.compile(r"\W*(?:(?:a|the|new)\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,2}?\s+page\b[^:\n.!?]{0,20}?,\s*(?:please\s+)?(?:call(?:ed)?|name[d]?)\s+(?:it\s+)?"
                      r"['\"“‘]?(?P<called>(?-i:[A-Z])[^:\n'\"”’]{1,40}?)['\"”’]?\s*:", re.IGNORECASE)
def names_it_after(request: str) -> bool:
    """Whether the request names a page and then calls it otherwise before its content ("Committee page please, call it Who
    We Are:", "Staff page please, called Our Team:"): the name it is called, not the first, is the page's."""
    return _CALL_IT.match(request) is not None


_FOR_PAGE = re.compile(r"^(?-i:[a-z])[\w'’]*(?:\s+(?-i:[a-z])[\w'’]*)?\s+for\s+(?:the\s+)?(?P<page>[\w'’]+(?:\s+[\w'’]+)?)$", re.IGNORECASE)


def where(request: str, site: Site | None, loose: bool = False) -> Where | None:
    """The page a request's lead names (one the site has, or a new one it names as a page), and
    the content after the lead; None when the request opens with no such lead. ``loose``: also a
    name that is no page's ("Dates this year: ...") or the content's name before its page ("Last
    year's winners on the home page. ..."), as home's content under that name."""
    # the lead opens the request, or follows a short aside ("ok no worries. instead put a line on ...")
    starts = [0] + [m.end() for m in _ASIDE_END.finditer(request[:MAX_ASIDE])
                    if len(request[:m.end()].split()) <= MAX_ASIDE_WORDS and not re.search(r"\d", request[:m.end()])]
    # a longer one before words typed after a colon to put ("That is fine, we are old fashioned anyway. Please put: ...")
    # (chat only: not "Make a page named Visit us at /visit-us. Write: ...", whose words are that page's)
    later = [m.end() for m in _ASIDE_END.finditer(request[:MAX_LONG_ASIDE]) if m.end() not in starts
             and len(request[:m.end()].split()) <= MAX_LONG_ASIDE_WORDS and not re.search(r"\d", request[:m.end()])
             and not _ASKS_IN_ASIDE.search(request[:m.end()])]
    found = [*((pattern.match(request, at), at) for at in starts for pattern in (_LOOSE_LEADS if loose else _LEADS)),
             *((pattern.match(request, at), at) for at in later for pattern in (_LINE_HOME, _PUT_COLON))]
    for m, at in found:
        if m is None:
            continue
        got = m.groupdict()
        name = "home" if got.get("home") is not None else \
            _about_name(m.group(0), got["about"]) if got.get("about") else (got.get("quoted") or got.get("quotedpage") or got.get("called")
                                               or got.get("colon") or got.get("dotted") or got.get("capitals") or got.get("name") or "").strip().lstrip("/")
        if (got.get("own") or "").strip() == "Our" and name[:1].isupper() and got.get("page"):
            name, got["own"] = f"Our {name}", None  # "Our Story page: ...": a page's name as typed
        # (said after "my", "our": not "bikes for sale page: ...", a page of its own)
        meant = _FOR_PAGE.match(name) if m.re is _BARE and got.get("page") and got.get("own") else None
        if meant is not None:
            name, got["own"] = meant.group("page"), None  # "my story for about page: ...": the About page's
        part = _PART_OF.sub("", name) if m.re is _BARE and not got.get("page") else name
        if part != name:
            # "Repairs list: ..." is the Repairs page's where the site has one; "Join Us bit: ...",
            # "Services section: ..." are home's, under that name
            have = _target(part, False, bool(got.get("own")), site)
            name = part if have is not None and not have[1] else name
        if TO_THE_APP.search(part) or _A_PLACE_ON_PAGES.search(name):
            return None  # "headline on home: ...", "title for the home page: ...": a text it names, not a page
        if got.get("verb") and not got.get("page") and norm_words(name) not in _ABOUT_PAGES:
            continue  # "Add prices: ...", "Add Rules: ...", "add contact: 0926 ...": content named, home's or a section's
        named = got.get("called") or got.get("quoted") or got.get("quotedpage") or got.get("colon") or got.get("dotted") or got.get("capitals")
        target = _target(name, bool(got.get("page") or named or got.get("about")), bool(got.get("own")), site, called=bool(named))
        heading = (got.get("heading") or "").strip()
        if got.get("part") and got["part"].lower() in _NAMING_PARTS:
            heading = f"{heading} {got['part']}"
        if loose and target is None and m.re is _BARE and not got.get("page") and not _VERBED.search(name) and not _NOT_A_NAME.match(name) \
                and len(name.split()) <= MAX_HEADING_WORDS:
            target, heading = ("/", ""), part  # "Dates this year: ...", "Opening times: ...": home's, under that name
        named_part = bool(got.get("part"))  # "a drop off section on ...": a noun before "section", not a verb
        if heading and (not named_part and (_NOT_A_NAME.match(heading) or _VERBED.search(heading))
                        or TO_THE_APP.search(heading) or _ASKED.search(heading)):
            return None
        lead = request[:m.end()]
        asked = lead[at:].replace(got.get("quoted") or got.get("quotedpage") or "\0", "")  # the page's name in quotes is no content
        if target is None or typed_content(asked) or re.search(r"\d\s*[-–]\s*\d|[$£€@]", asked):
            return None  # a lead that holds content (a time, a price) would drop it
        heading = heading[:1].upper() + heading[1:]
        return _said_at_end(Where(target[0], target[1], request[m.end():].strip(), lead, heading), site)
    return None


# What introduces the content itself ("Text: ...", "here is the text: ...").
TEXT_LEAD = re.compile(r"^(?:(?:here(?:'s| is) the text|the text is|text|with this|this|the following|something like)\s*[:\-–—]\s*"
                       r"|(?:just\s+)?say(?:\s+that)?\s+(?=\w))", re.IGNORECASE)
# A last sentence that only says where the rest goes ("Put that on a Prices page.", "put em on the home page").
_ONLY_WHERE = re.compile(r"^\W*(?:(?:(?:could|can|would|will)\s+(?:you|u)\s+)?(?:please\s+)?(?:put|add|place|list|show)"
                         r"(?:\s+(?:that|this|these|them|em|it|those|all (?:that|this|of (?:it|them|that|this))|"
                         # "Put the hours on the home page please.": what was said, named
                         r"(?:it|them) all|(?:the|our|my|those|these)(?:\s+[a-z]+){1,2}?))?\s+(?:on|onto|in|to)"
                         # "Could this go on the home page please."
                         r"|(?:could|can|would|will|should)\s+(?:this|that|it|these|those|they|all\s+(?:of\s+)?(?:this|that|it))"
                         r"\s+(?:please\s+)?(?:go|be|appear|be\s+put)\s+(?:on|onto|in|to)"
                         # "Make a Walks page."
                         r"|(?:make|create|start)(?=\s+(?:a|an)\s))\s+(?:(?:the|a|an|my|our)\s+)?"
                         r"(?:(?P<name>[\w' ]{1,30}?)\s+page|page\s+(?:called|named)\s+(?P<called>[\w' ]{1,30}?))"
                         r"(?:\s+for\s+(?:that|this|it|them|these|those))?"  # "Make a page called Register for that."
                         r"(?:,?\s+so\s+[^.!?]{1,40})?"  # "... so folk see it"
                         r"(?:,?\s+(?:please|pls|thanks|if you would|if you could|if possible))?\W*$", re.IGNORECASE)
# A last sentence that only names the page: "On home page.", "For the Visit page."
_ONLY_ON = re.compile(r"^\W*(?:on|for)\s+(?:the\s+)?(?P<name>[\w' ]{1,30}?)\s+page\W*$", re.IGNORECASE)


# "... put that on prices": a page the site has, named bare (read only where the site has it).
_ONLY_WHERE_BARE = re.compile(r"^\W*(?:(?:and|so|pls|please)\s+)*(?:(?:put|add|stick|pop|list)\s+(?:that|this|it|them|these|those|em)\s+"
                              r"(?:on|onto|in|to)|add\s+to)\s+(?:the\s+|my\s+|our\s+)?(?P<bare>(?![\w' ]*\bpage\b)[A-Za-z][\w' ]{1,30}?)"
                              r"(?:,?\s+(?:please|pls|thanks))?\W*$", re.IGNORECASE)


# ... or only its name: "board: chairman Pekka Laaksonen, .... page name Board"
_ONLY_NAMED = re.compile(r"^\W*(?:(?:and|the)\s+)?page\s+(?:name|called|named|title)\s*:?\s+(?P<called>[\w' ]{1,30}?)\W*$", re.IGNORECASE)


def _only_where(sentence: str) -> re.Match[str] | None:
    return _ONLY_WHERE.match(sentence) or _ONLY_ON.match(sentence) or _ONLY_WHERE_BARE.match(sentence) or _ONLY_NAMED.match(sentence)


def _said_at_end(found: Where, site: Site | None) -> Where | None:
    """``found`` with the page its body's last sentence names ("Put on an About page.") and the
    body without that sentence; None when that names no page ``_target`` knows."""
    said = prose.sentences(found.body)
    last = _only_where(said[-1]) if len(said) > 1 else None
    if last is None:
        return found
    bare = last.groupdict().get("bare")
    target = _target(bare or last.groupdict().get("name") or last.groupdict().get("called") or "", not bare, False, site)
    if bare and target is not None and target[1]:
        return None  # a bare name says where only when the site has that page
    return Where(target[0], target[1], " ".join(said[:-1]), f"{found.lead} {said[-1]}", found.heading) if target else None


def where_at_end(request: str, site: Site | None) -> Where | None:
    """A request whose last sentence only says where the rest goes ("... Could you put all that on
    the front page."), as a ``Where`` with the rest as its body; None otherwise."""
    said = prose.sentences(request)
    if len(said) < 2 or not _only_where(said[-1]):
        return None
    while len(said) > 2 and said[0].endswith("?"):
        request = request[request.index(said[0]) + len(said[0]):].lstrip()  # "wheres the truck schedule?? ...": to the app
        said = said[1:]
    chat = _CHAT_LEAD.match(request)
    return _said_at_end(Where("/", "", request[chat.end():] if chat else request, chat.group(0) if chat else ""), site)


_ASK_THEN_SAID = re.compile(r"^.{0,80}?(?:,\s*(?:like|such as|saying|that)|:|\s[-–—])\s+(?P<said>\S.{20,})$", re.IGNORECASE)


def _after_ask(sentence: str) -> str:
    """What an asking sentence says after its ask ("... a bit about safety, like we check the tide
    ..."), capitalised; the sentence itself when it asks nothing or says nothing after."""
    if not _ASKS_APP.match(sentence):
        return sentence
    found = _ASK_THEN_SAID.match(sentence)
    return found.group("said")[:1].upper() + found.group("said")[1:] if found else sentence


_WRITE_THIS = re.compile(r",?\s*(?:(?:please|pls|plz|and|so|can\s+you|could\s+you)\s+)*(?:write|put|add|place|show|post)\s+"
                         r"(?:this|that|it|these|them)\s*$", re.IGNORECASE)


def named_page(request: str, site: Site | None) -> Where | None:
    """A request that names a new page anywhere in it ("I show at Alnwick Fair ... Could you put a page
    called Shows with those on."), as a ``Where`` whose body is the rest of the request, in order:
    the sentences around the naming one, and the words after the name in it unless they only point
    back ("with those on"); None when there is no such page, or nothing but words about the page."""
    said = prose.sentences(request)
    for i, sentence in enumerate(said):
        m = _NAMED_PAGE.search(sentence)
        if m is None:
            continue
        name = (m.group("callit") or m.group("quoted") or m.group("called") or m.group("dotted") or m.group("bare") or m.group("name")
                or "").strip()
        end = m.end()
        # "on a page called For Sale. ...", "Add page Bikes for Sale: ...": the capitalised words after, and small words between
        more = _MORE_CAPITALS.match(sentence, end) if (m.group("called") or m.group("bare")) and name[:1].isupper() else None
        if more is not None and m.group("bare") and not sentence[more.end():].lstrip().startswith(":"):
            more = None  # "Add a page In Memory for Grandma Rosa ...": the name said bare ends at its colon, or is its capitals
        if more is not None:
            name, end = name + more.group(0), more.end()
        whole = pagename.name_to_the_end(sentence)
        if whole is not None and whole[0].startswith(name) and whole[1] > end:
            name, end = whole  # "Add page How to get here.": not "How"
        tail = _NAME_TAIL.match(sentence, end) if name[:1].isupper() else None
        if tail is not None:  # "a page Visit us with our address", "Page About me: ..."
            name, end = name + tail.group(0), tail.end()
        if pagename.not_a_name(name):
            continue  # "On page About the board: ...": where, and the name after it
        # "Add a page In Memory for those we lost": a capitalised "In" typed right after "page" opens the name
        opens = bool(m.group("bare")) and re.match(r"(?-i:In|On|To|For)\s+(?-i:[A-Z])", name) is not None
        target = _target(name, True, False, site, called=bool(m.group("called") or m.group("callit") or more or opens))
        named = sentence[:end].replace(m.group("quoted"), " ") if m.group("quoted") else sentence[:end]  # its name quoted is no content
        if target is None or target[0] == "/" or TO_THE_APP.search(name) or typed_content(named):
            return None
        about = sentence[end:]
        about = about[_ABOUT.match(about).end():].strip()  # type: ignore[union-attr]
        colon = _WORDS_TO_COLON.match(about)
        if colon and not typed_content(colon.group(0)):
            about = about[colon.end():]  # "with our two boats: Tregothnan ...", "that explains the basics: ..."
        # an ask before it keeps what it says after "like" or a colon ("can u add a bit about safety, like we
        # check the tide ...")
        # "Season is only June 1 to September 15, please write this on Tours page": what "this" is, before it
        this = _WRITE_THIS.search(sentence[:m.start()])
        head = sentence[:this.start()].strip(" ,") + "." if this and sentence[:this.start()].strip(" ,") else ""
        said_before = [_after_ask(s) for s in [*said[:i], *([head] if head and (typed_content(head) or dates(head)) else [])]]
        before = [s for s in said_before if (len(s.split()) > MAX_CHAT_WORDS or re.search(r"\d|\w:\s", s))  # "President: Graham Pike."
                  and not ((TO_THE_APP.search(s) or _ASKS_APP.match(s)) and not typed_content(s))]
        # not "Ok fair.", "I'd like a page that ...", "can you add traning times."
        if not typed_content(" ".join(before)) and len(" ".join(before).split()) < MIN_BEFORE_WORDS:
            before = []  # "We're launching a podcast. Add a page called ...": what the page is for
        around = [*before, *said[i + 1:]]
        if m.group("quoted") and target[1]:  # "a page called 'The Day'": at "/the-day", as quoted
            target = ("/" + slug(pagelist.as_title(name)), pagelist.as_title(name))
        elif m.group("called") and target[1]:
            target = (target[0], pagelist.as_title(name))  # "a page called The Slow Roast Podcast" keeps "The"
        if _POINTS_BACK.match(about) or not typed_content(about) and len(about.split()) < MIN_ABOUT_WORDS and around:
            about = ""
        if not around and not typed_content(about) and not (_SAYS.match(sentence[end:]) and len(about.split()) >= MIN_SAID_WORDS):
            # "a page called Menu with our drinks and prices": what the page is for, not its content (not "a Donate page
            # that says checks can be mailed to Second Chance Paws Rescue, P.O. Box 2214, ...")
            return None
        body = " ".join(s for s in [*before, about[:1].upper() + about[1:], *said[i + 1:]] if s)
        return Where(target[0], target[1], _as_lines(request, sentence[:end], body), sentence[:end]) if body else None
    return None


def _as_lines(request: str, lead: str, body: str) -> str:
    """``body`` as the lines it was typed in, where the request names the page on a line of its own and
    types the rest one entry a line ("page Staff\nLucas_BR - owner\nxXgabiXx - admin"): read as sentences,
    the lines ran together into one text."""
    lines = [line.strip() for line in request.strip().split("\n")]
    at = lines.index(lead.strip()) if lead.strip() in lines else -1  # "ok\nmake page Rules\n1 no griefing\n..."
    if at >= 0 and len(lines) - at >= 3 and " ".join(lines[at + 1:]) == body:
        return "\n".join(lines[at + 1:])
    # "... call it Adopt. Here they are\nBiscuit - 3 year old beagle\nDuke - ...": the words after the name
    # on its line, then the lines it was typed in
    first = next((i for i, line in enumerate(lines) if lead.strip() in line), -1)
    tail = [lines[first].split(lead.strip(), 1)[1].strip(" .,:")] if first >= 0 else []
    rest = [line for line in lines[first + 1:] if line] if first >= 0 else []
    said = [t for t in tail if t]
    for cut in range(len(said[0].split()) if said else 0):  # the sentence the body starts at, on the name's line
        typed = [" ".join(said[0].split()[cut:]), *rest]
        if len(rest) >= 2 and " ".join(typed) == body:
            # "Here they are" says what follows; it is no entry of the list
            lead_in = not typed_content(typed[0]) and len(typed[0].split()) <= MAX_LEAD_IN_WORDS
            return "\n".join(rest if lead_in else typed)
    return body
