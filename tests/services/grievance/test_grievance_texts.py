"""Every text the grievance code asks for by name is in its catalog (the catalog test checks both
languages), button titles fit WhatsApp, and the data files read cleanly."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from services.grievance.domain import Categories, Directory
from services.grievance.service import CATEGORIES, DIRECTORY, TEXTS

CODE = Path(__file__).resolve().parents[3] / "services" / "grievance"
NAMED = re.compile(r"""(?:\bt|texts|Refused)\(\s*["']([a-z_0-9]+)["']|intro=["']([a-z_]+)["']""")
BUILT = ("status_", "level_", "stars_")  # keys made from a value: status_<status>, level_<level>, stars_<n>


def test_every_text_key_named_in_the_code_is_in_the_catalog():
    named = {key for path in CODE.rglob("*.py") for match in NAMED.findall(path.read_text(encoding="utf-8"))
             for key in match if key}
    assert len(named) > 60
    assert sorted(named - set(TEXTS.entries)) == []
    for prefix, values in (("status_", ("lodged", "acknowledged", "in_progress", "resolved", "rejected", "reopened",
                                        "closed")), ("level_", ("gp", "block", "district")),
                           ("stars_", ("1", "2", "3", "4", "5"))):
        assert {f"{prefix}{v}" for v in values} <= set(TEXTS.entries)
    assert TEXTS.problems() == []


def test_resolved_and_rejected_notices_do_not_end_with_a_stray_status_word():
    for key in ("notify_resolved", "notify_rejected"):
        for lang in ("bn", "en"):
            notice = TEXTS(key, lang, number="GRV-2026-000001", office="Kalchini office", detail="Fixed.",
                           status=TEXTS("status_resolved", lang))
            assert notice.endswith(("within 15 days.", "আবার খুলতে পারেন।")), (key, lang)


def test_button_texts_fit_whatsapp_without_being_cut():
    for key, entry in TEXTS.entries.items():
        if key.startswith("btn_"):
            assert all(len(entry[lang]) <= 20 for lang in ("bn", "en")), key


def test_the_demo_directory_covers_three_districts_fully_in_both_languages():
    places = Directory.load(DIRECTORY)
    assert [d.en for d in places.districts()] == ["Alipurduar", "Jhargram", "Kalimpong"]
    blocks = {d.en: [b.en for b in places.blocks_of(d.code)] for d in places.districts()}
    assert len(blocks["Alipurduar"]) == 6 and len(blocks["Jhargram"]) == 8 and len(blocks["Kalimpong"]) == 3
    for district in places.districts():
        for block in places.blocks_of(district.code):
            assert len(places.gps_of(block.code)) >= 7 and block.bn and block.en
    assert places.find_district("ঝাড়গ্রাম").code == "704" and places.find_district("jhargram").code == "704"
    assert places.find("gp", "Baligeria") is None  # two panchayats share the name: it is not guessed
    assert places.find("gp", "Baligeria", within="7047").code == "704702"  # but each block has its own
    assert places.find("gp", "বালিগেড়িয়া", within="7044").code == "704407"
    assert places.find("block", "Binpur 1", within="704").code == "7042"
    assert places.find("block", "binpur-ii").code == "7043"
    assert places.find("block", "বিনপুর ২").code == "7043" and places.find("block", "Binpur 1", within="703") is None
    assert places.nearest(*KALCHINI_NEAR).en == "Kalchini" and places.nearest(28.6, 77.2) is None


KALCHINI_NEAR = (26.70, 89.45)


def test_a_malformed_directory_names_the_line(tmp_path):
    bad = tmp_path / "directory.csv"
    header = DIRECTORY.read_text(encoding="utf-8").splitlines()[0]
    bad.write_text(f"{header}\n703,Alipurduar,আলিপুরদুয়ার,7035,Kalchini,কালচিনি,703506,Kalchini,,26.7,89.4\n",
                   encoding="utf-8")
    with pytest.raises(ValueError, match=":2: codes and both names"):
        Directory.load(bad)
    bad.write_text("district,block\n", encoding="utf-8")
    with pytest.raises(ValueError, match="header"):
        Directory.load(bad)


def test_categories_have_both_names_and_a_service_level():
    found = Categories.load(CATEGORIES)
    assert len(found.items) >= 13 and found.get("tourism_stay").office == "district"
    assert "tourism_stay" not in {c.key for c in found.chosen_by_people()}


async def test_demo_complaints_load_once_for_the_personas(make_runtime, bus, clock):
    from services.grievance import demo
    from services.grievance.repository import Repositories

    runtime = await make_runtime()
    places, kinds = Directory.load(DIRECTORY), Categories.load(CATEGORIES)
    assert await demo.load_once(runtime.context, places, kinds) == 6
    assert await demo.load_once(runtime.context, places, kinds) == 0
    arjun = await Repositories.of(runtime.store).tickets.for_person("919800000002")
    assert sorted(t.status for t in arjun) == ["in_progress", "rejected", "resolved"]
    assert all(t.atr for t in arjun if t.status == "resolved")


def test_a_rejected_complaint_is_called_by_one_word_in_bengali():
    """The status shows "বাতিল হয়েছে" (rejected); the answers at a rejected complaint said "খারিজ করেছে", a second
    word for the same decision, which read as something else had happened. Every Bengali text of a rejection uses
    the status's word."""
    word = TEXTS.entries["status_rejected"]["bn"].split()[0]
    rejected = [key for key, text in TEXTS.entries.items() if "rejected" in text["en"].lower()]
    assert {"edit_rejected", "edit_rejected_late", "remark_lapsed_rejected"} <= set(rejected)
    for key in rejected:
        assert "খারিজ" not in TEXTS.entries[key]["bn"], key
    for key in ("edit_rejected", "edit_rejected_late", "remark_lapsed_rejected"):
        assert word in TEXTS.entries[key]["bn"], key
