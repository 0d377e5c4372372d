"""Who takes someone's place: "Ben Castellano has left us. Please replace him with Assistant Coach
Jordan Pike", "Graham has stepped down (bless him, 11 years!) so the new Treasurer is Mere Hohaia",
"Carol is still on there, can you swap her for Janet Robson", "Gerry Moloney has stepped down as
treasurer after eleven years, and Pádraig Culligan has taken over".

The model wrote these as an edit of the person's text ("Still showing on the Committee"), a new
item beside them, a removal alone, or a decline: of 27 such turns in the user sets u1-u85, 23
failed. Here the person who goes is the one the site shows under the name typed (a first name is
enough where one person on the site has it), and the one who comes is the name typed after
"with", "for", "is" or before "has taken over"; their name replaces the other's wherever the
site shows it, so their role and their place in the list stay.
"""

from __future__ import annotations

import re

from app.scaffold.contactswap import phones
from app.scaffold.plan import EditItem, Plan, ReplaceText, replacing
from app.scaffold.scope import name_set, word_list, words_pattern
from app.scaffold.site import Site, norm_words, shown_pieces, shown_text

# A person's name as typed: capitalised words, with the small words names have ("Mereana Pohatu",
# "Irene Cowie", "Mrs Eileen Harbinson", "Pádraig Culligan", "Mei Lin Foster").
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"  # a capital, Latin letters with accents too ("Ólafsdóttir", "Łukasz")
_TITLE = r"(?:Mr|Mrs|Ms|Mdm|Miss|Dr|Prof|Rev|Pastor|Fr|Imam|Rabbi|Barr|Engr)\.?\s+"
_PARTICLE = "(?-i:(?:van|de|da|di|von|le|la|du|del|der|mac|o'))"  # the small words of a surname ("Pieter van Wyk")
_NAME = rf"(?-i:[{_UPPER}])[\w'’.-]*(?:\s+(?:{_PARTICLE}\s+)?(?:(?-i:d|l)['’])?(?-i:[{_UPPER}])[\w'’-]*){{1,3}}"  # "Mike d'Entremont"
_THEIR_PART = r"(?:contact|number|phone|details|place|spot|role|job|part|name)"  # "Facundo's contact"
_ROLE = r"(?:(?:our|the|a|as)\s+)?(?:new\s+)?(?:(?-i:[a-z])[\w'’-]*\s+){0,2}?"
# Who comes, said after who goes.
_COMES = (
    # "replace him with Jordan Pike", "swap her out for Bec Lindqvist", "replace her on the Committee page with ..."
    # "Felix left, replace with Jonah Lindqvist as CTO": who goes said before
    # "change Javiera Soto for Ignacio Pérez (adoptions)"
    # "replace Facundo's contact with Valentina Echeverría", "Replace Signora Lina with Antonella +39 ...": one name will do
    # after the one who goes, named
    re.compile(rf"\b(?:replace|swap)\s+(?:(?P<old>him|her|them|{_NAME}|(?-i:[{_UPPER}])[\w-]+(?=['’]s\s))(?:['’]s\s+{_THEIR_PART})?"
               rf"(?:\s+out)?(?:\s+(?:on|in)\s+[^.!?]{{1,40}}?)?\s+)?"
               rf"(?:with|for|by)\s+(?:(?-i:[A-Z])[\w'’-]*\s+){{0,2}}?(?P<new>{_NAME}|(?<=with\s)(?-i:[{_UPPER}])[\w'’-]+(?=\s*(?:[.!?;]|\+?\(?\d|$)))(?![\w'’-])"
               rf"|\bchange\s+{_NAME}\s+(?:with|for)\s+(?P<new2>{_NAME})(?![\w'’-])", re.IGNORECASE),
    # "the new Treasurer is Mere Hohaia", "our new guitarist is Euan Hastings", "the new one is Denis Lachapelle"
    # "New treasurer is Sabine Kern", "New treasurer - Paweł Kowalczyk"
    re.compile(rf"\b(?:(?:the|our)\s+)?new\s+(?:(?-i:[A-Za-z])[\w'’-]*\s*){{1,4}}?(?:\s(?:is|will be)|\s?[-–:,])\s+(?P<new>{_NAME})(?![\w'’-])"
               # "jepoy quit being mod 😭 remove him. new mod is Bea": one name, ending the sentence
               rf"|\bnew\s+(?:(?-i:[a-z])[\w'’-]*\s+)?is\s+(?P<new2>(?-i:[{_UPPER}])[\w'’-]+(?:\s+(?-i:[{_UPPER}])[\w'’-]+)?)(?=\s*(?:[.!?,;]|$))"
               # "Satu Kangas left. New treasurer Henna Ylitalo.": the role in lower case, then the name ("new technician Babul")
               rf"|\bnew\s+(?-i:[a-z])[\w'’-]*(?:\s+(?-i:[a-z])[\w'’-]*)?\s+(?P<new3>{_NAME}|(?-i:[{_UPPER}])[\w'’-]+)(?=\s*(?:[.!?,;]|$))",
               re.IGNORECASE),  # "Marna stop as cashier, new is Rói Dam"
    # "treasurer is now Elspeth Cairns", "The post is now held by Mr Ravi Chandran", "taken over by Ann Bell", "He is
    # replaced by Sámal Nolsøe"
    re.compile(rf"\b(?:(?-i:[a-z])[\w'’-]*|(?i:contact(?:\s+person)?))\s+(?:(?:is|will\s+be)\s+)?now\s+(?P<new>{_NAME})(?![\w'’-])"  # "secretary now Alan Mapp"
               # "Solo Jazz now taught by Bára Sýkorová", "prayer will be by Pastor Samuel Ofori"
               # "Cabin Boy Jim will now be played by Ethan Boyd", "Rabindra Sangeet now by Anindita Sen"
               rf"|\b(?:(?:is|are)\s+)?(?:now\s+)?(?:held|taken(?:\s+over)?|run|led|taught|coached|hosted|given|done|replaced|will\s+be|played|sung|"
               rf"performed|presented|handled|managed|(?<=now\s))\s*by\s+(?P<new2>{_NAME}|(?-i:[{_UPPER}])[\w'’-]+)(?![\w'’-])",
               re.IGNORECASE),
    # "add my cousin Anjali Rao as bridesmaid instead", "Put Kevin Mwangi as assistant coach" (beside who goes)
    re.compile(rf"\b(?:add|put|make)\s+(?:(?:my|our)\s+(?:(?-i:[a-z])[\w'’-]*\s+){{0,2}}?)?(?P<new>{_NAME})\s+(?:in\s+)?as\b"
               # "Camila can't be a dama anymore 😢 put Natalia Ruiz instead", "... put Renata instead": one name will do
               rf"|\bput\s+(?P<new2>{_NAME}|(?-i:[A-Z])[\w'’-]+)\s+(?:(?:on|at|in|for)\s+[^.!?,]{{1,30}}?\s+)?instead\b"
               # "Orla can no longer be a bridesmaid ..., so please remove her and add Emma Kowalska instead": a person's
               # role said, not a product's ("Jalapeño Ranch is gone. remove it. add Dill Pickle instead")
               rf"|\bcan(?:not|'t|’t|\s+no)\s+(?:longer\s+)?be\b.*?\badd\s+(?P<new3>{_NAME})\s+instead\b",
               re.IGNORECASE),
    # "Luis Ortega will now serve as Vice President", "Tom's brother Sam Whitfield will be Best Man instead"
    re.compile(rf"(?P<new>{_NAME})\s+will\s+(?:now\s+)?(?:(?:serve|act|be|take\s+over)\s+as\b|be\s+(?:the\s+|our\s+)?(?-i:[A-Z]))"
               # "his brother Sam Baker is stepping in as groomsman instead"
               rf"|(?P<new2>{_NAME})\s+(?:is|will)\s+(?:now\s+)?(?:stepping|step|taking|take)\s+(?:in|over)\b"
               # "Matua Wiremu Te Whata is covering haka"
               rf"|(?P<new3>{_NAME})\s+(?:is|will\s+be)\s+(?:now\s+)?(?:covering|filling\s+in|standing\s+in)\b",
               re.IGNORECASE),
    # "Declan can't make it, it's now Orla Keaney", "now it's Trio Murblick", "Sam can't judge anymore, change to Tui Hemara"
    re.compile(rf"\b(?:it['’]?s\s+now|it\s+is\s+now|now\s+it['’]?s|now\s+it\s+is|change\s+(?:it\s+)?to)\s+(?:the\s+)?(?P<new>{_NAME})(?![\w'’-])",
               re.IGNORECASE),  # "It is now Mr. Denis Okello, not Mrs. Atim"
    # "Renata can't be in the court anymore, please change her to Ximena": one name will do after him or her
    re.compile(rf"\b(?:change|swap)\s+(?:him|her|them)\s+(?:to|for)\s+(?P<new>{_NAME}|(?-i:[{_UPPER}])[\w'’-]+)(?![\w'’-])"),
    # "duo is now with violinist Zuzanna Wójcik", "Ros Kettlewell is taking the rope skills workshop instead"
    # "Now the zabumbas are with his nephew Kleber Pereira"
    re.compile(rf"\b(?:is|are)\s+now\s+with\s+(?:(?-i:[a-z])[\w'’-]*\s+){{0,2}}?(?P<new>{_NAME})(?![\w'’-])"
               rf"|\b(?i:now)\s+(?:the\s+)?(?:(?-i:[a-z])[\w'’-]*\s+){{1,3}}(?:is|are)\s+with\s+(?:(?-i:[a-z])[\w'’-]*\s+){{0,2}}?(?P<new3>{_NAME})(?![\w'’-])"
               rf"|(?P<new2>{_NAME})\s+(?:is|will\s+be|will)\s+(?:taking|doing|running|leading|teaching|playing|hosting|handling|managing|take|do|run|lead|teach|play|host|handle|manage)"
               r"\b[^.!?]{0,60}?\b(?:instead|now)\b"),
    # "workshop will be with Nika Kos instead", "Hang Dong Hawks replace them"
    # "Mr. Ken Ironstar is replacing him"
    re.compile(rf"\bwith\s+(?P<new>{_NAME})\s+instead\b|(?P<new2>{_NAME})\s+(?:will\s+|is\s+|will\s+be\s+)?replac(?:es?|ing)\s+(?:him|her|them|it)\b"),
    # "Pádraig Culligan has taken over", "it's going to be Mei Lin Foster from now on", "Kagiso Molefe joined us"
    re.compile(rf"(?P<new>{_NAME})\s+(?:has|have)\s+(?:kindly\s+|now\s+|just\s+)?(?:taken\s+over|joined)\b|(?P<new3>{_NAME})\s+joined\b"
               rf"|\bgoing\s+to\s+be\s+(?P<new2>{_NAME})(?![\w'’-])", re.IGNORECASE),
    # "Yaw has left us, Kofi Asare is our new cutter", "Liisa Heikkinen is new treasurer": the name before the role
    # "Ishaan Patil is new USG Media": the role as typed, capitals and all
    re.compile(rf"(?P<new>{_NAME})\s+(?:is|will\s+be)\s+(?:(?:our|the)\s+)?new\s+[\w'’-]+\b", re.IGNORECASE),
    # "Daniela leave the school :( now bachata teacher is Karla Jiménez"
    re.compile(rf"\bnow\s+(?:(?-i:[a-z])[\w'’-]*\s+){{1,3}}(?:is|will\s+be)\s+(?P<new>{_NAME})(?![\w'’-])"),
    # "Dougie's stepped down, Alan Kerr is treasurer now": the name, the role, then "now"
    re.compile(rf"(?P<new>{_NAME})\s+(?:is|will\s+be)\s+(?:(?:the|our)\s+)?(?-i:[a-z])[\w'’-]*(?:\s+(?-i:[a-z])[\w'’-]*)?\s+now\b"),
    # "Mrs Castellano is on leave, so volunteers should now contact Mr Dev Pillai", "Mick Fenton cannot come in April after
    # all. Instead we will have Sergeant Paula Briggs talking about scams"
    re.compile(rf"\bnow\s+(?:contact|call|sign\s+up\s+with|speak\s+to|talk\s+to|go\s+to|ask)\s+(?P<new>(?:{_TITLE})?{_NAME})(?![\w'’-])|\binstead\s*,?\s+we\s+(?:(?:will|'ll)\s+)?have\s+(?P<new2>{_NAME})(?![\w'’-])",
               re.IGNORECASE),
    # "Mrs Hurst has stood down as Treasurer. Her successor is Mr Alan Brickwood."
    re.compile(rf"\b(?:his|her|their)\s+(?:successor|replacement)\s+(?:is|will\s+be)\s+(?:{_TITLE})?(?P<new>{_NAME})(?![\w'’-])", re.IGNORECASE),
    # "Joseph moved to Dodoma for new job. Head Mechanic now is Baraka Laizer.": the role, then "now is"
    # "Treasurer now Wong Kah Yee, Ahmad Faizal resign already"
    re.compile(rf"(?:^|[.!?]\s+)(?:(?-i:[A-Z])[\w'’-]*\s+){{1,3}}now\s+(?:is\s+|will\s+be\s+)?(?P<new>{_NAME})(?![\w'’-])"),
    # "Ahmad Faizal out, Wong Kah Yee in"
    re.compile(rf"\bout\s*[,;&]?\s*(?:and\s+)?(?P<new>{_NAME})\s+in\b(?=\s*(?:[.!?,;]|$))"),
    # "The Ride Leader is now Pauline Greaves"
    re.compile(rf"\b(?:the|our)\s+(?:(?-i:[A-Z])[\w'’-]*\s+){{1,3}}(?:is|will\s+be)\s+now\s+(?P<new>{_NAME})(?![\w'’-])"),
)
# Who goes: the name just before what says they go ("Graham has stepped down", "Calum Rae is still
# listed", "Alasdair's had to pull out", "Sam's stepping down"), or after "replace" / "swap".
_WHO = rf"(?-i:[{_UPPER}])[\w'’-]*(?:\s+(?-i:[{_UPPER}])[\w'’-]*){{0,2}}"
_GOES = re.compile(rf"(?P<old>{_WHO}|(?-i:[a-z])[\w'’-]+)(?:['’]s)?\s+(?:(?:has|have|had|is|are|was|been|just|now|sadly|also|unfortunately|recently|finally)\s+){{0,3}}"
                   r"(?:left|leaving|transferred|travell?ed|not\s+with\s+us|stepp(?:ed|ing)\s+back|steps?\s+back|(?:asked|wants?|wanted|decided|needs?|had)\s+to\s+(?:step|stand)\s+down|leaves?\s+(?:the|us|our|job|work|(?-i:[A-Z])\w*)|stepped\s+down|stepping\s+down|stood\s+down|standing\s+down|(?:moved?|shifted|relocated)\s+(?:back\s+)?(?:on|away|to)|(?:go|goes|went|gone)\s+(?:back\s+)?to\s+(?:live|work|study)\b|(?:working|living|studying|moved|moving)\s+(?:abroad|overseas)|(?:moving|shifting|moves)\s+(?:back\s+)?(?:on|away|to)|is\s+away|retired|"
                   r"retiring|gone|handed\s+over|to\s+pull\s+out|pulled\s+out|dropped\s+out|cancell?ed|still\s+(?:on|there|listed|showing|shown|up)|hung\s+up|"
                   # "Mehmet Aydın has stopped", "Marek Zając is not treasurer anymore", "is no longer"
                   r"stopped|stops?\s+(?:as|being|\w+ing)|quit|withdrawn|withdrew|on\s+(?:\w+\s+){0,2}leave|resign(?:ed|s)?|"
                   r"out(?=\s*[,;&]?\s*(?:and\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*\s+in\b)|not\s+(?:(?:the|our)\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+any\s?more|no\s+longer|graduated|"
                   # "Meera can no longer be a bridesmaid", "George can't make it any more"
                   r"can(?:not|'t|’t|t|\s+no)\s+(?:longer\s+)?(?:be|make\s+it|come|attend)|can(?:not|'t|’t|t)\s+(?:[a-z]+\s+){1,2}any\s?more|"
                   # "Amaka Eze is too busy, Programmes is now Kelechi Nwosu"
                   r"(?:is|are)\s+(?:too\s+busy|not\s+available|unavailable)|(?:has|have)\s+too\s+much\s+(?:work|on))\b"
                   rf"|\b(?:replace|swap)\s+(?P<old2>{_WHO})\s+(?:out\s+)?(?:with|for|by|on|in)\b|\bchange\s+(?P<old5>{_WHO})\s+(?:with|for)\b"
                   # "It is now Mr. Denis Okello, not Mrs. Atim."
                   rf"|,?\s+not\s+(?P<old3>(?:{_TITLE})?{_WHO})(?=\s*(?:[.!?,;]|$))"
                   # "quita Lalo, he moved to Tijuana 😢 new guitarrón is Toño Villalobos": who is taken off, and why
                   rf"|\b(?:remove|delete|take\s+(?:out|off)|quita|quitar|saca|drop)\s+(?P<old4>{_WHO})(?=\s*[,;]\s*(?:he|she|they|put|add)\b)")
_FOR_A_WHILE = re.compile(r"(?:^|[:.]\s)\W*(?:in|during|for|throughout)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
                          re.IGNORECASE)  # "On the Classes page add: In February ..." too
# The name a request opens with, after a lead-in ("Small change - Tyler has broken his arm", "Sreeparna di has fever").
_SUBJECT = re.compile(rf"^\W*(?:(?:small|quick|little|one)\s+(?:change|update|thing)\s*[-–:,.!]+\s*)?(?P<who>(?:{_TITLE})?(?-i:[{_UPPER}])[\w'’-]+)"
                      r"(?:\s+(?:di|da|bhai|ji|sir|madam|aunty|uncle))?\s+(?:is\s+(?:going|moving|leaving|sick|ill|unwell|away|travell?ing|off|busy|"
                      r"injured|out)|ha[sd]\s+(?:fever|flu|covid|broken|hurt|injured|been\s+(?:ill|sick|unwell|injured))|can'?t|cannot|won'?t|will\s+not|"
                      r"isn'?t)\b", re.IGNORECASE)  # (not "Keisha is now steersperson", "Callum has finished his apprenticeship": who stays)
# Words that open a sentence or a title before a name, not part of it.
_NOT_NAMES = frozenset("I A The Our We Please Sorry Sadly Oops Also And So Sad Last Omg Oh Unfortunately January February March "
                       "April May June July August September October November December Monday Tuesday Wednesday Thursday "
                       "Friday Saturday Sunday Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays".split())  # "iOS is now Coming June 2027 not March": a date, no one's name
# What goes before "has left" that is no one's name when typed in lower case ("he has stepped down").
_NOT_LOWER_NAMES = frozenset("he she they it who that this which someone everyone one lady man woman guy".split())


def _shown_as(site: Site, name: str) -> set[str]:
    """The full names the site shows that begin with ``name`` ("Graham" -> {"Graham Pike"}); for a
    name typed as a title and a surname, those that end with it ("Mr Ncube" -> {"Mr Tendai Ncube"})."""
    # "Pieter" -> "Pieter van Wyk": the small words of a surname too
    pattern = re.compile(rf"(?<![\w'’]){re.escape(name)}(?:\s+(?:{_PARTICLE}\s+)?(?-i:[{_UPPER}])[\w'’-]*){{0,2}}(?![\w'’])")
    texts = [text for _, text in shown_pieces(site)] + list(site.footer)  # "Sanne de Vries, +31 6 ..." of the footer too
    found = {_without_trailing_role(m.group(0), name) for text in texts for m in pattern.finditer(text)}
    titled = re.fullmatch(rf"(?P<title>{_TITLE})(?P<surname>(?-i:[{_UPPER}])[\w'’-]*)", name)
    if found or titled is None:
        return found
    title = re.escape(titled.group("title").strip().rstrip("."))  # the same title: "Mr Dube" is not "Dr Nomvula Dube"
    by_surname = re.compile(rf"(?<![\w'’]){title}\.?\s+(?:(?-i:[{_UPPER}])[\w'’-]*\s+){{1,2}}{re.escape(titled.group('surname'))}(?![\w'’])")
    return {m.group(0) for _, text in shown_pieces(site) for m in by_surname.finditer(text)}


def _without_trailing_role(shown: str, name: str) -> str:
    """``shown`` without the role the site writes after the name in running text ("Treasurer - Marek Zając
    Junior coach - ...", "Fatuma Hassan Coach"): the words after ``name`` up to the first role word."""
    extra = shown[len(name):].split()
    kept = []
    for word in extra:
        if norm_words(word) in name_set("role-words.txt"):
            break
        kept.append(word)
    return " ".join([name, *kept])


def _without_role(new: str) -> str:
    """The name without the role typed before it ("Assistant Coach Jordan Pike" -> "Jordan Pike")."""
    if re.match(_TITLE, new):
        return new  # "Pastor Samuel Ofori": a title goes with the name (``_titled``)
    words = new.split()
    while len(words) > 2 and norm_words(words[0]) in name_set("role-words.txt"):
        words.pop(0)
    return " ".join(words)




def _titled(new: str, old: str, site: Site) -> tuple[str, str]:
    """``old`` and ``new`` with one title between them, where the site shows one before ``old`` already: the same
    ("Mr Wong Kar Leong" -> "Mr Ravi Chandran", not "Mr Mr Ravi Chandran"), or the site's goes with the name
    ("Mr. Rohan Joshi" -> "Ms. Priya Gokhale", not "Mr. Priya Gokhale")."""
    title = re.match(_TITLE, new)
    # in the whole text: a title's full stop ends no sentence ("prayer by Rev. Esther Adjei")
    shown = re.search(rf"\b(?P<t>{_TITLE}){re.escape(old)}", shown_text(site))
    if title is None or shown is None:
        return old, new
    same = norm_words(title.group(0)) == norm_words(shown.group("t"))
    return (old, new[title.end():]) if same else (shown.group(0), new)


def swap(request: str, site: Site | None) -> ReplaceText | None:
    """The replacement of who goes by who comes (``_swap``), with the name in brackets beside each where the request types
    one and the site shows one ("Dona Lua (Luana Reis)" made "Mestre Biu (Severino Lima)"): the two go together."""
    op = _swap(request, site)
    if op is None or site is None:
        return op
    typed = re.search(rf"{re.escape(op.new)}\s*(\([^()]{{2,40}}\))", request)
    held = re.search(rf"{re.escape(op.old)}\s*\([^()]{{2,40}}\)", shown_text(site))
    return replacing(held.group(0), f"{op.new} {typed.group(1)}") if typed is not None and held is not None else op


# How far after a name its number may be shown: "Mark Vanderhoek for anything about the picnic, (616) 555-0192".
_NUMBER_AFTER = 60


def swap_with_number(request: str, site: Site | None) -> list[ReplaceText]:
    """The swap (``swap``), and the number shown after who goes made the one the request types for who comes ("... list my
    cousin Joanne De Vries instead, (616) 555-0177"); [] where no one is swapped."""
    op = swap(request, site)
    if op is None or site is None:
        return []
    number = _their_number(request, site, op)
    return [op, number] if number is not None else [op]


def _their_number(request: str, site: Site, op: ReplaceText) -> ReplaceText | None:
    """The one number the site shows after who goes, in the same sentence, replaced by the one the request types that the
    site does not show: the site's other numbers are other people's. None unless there is exactly one of each."""
    new = [n for n in phones(request) if re.sub(r"\D", "", n) not in re.sub(r"\D", "", shown_text(site))]
    if len(new) != 1:
        return None
    after = re.compile(rf"(?<![\w'’]){re.escape(op.old)}[^.!?;\n]{{0,{_NUMBER_AFTER}}}?(?P<number>\+?\(?\d[\d ().-]{{5,}}\d)(?![\d\w])")
    held = {m.group("number") for _, text in shown_pieces(site) if (m := after.search(text)) is not None and phones(m.group("number"))}
    return replacing(held.pop(), new[0]) if len(held) == 1 else None


def _swap(request: str, site: Site | None) -> ReplaceText | None:
    """The replacement of the person who goes by the one who comes; None when the request names no
    such pair, or the one who goes is no one (or several people) the site shows, or the change is for a while ("In
    February the Tuesday classes are taught by Nino & Levan (Giorgi is away)": a note of its own)."""
    if site is None or _FOR_A_WHILE.search(request):
        return None
    goers = [(g.start(), " ".join(w for w in re.sub(r"['’]s$", "", g.group("old") or g.group("old2") or g.group("old3") or g.group("old4") or g.group("old5")).split()
                                  if w not in _NOT_NAMES)) for g in _GOES.finditer(request)]
    # "gus has stepped down": a first name typed in lower case is the name the site shows capitalised
    goers = [(at, name[:1].upper() + name[1:]) for at, name in goers if name.casefold() not in _NOT_LOWER_NAMES]
    # "agnes kulwa has move to shinyanga": the words typed before it in lower case too, where the site shows them so
    goers = [(at, _with_lower_first(request, at, name, site)) for at, name in goers]
    if not goers and (subject := _SUBJECT.match(request)) is not None and subject.group("who") not in _NOT_NAMES \
            and not re.search(rf"\b{re.escape(subject.group('who'))}\s+(?:stays|remains|will\s+stay|is\s+staying)\b", request):
        # "Hina is going to Lahore for her masters so Maryam Shah will handle social media now": who the request is
        # about, said first, where the site shows them (``_shown_as``); not one said to stay ("Eric stays volunteer")
        goers = [(subject.start("who"), subject.group("who"))]
    for pattern in _COMES:
        m = pattern.search(request)
        if m is None:
            continue
        typed = (m.groupdict().get("new") or m.groupdict().get("new2") or m.groupdict().get("new3") or "").strip()
        new = _without_role(typed)
        said = m.groupdict().get("old") or ""
        # the one who goes is named after "replace" or, for "him" / "her", nearest before the one who comes
        near = sorted(goers, key=lambda g: (g[0] > m.start(), abs(m.start() - g[0])))
        candidates = [said] if said and said.casefold() not in ("him", "her", "them") else [n for _, n in near] or _the_one_named(request, site, new, said, m.span())
        for name in (n for n in candidates if n and n not in new):
            olds = {full for full in _shown_as(site, name) if new not in full}
            if not olds and re.fullmatch(r"[\w'’-]{3,}s", name):  # "barrys stepped down": Barry's, typed without its apostrophe
                olds = {full for full in _shown_as(site, name[:-1]) if new not in full}
            # not "Mr Dube" as "Dube", nor "Treasurer Priya" (the role said: who is asked to go, and what else, is the model's)
            kin = name.split()[0] if len(name.split()) == 2 and not re.match(_TITLE, name) \
                and norm_words(name.split()[0]) not in name_set("role-words.txt") else ""
            if not olds and kin:  # "Ate Joy is moving ..., new house mother is Ate Bing Habbiling" of "Joy Lingayo"
                olds = {full for full in _shown_as(site, name.split()[1]) if new not in full and full != name.split()[1]}
            # "Assistant coach Brian Otieno" and "WhatsApp Brian on ...": the one person, by their full name
            longest = max(olds, key=len, default="")
            if len(olds) > 1 and all(longest.startswith(o) for o in olds):
                olds = {longest}
            if len(olds) == 1:
                old = olds.pop()
                if typed != new and old.split()[0].casefold() == typed.split()[0].casefold():
                    new = typed  # "Captain Juma Kahindi" -> "Captain Omari Baya": the site shows the role with the name
                old, new = _titled(new, old, site)
                if _cut_short(name, request) and _name_goes_on_before(old, site):
                    return None  # "Country Polka Boys" of "The Hill Country Polka Boys": no name of its own to replace
                return None if not new or old.casefold() == new.casefold() else ReplaceText(op="replace_text", old=old, new=new)
    return _in_the_role(request, site) or _by_the_site(request, site)


# "Mr Quinn cant make it now, Paul McGarrigle is doing the hot dogs", "Ganbold moved to UB for work. new horse guide is Tumur,
# 20 years horseman", "Pete can't come this year 😭 he's stuck in Denver. Tomek and Ania will bring the bread ... instead":
# people say who comes in more ways than ``_COMES`` lists (16 of u376-u385's failed first tries were such swaps). Here the
# site says who can go and the request's one new name is who comes.
_LEAVING = words_pattern(word_list("leaving-words.txt"))
_RUN = rf"(?-i:[{_UPPER}])[\w'’.-]*(?:\s+(?:{_PARTICLE}\s+)?(?-i:[{_UPPER}])[\w'’-]*){{0,3}}"
_TWO = re.compile(rf"(?<![\w'’@.])(?P<a>{_RUN})(?:\s+(?:and|&)\s+(?P<b>(?-i:[{_UPPER}])[\w'’-]*))?(?![\w'’@])")
# Where a capitalised word is a place, not who comes: "moved to Gdańsk", "stuck in Denver", "from the culinary school";
# or a detail after a dash ("Sora Jung join - Minolta X-700").
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|from|at|near|of|for|until|till|since|via|around)|\b(?:move|moved|moving|moves|go|goes|going|gone|"
                           r"went|back|relocat\w*|travel\w*|fly|flew|flying|off|return\w*|visit\w*|live|lives|living|work|works|study|studies)"
                           r"\s+(?:back\s+)?to|[-–—:/(@#])\s*$", re.IGNORECASE)
_EMOTICON = re.compile(r"[:;]['’]?-?[()DPp/\\|]+(?=\s|$)")  # "Samuel changed school :( Renata takes his cello": no bracket
# A date a thing moved to, not a person leaving: "Mehndi moved to Friday August 13".
_TO_A_DATE = re.compile(r"\s+(?:back\s+)?to\s+(?:the\s+)?(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
                        re.IGNORECASE)
# Who comes is a name said to do something ("Paul McGarrigle is doing the hot dogs", "Sora Jung join") or to have the part
# ("new horse guide is Tumur", "cousin Stefan", "now leads Marta Wójcik", "change contact to Diego Hernández"); not "Entry" of
# "... and Entry fee now K200", nor "Classes" of "Rename Workshops to Classes".
_DOES = re.compile(r"^\s+(?:(?:just|also|has\s+just|have\s+just)\s+)?(?:is|are|will|now|has|have|takes?|joins?|joined|can|does|'s|’s)\b", re.IGNORECASE)
_HAS_THE_PART = re.compile(r"(?:\b(?:is|now|by|with|leads?|runs?|teach(?:es)?|coach(?:es)?|hosts?|covers?|handles?|sings?|plays?|cousin|brother|sister|aunt|"
                           r"auntie|uncle|son|daughter|nephew|niece|friend|neighbou?r|colleague|wife|husband|mum|mom|dad)"
                           r"|\bchange[^.!?]{0,30}\bto|\breplace[^.!?]{0,30}\bwith)\s*[,:]?\s*$", re.IGNORECASE)


def _named(words: str) -> str:
    """``words`` without the capitalised words no name holds (``not-names.txt``: "Sorry", "The"; months and days), a title
    before a name kept ("Mr Dube" is not the site's "Dr Nomvula Dube")."""
    split = words.split()
    kept = [w for i, w in enumerate(split) if norm_words(w) not in name_set("not-names.txt") and w not in _NOT_NAMES
            or re.fullmatch(_TITLE, w + " ") and i + 1 < len(split)]
    return " ".join(kept)


def _shown_person(name: str, site: Site) -> set[str]:
    """``_shown_as``, and for a name typed as a title and a surname, the full names the site shows without a title that end
    with it ("Mr Ramotswa" -> {"Onalenna Ramotswa"})."""
    shown = _shown_as(site, name)
    titled = re.fullmatch(rf"{_TITLE}(?P<surname>(?-i:[{_UPPER}])[\w'’-]*)", name)
    if shown or titled is None:
        return shown
    ends = re.compile(rf"(?<![\w'’])(?-i:[{_UPPER}])[\w'’-]*\s+{re.escape(titled.group('surname'))}(?![\w'’])")
    return {m.group(0) for _, text in shown_pieces(site) for m in ends.finditer(text)
            if not re.match(_TITLE, m.group(0) + " ") and not re.search(rf"{_TITLE}$", text[:m.start()])}  # not "Dr Nomvula Dube"


def _by_the_site(request: str, site: Site) -> ReplaceText | None:
    """The one person the site shows whom the request names before a word that says they go, replaced by the one name
    the request types that the site does not show (not a place, month or day); None unless there is exactly one of each."""
    leaving = next((m for m in _LEAVING.finditer(request) if not _TO_A_DATE.match(request[m.end():])), None)
    if leaving is None or re.search(r"[\"“”]", request):
        return None  # nobody said to go; or quoted words, which are a text to show
    goers: set[str] = set()
    comers: set[str] = set()
    shown_words = norm_words(shown_text(site))  # read once, not once a name
    # "uncle ray can't come anymore": the words typed in lower case just before, where the site shows them as a name
    lower = re.search(r"(?<![\w'’])((?-i:[a-z])[\w'’-]+(?:\s+(?-i:[a-z])[\w'’-]+)?)\s+$", request[:leaving.start()])
    if lower is not None and (said := _shown_person(lower.group(1).title(), site)) and len(said) == 1:
        goers |= said
    for m in _TWO.finditer(request):
        name = _named(m.group("a"))
        if not name:
            continue
        shown = _shown_person(name, site)
        if shown or name.casefold() in shown_words:
            # who goes is said just before the words that say so ("Uncle Goran says he can't come"), in the same sentence
            if 0 <= leaving.start() - m.end() <= 40 and not re.search(r"[.!?]", request[m.end():leaving.start()]) and len(shown) == 1:
                goers |= shown
            continue
        before = request[max(0, m.start() - 40):m.start()]
        if re.search(r"\d", name) or re.fullmatch(r"[A-Z]{1,3}", name) or _PLACE_BEFORE.search(_EMOTICON.sub(" ", before)) or not (_HAS_THE_PART.search(before) or _DOES.match(request[m.end():])):
            continue
        other = _named(m.group("b") or "")
        comers.add(f"{name} and {other}" if other and not _shown_as(site, other) else name)
    if len(goers) != 1 or len(comers) != 1:
        return None
    old, new = _titled(comers.pop(), goers.pop(), site)
    return None if old.casefold() == new.casefold() else ReplaceText(op="replace_text", old=old, new=new)


# Who is taken off, named: "safety officer now Anan Srisuk, remove Dave Pritchard".
_TAKEN_OFF = re.compile(rf"\b(?:remove|delete|take\s+(?:out|off)|drop)\s+(?P<who>{_RUN})(?![\w'’-]|\s+(?-i:[{_UPPER}]))", re.IGNORECASE)


def _the_one_named(request: str, site: Site, new: str, said: str, comes: tuple[int, int]) -> list[str]:
    """Who goes where the request names who comes but says who goes only with "him" or "her" ("Joseph has got a
    scholarship ... Replace him with Brenda Namukose") or by taking them off: the one person the site shows by a full
    name whom the request names outside the words that say who comes; none where it names two."""
    if said.casefold() in ("him", "her", "them"):
        named = {name for m in _TWO.finditer(request) if not (comes[0] <= m.start() < comes[1])
                 and (name := _named(m.group("a"))) and name not in new and new not in name}
    else:
        named = {name for m in _TAKEN_OFF.finditer(request) if (name := _named(m.group("who"))) and name not in new}
    # a person by a full name the site shows ("Joseph" of "Joseph Waiswa"), not a word ("AC" of "Yaw Boateng (AC)")
    shown = {name for name in named if len(full := _shown_person(name, site)) == 1 and len(next(iter(full)).split()) > 1
             and not name.isupper()}
    return list(shown) if len(shown) == 1 else []


def _with_lower_first(request: str, at: int, name: str, site: Site) -> str:
    """``name`` with the lower-case word typed just before it (at ``at``) where the site shows both as one name
    ("Agnes Kulwa" of "agnes kulwa"); ``name`` else."""
    before = re.search(r"(?<![\w'’])((?-i:[a-z])[\w'’-]+)\s+$", request[:at])
    if before is None or name[:1].islower() or " " in name:
        return name
    whole = f"{before.group(1)[:1].upper()}{before.group(1)[1:]} {name}"
    return whole if re.search(rf"(?<![\w'’]){re.escape(whole)}(?![\w'’])", shown_text(site)) else name


def _after_a_capital(name: str, titles: str = "") -> re.Pattern[str]:
    """``name`` typed after a capitalised word that is none of "The", "A", "An", "Our", "My" (nor ``titles``)."""
    return re.compile(rf"(?<![\w'’])(?!(?:The|A|An|Our|My{titles})\s)(?-i:[{_UPPER}])[\w'’-]*\s+{re.escape(name)}(?![\w'’])")


def _cut_short(name: str, request: str) -> bool:
    """Whether the request types ``name`` after a capitalised word of its own ("The Hill Country Polka Boys cannot
    come": "Country Polka Boys" was read)."""
    return _after_a_capital(name).search(request) is not None


def _name_goes_on_before(name: str, site: Site) -> bool:
    """Whether the site shows ``name`` after a capitalised word of the same name ("Hill" before "Country Polka Boys")."""
    before = _after_a_capital(name, "|Mr|Mrs|Ms|Dr")
    return any(before.search(text) for _, text in shown_pieces(site))


# Who takes a part named by its role, not by who had it: "Oops the headliner changed, it's now Na Hoku Trio at 3:30".
_ROLE_NOW = re.compile(rf"\bthe\s+(?P<role>[a-z][\w'’-]{{3,}})\s+(?:has\s+)?changed\s*[,.;:-]?\s*(?:it['’]?s|it\s+is|now\s+it['’]?s)\s+now\s+"
                       rf"(?P<new>{_NAME})(?![\w'’-])"
                       # "Change Treasurer to Grace Villanueva, Liza went home", "Treasurer is Grace Villanueva now": the role
                       # named as an entry is named (``_in_the_role`` reads only entries so named)
                       rf"|\b(?:change|make|set)\s+(?:the\s+)?(?P<role2>[A-Za-z][\w'’-]{{3,}}(?:\s+[A-Za-z][\w'’-]{{3,}})?)\s+to\s+(?P<new2>{_NAME})(?![\w'’-])"
                       rf"|(?:^|[.!?]\s+)(?:the\s+|our\s+|new\s+)*(?P<role3>[A-Za-z][\w'’-]{{3,}}(?:\s+[A-Za-z][\w'’-]{{3,}})?)\s+is\s+(?:now\s+)?(?P<new3>{_NAME})(?![\w'’-])",
                       re.IGNORECASE)


def _in_the_role(request: str, site: Site) -> ReplaceText | None:
    """The one entry whose name says the role ("3:30 Headliner") and whose detail is who has it, with the new name."""
    found = _ROLE_NOW.search(request)
    if found is None:
        return None
    role = found.group("role") or found.group("role2") or found.group("role3")
    new = _without_role(found.group("new") or found.group("new2") or found.group("new3"))
    items = [i for page in site.pages for section in page.sections for i in section.items if re.match(rf"[{_UPPER}]", i.text or "")]
    # the entry called just that ("Treasurer"), else the one whose name says it ("3:30 Headliner"; not "Vice President" for
    # "President" where both are listed)
    held = [i.text for i in items if norm_words(i.title) == norm_words(role)]
    if not held and found.group("role"):
        held = [i.text for i in items if re.search(rf"\b{re.escape(role)}\b", i.title, re.IGNORECASE)]
    return replacing(held[0], new) if len(held) == 1 and norm_words(held[0]) != norm_words(new) else None


# What a person the site lists does now, said with their name first: "Natalia Bondar teaches history and geography now, please
# add it" (the model declined it).
_DOES_NOW = re.compile(rf"^\W*(?P<name>{_NAME})\s+(?:now\s+|also\s+)?(?:teaches|coaches|leads|runs|handles|looks\s+after|takes\s+care\s+of)\s+"
                       r"(?P<what>[^.!?,;]{2,80}?)(?:\s+now)?\s*(?:[.!?,;]\s*|$)(?P<rest>.*)$", re.DOTALL)
_ONLY_ASKS = re.compile(r"^\W*(?:(?:please|pls|kindly|can\s+you|could\s+you)\s+)*(?:add|update|change|put|fix|write)\s+(?:it|that|this)"
                        r"(?:\s+(?:please|pls|too|as\s+well|thanks?(?:\s+you)?))*\W*$|^\W*(?:thanks?(?:\s+you)?)?\W*$", re.IGNORECASE)


# A title asked for in quotes: "Sri Bikash Borah has asked that his title be written as 'bamboo frame master'. Please change it."
_TITLE_AS = re.compile(rf"^\W*(?P<name>{_NAME})\s+(?:has\s+|had\s+)?(?:asked|wants|would\s+like)\s+(?:that\s+|for\s+)?"
                       r"(?:his|her|their)\s+(?:title|role|job\s+title|position)\s+(?:to\s+)?(?:be\s+|is\s+)?"
                       r"(?:written|changed|shown|listed|put|updated|given)?\s*(?:as|to)\s+[\"'‘“](?P<what>[^\"'’”\n]{2,60})[\"'’”]"
                       r"\s*[.!]?\s*(?P<rest>.*)$", re.DOTALL)


def does_now(request: str, site: Site | None) -> Plan | None:
    """The new detail of the one person of the site's team named first in the request, where it says only what they do now
    (or the title they asked for, in quotes: then of a person any section lists)."""
    found = _DOES_NOW.match(request.strip()) or _TITLE_AS.match(request.strip())
    if site is None or found is None or not _ONLY_ASKS.match(found.group("rest")):
        return None
    name = norm_words(found.group("name"))
    team_only = found.re is _DOES_NOW
    people = {item.title for page in site.pages for section in page.sections if section.kind == "team" or not team_only
              for item in section.items if norm_words(item.title) == name}
    return Plan(ops=[EditItem(op="edit_item", item=people.pop(), text=found.group("what").strip())]) if len(people) == 1 else None
