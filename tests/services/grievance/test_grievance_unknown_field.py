"""A back-office request with a field the route does not take ('offical' for 'official') was answered with
pydantic's raw list, '[{"type": "extra_forbidden", "loc": ["offical"], "msg": "Extra inputs are not permitted"}]',
which names neither what was wrong in words nor what is taken. The 422 now carries a ``reason`` naming the
unknown field and the fields the route takes (the list stays in ``detail`` for programs that read it), and nothing
changes: the person is not told of an assignment that was not made."""
from __future__ import annotations

from grievance_kit import KALCHINI_GP

API = "/api/grievance"


async def test_an_unknown_field_is_named_with_the_fields_taken(office) -> None:
    number = await office.person().lodge(gp=KALCHINI_GP)
    headers = await office.bearer("gp_official", gp="Kalchini")
    answer = await office.post(f"{API}/tickets/{number}/assign", json={"offical": "Sunita Lama"}, headers=headers)
    body = await answer.json()
    assert answer.status == 422 and body["error"] == "invalid", body
    assert body["reason"] == "unknown field 'offical'; this request takes: official; 'official' is missing", body
    assert "extra_forbidden" in [e["type"] for e in body["detail"]]  # as before, for programs that read it
    both = await office.post(f"{API}/tickets/{number}/status", json={"state": "in_progress", "note": "x"},
                             headers=headers)
    reason = (await both.json())["reason"]
    assert both.status == 422 and reason.startswith("unknown fields 'state', 'note'; this request takes: status, "), \
        reason
    assert "'status' is missing" in reason, reason
    stored = await (await office.get(f"{API}/tickets/{number}", headers=headers)).json()
    assert stored["assigned_to"] is None and stored["status"] == "lodged"
