"""Keywords in both languages and the first-contact language guess; the shell's menu and question shapes."""
from __future__ import annotations

from pathlib import Path

import pytest

from gateway.app import TEXTS
from gateway.keywords import guess_lang, keyword
from gateway.replies import language_question, main_menu, text
from shared.runtime.spec import MenuEntry


@pytest.mark.parametrize(("text", "word"), [
    ("hi", "menu"), ("Hi!", "menu"), (" MENU ", "menu"), ("মেনু", "menu"), ("নমস্কার।", "menu"), ("Hello", "menu"),
    ("hey", "menu"), ("HELP", "help"), ("সাহায্য?", "help"), ("Language", "language"), ("ভাষা", "language"),
    ("STOP", "stop"), ("stop.", "stop"), ("Start", "start"),
    ("hi there", None), ("menu please", None), ("", None), (None, None), ("১২৩", None),
])
def test_whole_message_keywords(text, word):
    assert keyword(text) == word


def test_bengali_script_guesses_bengali_and_latin_english():
    assert guess_lang("নমস্কার") == "bn"
    assert guess_lang("hello") == "en"
    assert guess_lang("hi আমি") == "bn"
    assert guess_lang(None) == "bn"


def test_the_language_question_puts_the_guess_first_and_asks_in_both():
    for guess, first in (("bn", "shell:lang:bn"), ("en", "shell:lang:en")):
        body = language_question(TEXTS, guess).body()
        buttons = body["interactive"]["action"]["buttons"]
        assert [b["reply"]["id"] for b in buttons][0] == first
        assert {b["reply"]["title"] for b in buttons} == {"বাংলা", "English"}
        question = body["interactive"]["body"]["text"]
        assert "Which language" in question and "ভাষা" in question


def entries(n: int) -> list[MenuEntry]:
    return [MenuEntry(service=f"s{i:02d}", title={"bn": f"সেবা {i}", "en": f"Service {i}"},
                      description={"bn": "বিবরণ", "en": "About"}, order=i) for i in range(n)]


def rows(body: dict) -> list[dict]:
    return [row for section in body["interactive"]["action"]["sections"] for row in section["rows"]]


def test_the_menu_lists_services_in_the_persons_language():
    body = main_menu(TEXTS, "bn", "intro_menu", entries(3)).body()
    assert [r["id"] for r in rows(body)] == ["s00:menu", "s01:menu", "s02:menu"]
    assert rows(body)[0]["title"] == "সেবা 0" and body["interactive"]["action"]["button"] == "পরিষেবা"


def test_more_than_ten_services_page_with_a_more_row_that_wraps():
    many = entries(12)
    first = rows(main_menu(TEXTS, "en", "intro_menu", many).body())
    assert len(first) == 10 and first[-1]["id"] == "shell:menu:1" and first[0]["id"] == "s00:menu"
    second = rows(main_menu(TEXTS, "en", "intro_menu", many, page=1).body())
    assert [r["id"] for r in second] == ["s09:menu", "s10:menu", "s11:menu", "shell:menu:0"]
    assert rows(main_menu(TEXTS, "en", "intro_menu", many, page=9).body())[0]["id"] == "s00:menu"


def test_no_services_is_a_polite_text():
    body = main_menu(TEXTS, "en", "intro_menu", []).body()
    assert body["type"] == "text" and "No services are available" in body["text"]["body"]


def test_the_catalog_is_complete():
    assert TEXTS.problems() == []
    assert Path(TEXTS.name).name == "texts.json"


@pytest.mark.parametrize("lang", ["bn", "en"])
def test_every_shell_message_is_within_metas_limits_in_both_languages(lang):
    """The models refuse what Meta would refuse, so building each one is the check."""
    for intro in ("intro_welcome", "intro_menu", "intro_unclear", "intro_unavailable"):
        main_menu(TEXTS, lang, intro, entries(12), page=1)
        main_menu(TEXTS, lang, intro, [])
    language_question(TEXTS, lang)
    for key in ("help", "stopped", "started", "unsupported"):
        text(TEXTS(key, lang))
