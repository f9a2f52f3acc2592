"""Text catalogs: every key in both languages with the same placeholders, in every catalog in the tree."""
from __future__ import annotations

import json
import re
from importlib import import_module
from pathlib import Path

import pytest

from services import registry
from shared.texts import Catalog, check_catalog

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = sorted(p for part in ("gateway", "services", "shared") for p in (ROOT / part).rglob("texts*.json"))


def test_a_missing_language_is_reported():
    problems = check_catalog({"hello": {"bn": "নমস্কার"}, "bye": {"bn": "বিদায়", "en": " "},
                              "ok": {"bn": "ঠিক", "en": "OK"}})
    assert problems == ["hello: missing en", "bye: missing en"]


def test_differing_placeholders_are_reported():
    problems = check_catalog({"booked": {"bn": "{name}, বুকিং {number}", "en": "{name}, booking {no}"}})
    assert problems == ["booked: placeholders differ (bn ['name', 'number'], en ['name', 'no'])"]


def test_a_count_read_only_for_a_word_form_need_not_be_named_in_the_other_language():
    entries = {"full": {"bn": "{full} রাতে সব ঘর ভরা", "en": "the {count:night|nights} of {full} {count:is|are} full"},
               "left": {"bn": "{n}টি ঘর বাকি", "en": "{n:room|rooms} left"}}
    assert check_catalog(entries) == []
    assert check_catalog({"full": {"bn": "{full} রাতে ভরা", "en": "{count} {count:night|nights} of {full}"}}) == [
        "full: placeholders differ (bn ['full'], en ['count', 'full'])"]  # the English shows the count: so must Bengali


def test_a_catalog_formats_in_the_asked_language_and_falls_back_to_english():
    texts = Catalog({"hi": {"bn": "নমস্কার {name}", "en": "Hello {name}"}, "only_en": {"en": "Only"}})
    assert texts("hi", "bn", name="Rina") == "নমস্কার Rina"
    assert texts("only_en", "bn") == "Only"


def test_the_tree_has_catalogs_to_check():
    assert CATALOGS, "no texts*.json found under gateway/ or services/"


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_catalog_in_the_tree_is_complete(path):
    assert Catalog.load(path).problems() == []


# One thing, one Bengali name, in every text a person reads: the help promises what the menus then show.
# (the name used, the names that must not appear beside it)
BENGALI_NAMES = (
    ("আধিকারিক", ("কর্মকর্তা",)),  # an official
    ("অতিথিনিবাস", ("অতিথিশালা",)),  # a guest house
    ("বেতন বিবরণী", ("বেতনের স্লিপ",)),  # a pay slip
    ("NOC", ("এনওসি",)),  # as the NOC service and its buttons write it
    ("ভবন নির্মাণের অনুমতি", ("নির্মাণ অনুমতি",)),  # building permission: the permit service's menu title
    ("নিচে", ("নীচে",)),  # below: as the other services, and the Bangla Academy, spell it
    ("চাপুন", ("ছুঁয়ে", "ছুঁলে", "টিপুন", "টিপে", "ট্যাপ")),  # tap a button or row: one verb in every service
    ("ভয়েস নোট", ("ভয়েস মেসেজ",)),  # a voice note: as the complaint chat, which takes them, calls it
    ("গ্রাম পঞ্চায়েত অফিস", ("গ্রাম পঞ্চায়েত দপ্তর",)),  # the office one walks into (দপ্তর: a department)
    ("পিন মুছে", ("রিসেট",)),  # the office resets a PIN: it clears it, and a new one is chosen
    ("ট্রেড NOC", ("অনাপত্তি (NOC)", "ব্যবসার NOC")),  # the trade NOC service: as its menu row and buttons name it
    ("কোনো অফিসে", ("কোনো দপ্তরে", "দপ্তরে যায়")),  # where a message goes: an office (পর্যটন দপ্তর: a department)
)
PEOPLE_READ = sorted([*CATALOGS, *(ROOT / "services").glob("*/service.py"),  # the menu entries
                      *(ROOT / "services").glob("*/categories.json")])


# A service's patterns of what people may type (raw strings: its menu phrases) are not read by anyone, and must
# take the words people use, whichever they are
TYPED_PATTERN = re.compile(r'\br"(?:[^"\\\n]|\\.)*"')


@pytest.mark.parametrize("path", PEOPLE_READ, ids=lambda p: str(p.relative_to(ROOT)))
def test_one_thing_has_one_bengali_name_everywhere(path):
    text = TYPED_PATTERN.sub("", path.read_text(encoding="utf-8"))
    assert [(other, name) for name, others in BENGALI_NAMES for other in others if other in text] == []


def test_a_count_takes_its_word_for_one_or_more():
    texts = Catalog({"stay": {"bn": "{n} রাত", "en": "{n} {n:night|nights}, {rooms} {rooms:room|rooms}"}})
    assert texts("stay", "en", n=1, rooms=2) == "1 night, 2 rooms"
    assert texts("stay", "en", n="3", rooms="1") == "3 nights, 1 room"
    assert texts("stay", "en", n="১", rooms=0) == "১ night, 0 rooms"  # digits of any script are read
    assert texts("stay", "bn", n="২", rooms=1) == "২ রাত"


# A button that opens a service (``btn_<service>``, its main menu row's tap) bears that row's title, in both
# languages, or a part of a title that has two ("পর্যটন" of "পর্যটন: ঘর বুকিং", "বেতন বিবরণী" of "বেতন বিবরণী (কর্মী)"):
# the person taps what they were told the service is called, and a button holds 20 characters
MENU_TITLES = {name: import_module(f"services.{name}.service").MENU.title for name in registry.names()}
SERVICE_BUTTONS = [(path, key, name) for path in CATALOGS for key in sorted(json.loads(path.read_text("utf-8")))
                   for name in MENU_TITLES if key == f"btn_{name}"]


def title_names(title: str) -> set[str]:
    """A menu title and its parts, as a button may name it: "Payroll: pay slips" → it, "payroll", "pay slips"."""
    return {title.casefold(), *(part.strip().casefold() for part in re.split(r": |[()]", title) if part.strip())}


def test_there_are_buttons_to_services_to_check():
    assert {name for _, _, name in SERVICE_BUTTONS} >= {"grievance", "noc", "permit", "payroll", "tourism"}
    assert "অভিযোগ" not in title_names("অভিযোগ জানান") and "noc" not in title_names("ট্রেড NOC")


@pytest.mark.parametrize(("path", "key", "name"), SERVICE_BUTTONS,
                         ids=lambda p: str(p.relative_to(ROOT)) if isinstance(p, Path) else p)
def test_a_button_to_a_service_bears_its_main_menu_title(path, key, name):
    entry = json.loads(path.read_text(encoding="utf-8"))[key]
    assert [lang for lang in ("bn", "en") if entry[lang].casefold() not in title_names(MENU_TITLES[name][lang])] == []
    assert all(len(title) <= 20 for title in entry.values())
