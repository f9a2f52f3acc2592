"""Subscribers keep working: today's event schemas against the committed snapshot, and the rule itself."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from pydantic import BaseModel

from shared.catalog import EventSpec
from shared.compat import breaking_changes, snapshot

SNAPSHOT = Path(__file__).resolve().parents[2] / "docs" / "events.snapshot.json"


def test_no_event_changed_incompatibly_without_a_new_version():
    committed = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert breaking_changes(committed, snapshot()) == []


def test_the_snapshot_is_recorded_for_every_event_as_it_is_today():
    committed = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert committed == snapshot(), "record it: python -m shared.compat > docs/events.snapshot.json"


class Place(BaseModel):
    district: str
    lgd: int


class V1(BaseModel):
    number: str
    amount_paise: int
    place: Place
    day: date


def _spec(model: type[BaseModel], example: BaseModel, version: int = 1) -> EventSpec:
    return EventSpec("demo.thing.happened", model, "a test event", example, version=version)


def _old() -> dict:
    return snapshot([_spec(V1, V1(number="1", amount_paise=1, place=Place(district="d", lgd=1), day=date(2026, 1, 1)))])


def test_removing_renaming_or_retyping_a_field_breaks_and_adding_one_does_not():
    class Renamed(BaseModel):
        ref: str
        amount_paise: int
        place: Place
        day: date

    class Retyped(BaseModel):
        number: str
        amount_paise: str
        place: Place
        day: date

    class NestedRetyped(BaseModel):
        number: str
        amount_paise: int
        place: dict[str, str]
        day: date

    class Added(V1):
        note: str = ""

    def changes(model: type[BaseModel], **example: object) -> list[str]:
        return breaking_changes(_old(), snapshot([_spec(model, model(**example))]))

    base = {"amount_paise": 1, "place": Place(district="d", lgd=1), "day": date(2026, 1, 1)}
    assert changes(Renamed, ref="1", **base) == ["demo.thing.happened v1: field number was removed or renamed"]
    assert changes(Retyped, number="1", **{**base, "amount_paise": "1"}) == [
        "demo.thing.happened v1: field amount_paise changed type from integer to string"]
    nested = changes(NestedRetyped, number="1", **{**base, "place": {"district": "d"}})
    assert "demo.thing.happened v1: field place.lgd was removed or renamed" in nested
    assert changes(Added, number="1", **base) == []
    assert breaking_changes(_old(), {}) == ["demo.thing.happened: the event is no longer published"]


def test_a_raised_version_allows_the_break():
    class V2(BaseModel):
        number: int

    assert breaking_changes(_old(), snapshot([_spec(V2, V2(number=1), version=2)])) == []
