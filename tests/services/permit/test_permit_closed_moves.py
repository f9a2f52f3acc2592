"""Approving or rejecting an application the office has already decided was refused as 'cannot move from
approved to approved': the office heard no memo, no date, and nothing of what to do. The refusal now says
what the application is (the permission issued, with its memo and dates; rejected or revoked, when and why)
and what can be done instead."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

from shared.auth import Tokens
from shared.india import today_in_india
from shared.runtime import create_app
from shared.store.sqlite import SqliteStore

ONE = "/api/permit/applications/"
APPROVED, REJECTED, REVOKED = "BP/PUR/2026/000101", "BP/PUR/2025/000988", "BP/PUR/2025/000731"


def on(record: dict) -> str:
    """The day in India of the record's last move, as the office reads dates."""
    return today_in_india(datetime.fromisoformat(record["history"][-1]["at"])).isoformat()


@pytest.fixture
async def office(aiohttp_client, runtime, tmp_path: Path):
    tokens = Tokens(SqliteStore(tmp_path / "auth.sqlite3"))
    client = await aiohttp_client(create_app([runtime], auth=tokens, registry=CollectorRegistry()))
    token, _ = await tokens.create("permit_admin", scope={})
    client.headers = {"Authorization": f"Bearer {token}"}
    return client


async def refused(office, number: str, action: str, body: dict[str, str]) -> str:
    answer = await office.post(f"{ONE}{number}/{action}", json=body, headers=office.headers)
    assert answer.status == 422, await answer.text()
    detail = (await answer.json())["detail"]
    assert "cannot move from" not in detail, detail
    return detail


async def test_an_approved_application_approved_again_or_rejected_is_said_to_be_issued(office):
    issue = (await (await office.get(f"{ONE}{APPROVED}", headers=office.headers)).json())["issue"]
    for action, body in (("approve", {"memo_no": "BGM/GP/BP/999/2026"}), ("reject", {"reason": "papers missing"})):
        detail = await refused(office, APPROVED, action, body)
        assert f"Application {APPROVED} is already approved" in detail, detail
        assert f"issued on {issue['issued_on']} under memo no. BGM/GP/BP/112/2026" in detail, detail
        assert "cannot be corrected" in detail and "revoke" in detail and "new application" in detail, detail
    assert (await (await office.get(f"{ONE}{APPROVED}", headers=office.headers)).json())["issue"] == issue


async def test_a_rejected_or_revoked_application_says_when_and_why(office):
    record = await (await office.get(f"{ONE}{REJECTED}", headers=office.headers)).json()
    detail = await refused(office, REJECTED, "approve", {"memo_no": "BGM/GP/BP/998/2025"})
    assert f"Application {REJECTED} was rejected on {on(record)}" in detail and record["reason"] in detail, detail
    assert "register a new application" in detail, detail
    revoked = await (await office.get(f"{ONE}{REVOKED}", headers=office.headers)).json()
    detail = await refused(office, REVOKED, "approve", {"memo_no": "BGM/GP/BP/732/2025"})
    assert f"was revoked on {on(revoked)}" in detail and revoked["reason"] in detail, detail
    assert "BGM/GP/BP/731/2025" in detail and "register a new application" in detail, detail
