"""The words read as asking what documents are still missing, in English, Bengali and Banglish, and not the letter
asked for or a status; and the serial read off "permit 101 letter" / "অনুমতি ১০১ এর চিঠি"."""
from __future__ import annotations

import unicodedata

import pytest

from shared.casework.by_serial import serial
from shared.casework.missing import MISSING


@pytest.mark.parametrize("said", ["what documents are missing?", "which documents are still needed?",
                                  "ki ki kagoj lagbe", "kon kagoj baki ache", "কোন কাগজ বাকি আছে?",
                                  "কী কী কাগজ জমা দিতে হবে", "কী কী নথি প্রয়োজন", "what is missing?",
                                  "what's still missing in my application", "কী বাকি আছে?", "ki baki ache"])
def test_missing_documents_are_asked(said):
    assert MISSING.search(unicodedata.normalize("NFC", said))


@pytest.mark.parametrize("said", ["amar chithi dao", "kagoj ta ki pabo", "what is my status", "আমার আবেদন",
                                  "fee ki baki ache", "কত টাকা বাকি আছে", "কী ফি বাকি"])
def test_other_words_are_not(said):
    assert not MISSING.search(unicodedata.normalize("NFC", said))


@pytest.mark.parametrize(("said", "expected"), [("permit 101 letter", "101"), ("অনুমতি ১০১ এর চিঠি", "101"),
                                                ("000045 er certificate", "45"), ("the letter", None)])
def test_the_serial_is_the_figures_typed_last(said, expected):
    assert serial(said) == expected
