"""Requests as the blind sets u336-u339 typed them (read after stop 58's code was measured on them), each through the real turn
loop with the plan the model wrote."""

from __future__ import annotations

from pathlib import Path

from tests.unit.scaffold.helpers import managed_project
from tests.unit.session.typed import items as _items, pages as _pages, para as _para, run as _run, shown as _text


def test_a_title_s_full_stop_ends_no_clause(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _pages(root, "Our Staff")
    _para(root, "Headteacher: Mr. Joseph Ssekandi. Director of Studies: Mr. Ivan Mugisha. Matron: Sister Agnes.", "/our-staff")
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Mr. Mugisha"},{"op":"remove_item","item":"Ms. Prossy Achieng"}]}',
                  "Mr. Ivan Mugisha has been transferred. The new Director of Studies is Ms. Prossy Achieng. Remove Mr. Mugisha.")
    assert result.outcome == "applied", result.message
    shown = _text(root, "/our-staff")
    assert "Director of Studies: Ms. Prossy Achieng." in shown and "Mugisha" not in shown


def test_an_ordinal_the_site_shows_is_replaced_whole(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Tyne Green on 1st sunday of month", "11am till 4pm"), ("kids rides", "50p")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"2nd","text":"1st"}]}', "track days changed to 2nd sunday not 1st")
    assert result.outcome == "applied", result.message
    assert "Tyne Green on 2nd sunday of month" in _text(root) and "11am till 4pm" in _text(root)


def test_a_word_quoted_as_misspelt_is_fixed_wherever_it_shows(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "I fix mountain bike, speed bike and eletric bike.")
    _items(root, "/", "list", [("Pedro his son", ""), ("mechanic for eletric bike", "")])
    result = _run(root, '{"ops":[{"op":"edit_item","item":"is","text":"electric","title":"Electric"}]}',
                  "i wrote wrong, in english is 'electric' not 'eletric' right? fix in all site")
    assert result.outcome == "applied", result.message
    assert "eletric" not in _text(root) and "speed bike and electric bike." in _text(root) and "mechanic for electric bike" in _text(root)


def test_what_the_user_says_they_wrote_is_what_it_is(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _para(root, "every frog is handmade by me with cotten yarn, it takes 3 to 6 hours per frog")
    result = _run(root, '{"ops":[{"op":"set_theme","foreground":"teal","font":"serif"}]}',
                  "wait i wrote cotten on the home page its cotton lol fix pls")
    assert result.outcome == "applied", result.message
    assert "with cotton yarn" in _text(root)
    _pages(root, "About")
    _para(root, "I worked two years at the radio station before the podcast.", "/about")
    result = _run(root, '{"ops":[{"op":"set_text","route":"/about","target":"site_name","text":"Two years"}]}',
                  "Small fix: on the About page I wrote 'two years' at the radio station but it was actually three years.")
    assert result.outcome == "applied", result.message
    assert "I worked three years at the radio station" in _text(root, "/about")


def test_sold_out_next_to_the_thing_named(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Big Frog", "18€"), ("Tiny Frog", "7€"), ("Axolotl", "25€")])
    result = _run(root, '{"ops":[{"op":"set_text","route":"/","target":"site_name","text":"SOLD OUT"}]}',
                  "the tiny frogs are sold out rn, can u write SOLD OUT next to tiny frog")
    assert result.outcome == "applied", result.message
    shown = _text(root)
    assert "7€ – SOLD OUT" in shown and "18€" in shown and "Big Frog" in shown


def test_a_removal_asked_as_a_question_about_what_is_still_shown(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Move and level pool table", "£120"), ("Recover cloth", "£250")])
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Move and level"}]}', "Move and level still on prices. Take it off.")
    assert result.outcome == "applied", result.message
    assert "Move and level" not in _text(root) and "Recover cloth" in _text(root)
    _items(root, "/", "list", [("Kwame Mensah", "coach"), ("Ama Owusu", "coach")])
    result = _run(root, '{"ops":[{"op":"remove_item","item":"Kwame"}]}', "Kwame is still showing on the home page. Could you please take him off?")
    assert result.outcome == "applied", result.message
    assert "Kwame" not in _text(root) and "Ama Owusu" in _text(root)


def test_words_to_say_after_a_verb_are_no_sold_out_mark(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "list", [("Monday to Friday", "9am to 5pm")])
    before = _text(root)
    _run(root, '{"ops":[{"op":"decline"}]}', "could you write on that page: To order by post ring Janet on 015395 55812, we send out Monday only")
    assert "9am to 5pm – " not in _text(root) and "9am to 5pm" in before


def test_a_role_put_next_to_a_name_is_no_sold_out_mark(tmp_path: Path) -> None:
    root = managed_project(tmp_path)
    _items(root, "/", "team", [("Bev Kowalski", "Chair"), ("Ann Li", "Treasurer")])
    _run(root, '{"ops":[{"op":"add_items","route":"/","kind":"team","items":[{"title":"Louise Tran","text":"Secretary"}]}]}',
         "On the home page add Louise Tran, and put Secretary next to Bev Kowalski.")
    assert "Chair – Secretary" not in _text(root)
