"""How a price is typed: its amount, its currency (a symbol, a code or a name, before or after the amount), and the
words that say one stays as it is. One home for the readers of prices (``pricefit``) and the many readers that tell a
price from other figures."""

from __future__ import annotations

import re

AMOUNT = r"\d(?:[\d,]*\d)?(?:\.\d+)?"  # "1,600", "5.50"; not the comma after "£62,"
# Currencies typed by their code before the amount: "UGX 40,000", "NZD 45", "TTD 150".
_CODES = ("UGX|TZS|KES|NGN|ZAR|INR|PHP|USD|AUD|NZD|CAD|EUR|GBP|IDR|KRW|TRY|JMD|TTD|XCD|FJD|BBD|BSD|BZD|GYD|MUR|LKR|PKR|BDT|MYR|"
          "SGD|HKD|AED|ZMW|MWK|RWF|BWP|NAD|GHS|ETB|WST|TOP|PGK|ARS|CLP|COP|PEN|BRL|UYU|MXN|JOD|MZN|MAD|EGP|SAR|QAR|ILS|UAH|"
          "VND|KHR|NPR|XOF|XAF|HUF|PLN|CZK|RON|BGN|RSD|ISK|GEL|TWD|THB|CNY|JPY|AMD|AZN|KZT|MNT|LAK|MMK|BTN|MVR|KGS|TJS|BYN|MDL|MKD|"
          "BAM|LBP|TND|DZD|OMR|BHD|KWD|IQD|AFN|SOS|CDF|BIF|GNF|GMD|MGA|SCR|AOA|FCFA|XPF|VUV|SBD|NIO|HNL|GTQ|CRC|DOP|BOB|PYG|RUB")
# A price as typed: "$9", "NZ$45", "N650,000" (naira), "£1,600", "€12.50", "R90" (rand), "S/ 12" (soles), "KSh 5,000", "GHS 380", "Rs 500",
# "SEK 520", "MK 5,500" (kwacha), "Nu. 600" (ngultrum), "3000 som",
# "240 SEK", "1,20 €" (the euro after the amount, as much of Europe writes it), "6,000 yen", "55.000đ", "45$" (as
# Quebec writes it), "20p".
PRICE = re.compile(rf"(?<![\w$£€])(?:[A-Z]{{1,3}})?[$£€¥₹₦₱¤₩₺](?:U(?=\s?\d))?\s?{AMOUNT}"  # "$U 2.100" (Uruguay)
                   rf"|(?<![\w.$£€])(?:R|Rp|RM|KSh|Ksh|SEK|NOK|DKK|CHF|MK(?=\s)|Nu\.|GHS|GHC|GH₵|Rs\.?|Gs\.?|₲|TShs?|Tshs?|USh|Ush|Bs\.?|S/\.?|{_CODES}|[NQ](?=\d{{1,3}}(?:,\d{{3}})+(?!\d|\.\d))|K(?=\d{{2}}|\d{{1,3}},\d{{3}})|Q(?=\d{{2,5}}(?![\d,]|\.\d))|P(?=\d{{2,5}}(?![\d:]|[.,]\d)))\s?(?=\d)(?:\d{{1,3}}(?:[ \u00a0]\d{{3}})+(?![\d,]|\.\d)|{AMOUNT})(?![A-Z])"  # not "R2D2"; "R19 200" whole
                   # "N1,450,000", "Q1,800", "Q520": naira and quetzales typed with a letter (not "Q1", a quarter); "K200": kwacha; "P280": pula
                   rf"|(?<![\w.,]){AMOUNT}\s?(?:SEK|NOK|DKK|kr|CHF|TShs?|Tshs?|USh|Ush|KSh|Ksh|EUR|euros?|€|zł|zl|Kč|Kc|kč|kc|Ft|yen|won|lei|TL|円|baht|pesos?|đ|₫|JD|MT|DH|Dhs?|\$|rb|{_CODES}|"
                   # "300 yuan", "285,000 kip", "1200 taka", "2500 dram": currencies by their name
                   rf"yuan|RMB|元|kip|taka|dram|birr|Kz|kwanzas?|cents?|riel|kyat|rupees?|rupiah|ringgit|naira|cedis?|francs?|CFA|manat|lari|tenge|soles|som|"
                   rf"bolivianos?|quetzal(?:es)?|lempiras?|colones|shillings?|dinars?|dirhams?|riyals?|tugriks?|₮|leva|denars?|esc|escudos?)(?!\w)(?!(?<=[A-Za-z])[ \t]?\d)(?!(?<=€)[ \t]?\d+[.,]\d{{2}}(?!\d))"  # "1,20 €", "6,000 yen", "13 GEL"; not "6 UGX" of "for 6 UGX 420,000",
                   # nor "2024 €" of "Ried Steinriegel 2024 € 16,00"
                   # "28 000 sum", "12 000 UAH", "1 200 Kč": thousands parted by a space, as much of Europe and Asia types them
                   rf"|(?<![\w.,])\d{{1,3}}(?:[ \u00a0]\d{{3}})+\s?(?:SEK|NOK|DKK|kr|CHF|EUR|euros?|€|zł|Kč|Ft|yen|won|lei|sum|som|so'm|UZS|tenge|₸|₽|руб|rub|{_CODES})(?!\w)"
                   r"|(?<![\w.,])\d+(?:\.\d+)?p\b")
# Why a price changed, said after it: "motorized now N1,650,000 because of dollar rate" (words no piece of the site holds).
_REASON = re.compile(r"\s*[,(–-]?\s*\b(?:because|bcoz|bc|b/c|cause|cos|coz|due\s+to|thanks\s+to)\b[^.!?;\n]*", re.IGNORECASE)
# ... or in brackets, or as who decided it: "Our committee voted (after a lengthy debate, I might add) to raise subs to £5".
_BRACKETED = re.compile(r"\s*\((?![^()]*[\d$£€])[^()]{3,80}\)")
_DECIDED = re.compile(r"^.{0,60}?\b(?:voted|decided|agreed|chose)\s+to\s+", re.IGNORECASE)
# ... or as a last clause of its own, with no price or time and nothing asked: "Serenata now Q1,800, the gasoline is very expensive."
_ASIDE = re.compile(r",\s+(?P<aside>[^,.;:!?$£€]{3,80}?)[\s.!]*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?\s*)*$")
_ASKS = re.compile(r"\b(?:add|remove|delete|drop|take|put|make|change|rename|move|replace|set|update|not|no|instead|also|and|only|same|"
                   r"stays?|remains?|unchanged|keep|per|each|for|from|too|both|all|every|except|but|clos\w*|open\w*)\b", re.IGNORECASE)


def without_reason(request: str, figure: re.Pattern[str] = PRICE) -> str:
    """The request without why its new price (or time: ``figure``) is new, where one stays in what is left; as typed
    else."""
    cut = _DECIDED.sub("", _BRACKETED.sub("", _REASON.sub("", request)))
    cut = cut if figure.search(cut) else request
    aside = _ASIDE.search(cut)
    said = aside.group("aside") if aside is not None else ""
    if aside is not None and not (_ASKS.search(said) or PRICE.search(said) or figure.search(said)) and figure.search(cut[:aside.start()]):
        return cut[:aside.start()]
    return cut
# What says a price or a value typed beside it stays as it is ("Adults stay 500 yen"; not "still it is showing Rs 2500").
KEPT = re.compile(r"\b(?:stays?|staying|remains?|remaining|unchanged)\b", re.IGNORECASE)


# A menu's prices typed without a currency ("Flat White 5.20", "Espresso 2,20", "flat white now 5.40"): read as
# prices through a mark no one types, where the site shows its prices so too.
MARK = "¤"
_BARE = re.compile(r"(?<![\w.,:/$£€¥₹₦₱¤+-])(?:\d{1,4}[.,]\d{1,2}|\d{1,3}(?:\.\d{3})+)(?![\w:%]|[.,]\d)")  # "Magic 5.5", "70.000" too


# ... and whole ("big brekkie is 26 now" of "Big Brekkie 24"): a whole number typed after what says it is the new
# price, where the site ends fields with whole numbers (a field's last word, in the site's JSON), two or more.
_WHOLE_NEW = re.compile(r"\b(?P<lead>is|now|to|at)\s+(?P<n>\d{1,4})(?=(?:\s+now)?\s*(?:[.!,;]|$))", re.IGNORECASE)
_WHOLE_END = re.compile(r'(?<=[" ])\d{1,4}(?=")')
MIN_WHOLE = 2


def _marked(text: str) -> str:
    return _BARE.sub(lambda m: MARK + m.group(0), text)


def bare_marked(request: str, site_json: str) -> tuple[str, str] | None:
    """The request and the site's JSON with the prices typed bare marked (``MARK``): with cents, else whole
    (``_WHOLE_NEW``) where the site ends fields with whole numbers; None where the request types none so."""
    if _BARE.search(request):
        said, site_json = _marked(request), _marked(site_json)
    elif len(_WHOLE_END.findall(site_json)) < MIN_WHOLE:
        return None
    else:
        said = _WHOLE_NEW.sub(lambda m: f"{m.group('lead')} {MARK}{m.group('n')}", request)
        site_json = _WHOLE_END.sub(lambda m: MARK + m.group(0), _marked(site_json))
    return (said, site_json) if MARK in said else None


# What a price is for, after it: "€2.99/month", "£22 per person", "$50 a night", "$85 an hour".
UNIT = re.compile(r"\s?(?:/|\bper\s|\ban?\s)\s?(?P<unit>month|mo|year|yr|annum|week|wk|day|hour|hr|night|person|session)\b",
                  re.IGNORECASE)
_UNIT_WORDS = {"mo": "month", "yr": "year", "annum": "year", "wk": "week", "hr": "hour"}
_PERIOD = re.compile(r"\b(?:yearly|annual(?:ly)?|monthly|hourly|nightly)\b", re.IGNORECASE)  # the price of a period, said as a word


def unit_after(text: str, at: int) -> str:
    """The unit typed right after a price that ends at ``at``, one word for each ("/mo" is "month"); "" for none."""
    found = UNIT.match(text, at)
    said = found.group("unit").casefold() if found is not None else ""
    return _UNIT_WORDS.get(said, said)


def period(request: str) -> str:
    """The unit a price's period is said in ("yearly is now $24.99": "year"); "" where none is."""
    said = _PERIOD.search(" ".join(c for c in re.split(r"[,.;!?]\s+", request) if not KEPT.search(c)))  # not "yearly stays the same"
    word = "" if said is None else said.group(0).lower()
    return "" if not word else "year" if word.startswith(("year", "annual")) else word.removesuffix("ly") if word != "monthly" else "month"
