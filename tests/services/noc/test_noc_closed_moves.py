"""Approving or rejecting a NOC the office has already decided was refused as 'cannot move from approved to
approved'. The refusal now says what the NOC is (issued, with its memo and dates; rejected, when and why) and
what can be done instead."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

from shared.auth import Tokens
from shared.india import today_in_india
from shared.runtime import create_app
from shared.store.sqlite import SqliteStore

ONE = "/api/noc/certificates/"
ISSUED, REJECTED = "TNOC/2026/000045", "TNOC/2025/000190"


def on(record: dict) -> str:
    """The day in India of the record's last move, as the office reads dates."""
    return today_in_india(datetime.fromisoformat(record["history"][-1]["at"])).isoformat()


@pytest.fixture
async def office(aiohttp_client, runtime, tmp_path: Path):
    tokens = Tokens(SqliteStore(tmp_path / "auth.sqlite3"))
    client = await aiohttp_client(create_app([runtime], auth=tokens, registry=CollectorRegistry()))
    token, _ = await tokens.create("noc_admin", scope={})
    client.headers = {"Authorization": f"Bearer {token}"}
    return client


async def test_an_issued_noc_approved_again_or_rejected_is_said_to_be_issued(office):
    issue = (await (await office.get(f"{ONE}{ISSUED}", headers=office.headers)).json())["issue"]
    for action, body in (("approve", {"memo_no": "BGM/GP/TNOC/99/2026"}), ("reject", {"reason": "wrong trade"})):
        answer = await office.post(f"{ONE}{ISSUED}/{action}", json=body, headers=office.headers)
        detail = (await answer.json())["detail"]
        assert answer.status == 422 and "cannot move from" not in detail, detail
        assert f"NOC {ISSUED} is already issued: issued on {issue['issued_on']} under memo no. " \
               f"BGM/GP/TNOC/45/2026, valid until {issue['valid_until']}" in detail, detail
        assert "cannot be corrected" in detail and "revoke" in detail, detail


async def test_a_rejected_noc_approved_says_when_and_why(office):
    record = await (await office.get(f"{ONE}{REJECTED}", headers=office.headers)).json()
    answer = await office.post(f"{ONE}{REJECTED}/approve", json={"memo_no": "X/1"}, headers=office.headers)
    detail = (await answer.json())["detail"]
    assert answer.status == 422, detail
    assert f"NOC {REJECTED} was rejected on {on(record)}" in detail, detail
    assert record["reason"] in detail and "new application" in detail, detail
