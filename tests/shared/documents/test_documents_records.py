from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from pydantic import ValidationError

from shared.documents.records import (
    PUBLIC_FIELDS,
    PublicPlot,
    PublicRecord,
    issued,
    kind_label,
    revoked,
    status_on,
    superseded,
    today_in_india,
)


def permit(**overrides: object) -> PublicRecord:
    fields: dict[str, object] = {"kind": "building_permission", "number": "BP/2025/000123",
                                 "holder_name": "Rina Das", "office_en": "Falakata Gram Panchayat",
                                 "office_bn": "ফালাকাটা গ্রাম পঞ্চায়েত", "issued_on": date(2025, 1, 5),
                                 "valid_until": date(2026, 1, 4)}
    fields.update(overrides)
    return PublicRecord(**fields)  # type: ignore[arg-type]


def test_an_issued_event_carries_the_code_and_only_public_fields() -> None:
    type_, payload = issued("permit", "K7QX-3MZP-W4DA-JT2C", permit())
    assert type_ == "permit.document.issued"
    assert payload == {"code": "K7QX-3MZP-W4DA-JT2C", "kind": "building_permission", "number": "BP/2025/000123",
                       "holder_name": "Rina Das", "office_en": "Falakata Gram Panchayat",
                       "office_bn": "ফালাকাটা গ্রাম পঞ্চায়েত", "issued_on": "2025-01-05", "valid_from": None,
                       "valid_until": "2026-01-04", "status": "valid", "plot": None}


def test_a_public_record_refuses_anything_private() -> None:
    with pytest.raises(ValidationError):
        permit(phone="919800000001")
    assert set(PUBLIC_FIELDS) == {"kind", "number", "holder_name", "office_en", "office_bn", "issued_on",
                                  "valid_from", "valid_until", "status", "plot"}


PLOT = {"mouza": "Baghmundi", "jl_no": "112", "khatian": "457", "dag_no": "1023"}


def test_a_permissions_plot_is_carried_as_the_land_records_name_it_and_nothing_beside() -> None:
    """A genuine letter for one plot could pass for another of the same holder: the plot its letter names goes to
    the page, as mouza, JL no., khatian and dag, and no owner, address or area beside them."""
    _, payload = issued("permit", "K7QX-3MZP-W4DA-JT2C", permit(plot=PublicPlot(**PLOT)))
    assert payload["plot"] == PLOT
    for private in ({"owner": "Rina Das"}, {"premises": "Holding 112, Baghmundi Bazar"}, {"area": 118.5}):
        with pytest.raises(ValidationError):
            PublicPlot(**PLOT, **private)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        PublicPlot(**{**PLOT, "dag_no": ""})


def test_a_record_stored_before_plots_were_shown_still_reads() -> None:
    stored = {"kind": "building_permission", "number": "BP/2025/000123", "holder_name": "Rina Das",
              "office_en": "Falakata Gram Panchayat", "issued_on": "2025-01-05", "valid_until": "2026-01-04"}
    assert PublicRecord.model_validate(stored).plot is None


def test_withdrawals_name_the_code_and_the_reason() -> None:
    assert revoked("noc", "AAAA-BBBB-CCCC-DDDD", "issued in error") == (
        "noc.document.revoked", {"code": "AAAA-BBBB-CCCC-DDDD", "reason": "issued in error"})
    assert superseded("payroll", "AAAA-BBBB-CCCC-DDDD", "arrears added")[0] == "payroll.document.superseded"


@pytest.mark.parametrize(("stored", "valid_until", "today", "shown"), [
    ("valid", date(2026, 1, 4), date(2026, 1, 4), "valid"),       # the last valid day itself
    ("valid", date(2026, 1, 4), date(2026, 1, 5), "expired"),
    ("valid", None, date(2099, 1, 1), "valid"),                   # pay slips never expire
    ("revoked", date(2026, 1, 4), date(2027, 1, 1), "revoked"),   # a withdrawal outlives expiry
    ("superseded", None, date(2026, 1, 1), "superseded"),
])
def test_status_for_today(stored: str, valid_until: date | None, today: date, shown: str) -> None:
    assert status_on(stored, valid_until, today) == shown


def test_the_day_is_counted_in_india() -> None:
    assert today_in_india(datetime(2025, 1, 5, 19, 0, tzinfo=UTC)) == date(2025, 1, 6)
    assert today_in_india(datetime(2025, 1, 5, 18, 0, tzinfo=UTC)) == date(2025, 1, 5)


def test_kinds_have_names_in_both_languages() -> None:
    assert kind_label("trade_noc") == ("ব্যবসার অনাপত্তি শংসাপত্র", "Trade NOC")
    assert kind_label("fishing_licence") == ("Fishing licence", "Fishing licence")
