"""Words that say what kind of content a request types: reviews, questions and answers, people. One home for the
readers that tell a list of quotes, an FAQ or a team from a paragraph."""

from __future__ import annotations

import re

REVIEW_WORDS = re.compile(r"\b(?:reviews?|testimonials?|testimon(?:y|ies)|quotes?|quotations?|feedback|said|says|wrote|comments?|"
                          r"words\s+from|what\s+(?:our\s+|my\s+|the\s+)?(?:customers|clients|guests|visitors|parents|students|buyers)\s+say|"
                           r"visitors'? book|guest ?book|kind words|"
                           r"(?<!year )(?<!year's )(?<!show )(?<!match )(?<!race )results(?!\s+(?:section|page|table)\b))\b", re.IGNORECASE)  # not a contest's
FAQ_WORDS = re.compile(r"\b(?:faqs?|q\s?&\s?a|questions?|qustions?|answers?)\b|\bQ:", re.IGNORECASE)
TEAM_WORDS = re.compile(r"\b(?:team|staff|people|teachers|tutors|instructors|coaches|trainers|barbers|stylists|"
                         r"therapists|crew|who we are|meet the|committee|board|vorstand|officers|trustees|volunteers|drivers|guides"
                         r"|who'?s who)\b", re.IGNORECASE)
