"""No event other departments read carries a phone number, a salary or a PIN (issue: privacy in events).

The scan covers every catalogued event's example; ``tests/conftest.py`` applies the same key rules to
every event the real services publish during the whole test run.
"""
from __future__ import annotations

import re
from pathlib import Path

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


SUBSCRIBING = Path(__file__).parents[2] / "docs" / "subscribing.md"
TOPIC_PERMISSIONS = re.compile(r"rabbitmqctl set_topic_permissions -p / (\S+) panchayat '([^']*)' '([^']*)'")
# What the exchange also carries: the chat itself (numbers, words, PINs typed, documents), and catch-alls over it
INTERNAL = ("wa.#", "#", "wa.inbound.payroll", "wa.outbound", "wa.status.read", "wa.person.opted_out",
            "wa.session.claimed", "wa.delivery.failed", "*.inbound.payroll", "*.outbound", "*.*", "*.*.*", "#.outbound")


def test_a_department_account_as_documented_can_bind_the_catalog_and_not_the_chat():
    """The account docs/subscribing.md asks ops for reads the ``panchayat`` exchange, which carries the chat's
    own traffic too; its topic permissions (RabbitMQ checks a binding's key against the read pattern) let it
    bind every catalogued event and the keys the page suggests, and nothing of the chat, and publish nothing."""
    text = SUBSCRIBING.read_text(encoding="utf-8")
    found = TOPIC_PERMISSIONS.search(text)
    assert found, "docs/subscribing.md does not give the account topic permissions on the panchayat exchange"
    write, read = found.group(2), found.group(3)
    suggested = ["grievance.#", "grievance.ticket.status_changed", "tourism.booking.*", "*.document.issued"]
    assert all(key in text for key in suggested)
    for key in [spec.key for spec in all_events()] + suggested:
        assert re.search(read, key), f"{key}: a catalogued event the documented account may not bind"
    for key in INTERNAL:
        assert not re.search(read, key), f"{key}: the documented account may bind the chat's own traffic"
    assert not any(re.search(write, spec.key) for spec in all_events())
