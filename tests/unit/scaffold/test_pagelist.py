"""The pages a request lists by name, read from its own words (``app/scaffold/pagelist.py``)."""

from __future__ import annotations

import pytest

from app.scaffold.pagelist import listed_pages


@pytest.mark.parametrize(("request_text", "pages"), [
    ("A website for our holly farm. Could we have a Home page, a Wreaths and Prices page, and a Contact page, please?",
     ["Home", "Wreaths and Prices", "Contact"]),  # "and" inside one page's name
    ("can you make me a website? home page plus a page called How It Works and a contact page",
     ["home", "How It Works", "contact"]),
    ("Home page should say Paddle Together Since 2004 and we need a page called Learn to Paddle and one called Races.",
     ["Learn to Paddle", "Races"]),
    ("Headline \"Baked like Lola used to\" and pls put a home page, menu and contact", ["home", "menu", "contact"]),
    ("Pages: Home, The Rules, Past Champions, Get There.", ["Home", "The Rules", "Past Champions", "Get There"]),
    ("Could you make me a simple site with a home page, a Prices page and a Contact page please?",
     ["home", "Prices", "Contact"]),
    ("studio site. Loop Theory, Tucson AZ. pages: home, classes, coaches, contact.",
     ["home", "classes", "coaches", "contact"]),
    ("I'd like a warm, colourful site with Home, Workshops, Gallery and About pages.",
     ["Home", "Workshops", "Gallery", "About"]),
    ("Can you make us a website? Home, Rates, FAQ, Book pages. Vibe is cozy", ["Home", "Rates", "FAQ", "Book"]),
    ("Pages: Home, Services, Typewriters for Sale, Contact.", ["Home", "Services", "Typewriters for Sale", "Contact"]),
    ("Can I get a site with a home page, a Forays page with dates, and an About Me page",
     ["home", "Forays", "About Me"]),
    ("I'd love a site with Home, How It Works, Prices, and Stories pages.",
     ["Home", "How It Works", "Prices", "Stories"]),
    ("owner: Dusty Halloran. want home, work, about, quote pages", ["home", "work", "about", "quote"]),
    ("want a home page, prices page and a contact page pls", ["home", "prices", "contact"]),
    ("I only see the home page, can you also add the Services and Contact pages please?", ["Services", "Contact"]),
    ("need a home page about us and a contact page", ["home", "contact"]),
    ("add an about page and a gallery page", ["about", "gallery"]),
    ("yo need a site for my wetsuit repair thing. just me in a garage in pentire. home page and a prices page and "
     "contact", ["home", "prices", "contact"]),
])
def test_a_list_of_pages_is_read_with_each_name_as_typed(request_text: str, pages: list[str]) -> None:
    assert listed_pages(request_text) == pages


@pytest.mark.parametrize("request_text", [
    "the prices should be on the Prices page, not the home page",  # a correction, not a list
    "remove the events and blog pages",
    "put the prices on the prices page and the hours on the contact page",
    "Make the about page and the team page blue",  # pages it has
    "the about page and the team page both need it",
    "add a Prices page: kitchen knife £4, bread knife £5, scissors £3.50",  # one page and its content
    "Opening hours on the home page: Tue-Sat 11-6, Sun 12-4, closed Mondays.",
    "add a Services page",  # one page is the model's to read
])
def test_no_list_is_read_where_the_request_lists_no_pages_to_have(request_text: str) -> None:
    assert listed_pages(request_text) == []


@pytest.mark.parametrize(("request_text", "names"), [
    ("Pecan orchard website. Tuttle Creek Pecans, Goliad TX. Need home, products, shipping, contact.",
     ["home", "products", "shipping", "contact"]),
    ("Site for my sewing machine repair shop. Name: The Bobbin Doctor. Canton, Ohio. Home, Services, About, Contact.",
     ["Home", "Services", "About", "Contact"]),
    ("We sell bread, cakes, home made jam and pies. I want a site.", []),
    ("site for my shop: home, cakes and more", []),
])
def test_a_list_of_short_names_with_home_in_it_is_the_pages(request_text: str, names: list[str]) -> None:
    assert listed_pages(request_text) == names
