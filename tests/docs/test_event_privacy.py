"""No event other departments read carries a phone number, a salary or a PIN (issue: privacy in events).

The scan covers every catalogued event's example; ``tests/conftest.py`` applies the same key rules to
every event the real services publish during the whole test run.
"""
from __future__ import annotations

import pytest

from shared.catalog import all_events, example_payload
from shared.privacy import event_leaks as leaks


@pytest.mark.parametrize("spec", all_events(), ids=lambda s: s.key)
def test_the_example_event_names_nobody_by_number_and_shows_no_pay(spec):
    assert leaks(example_payload(spec)) == []


def test_the_scan_finds_what_it_looks_for():
    assert leaks({"wa_id": "x"}) and leaks({"note": "call 9830012345"}) and leaks({"to": 919830012345})
    assert leaks({"slip": {"net_paise": 1}}) and leaks({"pin": "1234"})
    assert leaks({"person": "p-3f9a0c41d2b7e65a18c4f0d9", "number": "PT-2026-000123", "total_paise": 504000}) == []
