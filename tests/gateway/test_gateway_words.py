"""Keywords in both languages and the first-contact language guess; the shell's menu and question shapes."""
from __future__ import annotations

from pathlib import Path

import pytest

from gateway.app import TEXTS
from gateway.keywords import guess_lang, keyword, language_named
from gateway.replies import language_question, main_menu, text
from shared.runtime.spec import MenuEntry


@pytest.mark.parametrize(("text", "word"), [
    ("hi", "hello"), ("Hi!", "hello"), ("নমস্কার।", "hello"), ("Hello", "hello"), ("hey", "hello"),
    (" MENU ", "menu"), ("মেনু", "menu"), ("HELP", "help"), ("সাহায্য?", "help"), ("Language", "language"),
    ("ভাষা", "language"), ("STOP", "stop"), ("stop.", "stop"), ("Start", "start"),
    ("hi there", None), ("", None), (None, None), ("১২৩", None),
])
def test_whole_message_keywords(text, word):
    assert keyword(text) == word


@pytest.mark.parametrize(("text", "word"), [
    ("Hi 👋", "hello"), ("👋🏽 hello", "hello"), ("নমস্কার 🙏", "hello"), ("ＭＥＮＵ", "menu"),
    ("মে\u200cনু", "menu"), ("মেনু\u200d", "menu"), ("\u200bmenu", "menu"), ("\ufeffhelp", "help"),
    ("main menu", "menu"), ("Main  Menu!", "menu"), ("Menu please", "menu"), ("home", None), ("মূল মেনু", "menu"),
    ("বন্ধ", "stop"), ("বন্ধ করুন।", "stop"), ("Stop promotions", "stop"), ("চালু", "start"), ("চালু করুন", "start"),
])
def test_what_phones_add_around_a_keyword_does_not_hide_it(text, word):
    assert keyword(text) == word


@pytest.mark.parametrize("text", [
    "the menu at the guest house was bad", "please stop the tanker", "রাস্তার আলো বন্ধ হয়ে আছে", "home stay",
    "মেনু দেখান না কেন", "hi 👋 my road is broken", "আবার শুরু",
])
def test_a_keyword_inside_a_sentence_is_ordinary_text(text):
    assert keyword(text) is None


@pytest.mark.parametrize(("text", "numbers", "lang"), [
    ("বাংলা", False, "bn"), ("Bangla", False, "bn"), ("bengali!", False, "bn"), ("English", False, "en"),
    ("ইংরেজি", False, "en"), ("ingreji", False, "en"), ("1", True, "bn"), ("১", True, "bn"), ("2", True, "en"),
    ("২।", True, "en"), ("1", False, None), ("২", False, None), ("3", True, None), ("English please now", False, None),
])
def test_languages_are_named_and_numbered_only_when_asked(text, numbers, lang):
    assert language_named(text, numbers=numbers) == lang


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
    for intro in ("intro_welcome", "intro_menu", "intro_unclear", "intro_unavailable", "intro_old_button"):
        main_menu(TEXTS, lang, intro, entries(12), page=1)
        main_menu(TEXTS, lang, intro, [])
    language_question(TEXTS, lang)
    for key in ("help", "stopped", "started", "unsupported"):
        text(TEXTS(key, lang))


@pytest.mark.parametrize("lang", ["bn", "en"])
def test_the_help_names_the_menu_rows_and_the_words_as_they_are(lang):
    from services.grievance.service import MENU as GRIEVANCE
    help_text = TEXTS("help", lang)
    assert f"*{GRIEVANCE.title[lang]}*" in help_text
    for word in ("মেনু", "ভাষা", "বন্ধ", "চালু") if lang == "bn" else ("menu", "language", "STOP", "START"):
        assert f"*{word}*" in help_text and keyword(word) is not None, word
