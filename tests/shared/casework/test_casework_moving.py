"""A case following its holder to a new WhatsApp number, on plain values: who holds it after, what the
office reads of it, and that doing it again changes nothing."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from shared.casework import Case
from shared.casework.moving import WHO, followed

AT = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)
GP = {"code": "baghmundi", "name_bn": "বাঘমুন্ডি", "name_en": "Baghmundi", "block": "Baghmundi", "district": "Purulia"}
OLD, NEW, ABROAD = "919830012345", "919800000099", "6591234567"


def case(**changes: object) -> Case:
    return Case.model_validate({"number": "X/1", "name_bn": "রিনা দাস", "name_en": "Rina Das", "mobile": "98300 12345",
                                "gp": GP, "fee": 100, "history": [{"status": "submitted", "at": AT, "by": "desk"}],
                                **changes})


def fields(moved: Case, n: int = -1) -> dict[str, object]:
    return moved.model_dump(mode="json")["amendments"][n]["fields"]


def test_a_new_indian_number_becomes_the_registered_mobile_and_the_old_one_holds_nothing() -> None:
    before = case()
    moved = followed(before, OLD, NEW, at=AT)
    assert moved.mobile == NEW and moved.held_by(NEW) and not moved.held_by(OLD) and moved.holder == NEW
    assert fields(moved) == {"mobile": {"old": "********2345", "new": "********0099"}}
    assert moved.amendments[0].by == WHO and moved.amendments[0].at == AT
    assert moved.history == before.history and moved.status == before.status
    assert followed(moved, OLD, NEW, at=AT + timedelta(hours=1)) is moved  # again: nothing more, no second entry


def test_a_number_abroad_holds_the_case_exactly_as_whatsapp_gives_it() -> None:
    moved = followed(case(), OLD, ABROAD, at=AT)
    assert (moved.mobile, moved.moved_to, moved.holder) == (OLD, ABROAD, ABROAD)
    assert moved.held_by(ABROAD) and not moved.held_by(OLD)
    assert not moved.held_by("916591234567") and not moved.held_by("+6591234567")  # its digits are no one else's
    assert fields(moved) == {"moved_to": {"old": "", "new": "******4567"}}
    assert followed(moved, OLD, ABROAD, at=AT) is moved and followed(moved, ABROAD, ABROAD, at=AT) is moved
    home = followed(moved, ABROAD, OLD, at=AT)  # back on the very mobile the office registered
    assert (home.mobile, home.moved_to, home.held_by(OLD)) == (OLD, "", True)
    assert fields(home) == {"moved_to": {"old": "******4567", "new": ""}}


def test_the_offices_new_mobile_ends_the_number_abroad_and_other_changes_keep_it() -> None:
    abroad = followed(case(), OLD, ABROAD, at=AT)
    fee = abroad.amended(abroad.model_copy(update={"fee": 200}), at=AT, by="secretary")
    assert fee.moved_to == ABROAD and fields(fee) == {"fee": {"old": 100, "new": 200}}
    mobile = abroad.amended(abroad.model_copy(update={"mobile": NEW}), at=AT, by="secretary")
    assert (mobile.moved_to, mobile.holder, mobile.held_by(ABROAD)) == ("", NEW, False)
    assert fields(mobile) == {"mobile": {"old": "********2345", "new": "********0099"},
                              "moved_to": {"old": "******4567", "new": ""}}
