"""Which script a message is written in, when it is none the service reads (Devanagari, Ol Chiki, Arabic, any
other): most of its letters decide, so a Hindi word in a Bengali sentence or a number's letters in a Hindi one
change nothing."""
from __future__ import annotations

import pytest

from gateway.keywords import guess_lang
from gateway.scripts import other_script


@pytest.mark.parametrize(("text", "script"), [
    ("मुझे शिकायत करनी है", "deva"),  # Hindi
    ("मलाई उजुरी गर्नु छ", "deva"),  # Nepali
    ("ᱥᱟᱹᱜᱩᱱ ᱫᱟᱨᱟᱢ", "olck"),  # Santali
    ("میں شکایت درج کرنا چاہتا ہوں", "arab"),  # Urdu
    ("வணக்கம்", "other"),  # Tamil
    ("मुझे complaint करनी है", "deva"),
    ("BP/PUR/2026/000101 की स्थिति क्या है", "deva"),
])
def test_a_message_mostly_in_a_script_the_service_does_not_read_is_named_by_it(text: str, script: str):
    assert other_script(text) == script


@pytest.mark.parametrize("text", ["আমার অভিযোগ আছে", "rastay boro gorto", "the road is broken", "আমার शिकायत আছে",
                                  "ｈｅｌｌｏ", "Café", "🙏", "১২৩", "", None])
def test_bengali_latin_letters_and_no_letters_are_no_other_script(text: str | None):
    assert other_script(text) is None


def test_a_bengali_or_english_message_is_still_guessed_as_before():
    assert [guess_lang(t) for t in ("আমার অভিযোগ আছে", "the road is broken", "rastay boro gorto")] == ["bn", "en", "bn"]
