from __future__ import annotations

import pytest

from app.scaffold.shorthand import asks_in_english, spelled_out


@pytest.mark.parametrize(("typed", "read"), [
    ("trips pg: half day $160pp", "trips page: half day $160pp"),
    ("add a Rules bit on the Hire Pg: no detecting", "add a Rules bit on the Hire page: no detecting"),
    ("the bottom of all pgs", "the bottom of all pages"),
    ("new pge - Events", "new page - Events"),
    ("abt page, Donal Twomey, 40 yrs", "about page, Donal Twomey, 40 yrs"),
])
def test_page_shorthand_is_spelled_out(typed: str, read: str) -> None:
    assert spelled_out(typed) == read


@pytest.mark.parametrize("typed", ["films rated PG-13 on Fridays", "PG13 only", "upgrade to pgsql", "a 4pg booklet"])
def test_words_that_only_contain_it_stay(typed: str) -> None:
    assert spelled_out(typed) == typed


def test_a_word_corrected_in_brackets_is_read_as_corrected() -> None:
    assert spelled_out("Clases page (sorry, Classes):\nMonday 19:00 Slow Vinyasa") == "Classes page:\nMonday 19:00 Slow Vinyasa"
    # another word is a change of mind, not a respelling: read as typed
    assert spelled_out("Yoga page (sorry, Pilates): Monday 7pm") == "Yoga page (sorry, Pilates): Monday 7pm"


@pytest.mark.parametrize(("typed", "read"), [
    # u429-u432: the pages had been /rates-po and /our-agency-po
    ("Please add page Rates po: Jumbo box - AED 385", "Please add page Rates: Jumbo box - AED 385"),
    ("Rename About Us to Our Agency po", "Rename About Us to Our Agency"),
    ("Add po How it works page: 1. Message us", "Add How it works page: 1. Message us"),
    # content: Polish "po" (after), a PO Box
    ("Konsultacje po 18:00, PO Box 12", "Konsultacje po 18:00, PO Box 12"),
])
def test_a_po_of_respect_after_the_ask_or_at_a_clause_s_end_is_not_read(typed: str, read: str) -> None:
    assert spelled_out(typed) == read


@pytest.mark.parametrize(("typed", "english"), [
    ("Agrega página Servicios con precios: Consulta general $350", "Add page Servicios with precios: Consulta general $350"),
    ("Agrega una pagina de Precios: Serenata $4,500.", "Add a page Precios: Serenata $4,500."),
    ("Muda o nome da página Modelos para Nossas Redes", "Rename the page Modelos to Nossas Redes"),
    ("En la pagina de inicio pon quienes somos: Ramiro", "On the home page pon quienes somos: Ramiro"),
    ("No rodapé coloca: Rua Padre Lima, 118", "No footer put: Rua Padre Lima, 118"),
    ("Pelón ya fue adoptado!! quítalo por favor", "Pelón ya fue adoptado!! remove it please"),
])
def test_asks_typed_in_spanish_or_portuguese_are_read_in_english(typed: str, english: str) -> None:
    assert asks_in_english(typed) == english
    assert english in spelled_out(typed)


@pytest.mark.parametrize("typed", [
    "Nome: Redes da Dona Socorro. A gente faz rede de dormir tecida no tear",  # what they do, not an ask
    'Put this on home: "Crea tu propio ramo"',  # words typed to be shown
    "Add a page Prices with the cortado and the mocha",  # English, as typed
])
def test_words_that_are_no_ask_stay_as_typed(typed: str) -> None:
    assert asks_in_english(typed) == typed
