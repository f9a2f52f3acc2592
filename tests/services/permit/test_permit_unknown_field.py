"""A back-office request with a field the route does not take was answered with pydantic's raw list ('extra_forbidden',
'Extra inputs are not permitted'). The 422 now says in ``reason`` which field is unknown and which the request
takes, inside a nested part too (the plot), and the application is left as it was."""
from __future__ import annotations

from pathlib import Path

from prometheus_client import CollectorRegistry

from shared.auth import Tokens
from shared.runtime import create_app
from shared.store.sqlite import SqliteStore

ONE = "/api/permit/applications/BP/PUR/2026/000103"  # submitted


async def test_an_unknown_field_is_named_with_the_fields_taken(aiohttp_client, runtime, tmp_path: Path) -> None:
    tokens = Tokens(SqliteStore(tmp_path / "auth.sqlite3"))
    office = await aiohttp_client(create_app([runtime], auth=tokens, registry=CollectorRegistry()))
    token, _ = await tokens.create("permit_admin", scope={})
    headers = {"Authorization": f"Bearer {token}"}
    moved = await office.post(f"{ONE}/status", json={"status": "under_scrutiny", "notes": "Bring the plan"},
                              headers=headers)
    body = await moved.json()
    assert moved.status == 422 and body["reason"] == "unknown field 'notes'; this request takes: status, note", body
    patched = await office.patch(ONE, json={"plot": {"mouza": "Matha", "jl": "98"}}, headers=headers)
    reason = (await patched.json())["reason"]
    assert patched.status == 422 and reason.startswith("unknown field 'plot.jl'; this request takes: mouza, jl_no"), \
        reason
    stored = await (await office.get(ONE, headers=headers)).json()
    assert stored["status"] == "submitted"
