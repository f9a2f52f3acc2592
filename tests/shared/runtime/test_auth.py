"""Bearer tokens: only hashes are stored, roles and scopes travel with the principal, and tokens expire."""
from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest

from shared.auth import InvalidToken, Tokens, parse_scope, requires
from shared.store import DuplicateKey

T0 = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(T0)


@pytest.fixture
async def tokens(make_store, clock):
    tokens = Tokens(make_store("auth"), clock=clock)
    await tokens.start()
    yield tokens
    await tokens.close()


async def test_only_the_hash_of_a_token_is_stored(tokens):
    token, who = await tokens.create("block_officer", name="bdo-jhalda", scope={"district": "Purulia"})
    docs = await tokens.store.collection("tokens").find()
    assert [d["_id"] for d in docs] == [hashlib.sha256(token.encode()).hexdigest()]
    assert token not in str(docs) and token not in str(await tokens.entries())
    assert await tokens.authenticate(token) == who
    assert who.scope == {"district": "Purulia"}


async def test_tokens_are_random_and_names_unique(tokens):
    first, a = await tokens.create("payroll_admin")
    second, b = await tokens.create("payroll_admin")
    assert first != second and a.name != b.name and len(first) >= 40
    with pytest.raises(DuplicateKey):
        await tokens.create("payroll_admin", name=a.name)


async def test_revoke_stops_a_token_and_keeps_it_listed(tokens):
    token, _ = await tokens.create("noc_admin", name="noc-desk")
    assert await tokens.revoke("noc-desk")
    assert not await tokens.revoke("noc-desk")
    assert not await tokens.revoke("nobody")
    with pytest.raises(InvalidToken, match="^unknown or revoked token$"):
        await tokens.authenticate(token)
    with pytest.raises(InvalidToken, match="^unknown or revoked token$"):
        await tokens.authenticate("never-made")
    [entry] = await tokens.entries()
    assert (entry["name"], entry["role"]) == ("noc-desk", "noc_admin") and entry["revoked_at"]


async def test_unknown_roles_are_refused(tokens):
    with pytest.raises(ValueError, match="unknown role"):
        await tokens.create("superuser")
    with pytest.raises(ValueError):
        requires("superuser")
    with pytest.raises(ValueError):
        requires()


def test_scope_is_parsed_from_key_value_pairs():
    assert parse_scope("district=Purulia, block=Jhalda-I,gp=Ilu") == {
        "district": "Purulia", "block": "Jhalda-I", "gp": "Ilu"}
    assert parse_scope("") == {}
    for bad in ("state=WB", "district", "block=", "gp=baghmundi,gp=jhalda", "district=Purulia, district=Bankura"):
        with pytest.raises(ValueError):
            parse_scope(bad)


async def works_until(tokens, clock, token, who, end, *, before):  # type: ignore[no-untyped-def]
    """The token works ``before`` its end and is refused as expired from the end on."""
    clock.now = end - before
    assert await tokens.authenticate(token) == who
    clock.now = end
    with pytest.raises(InvalidToken, match="expired token .*ask for a new one"):
        await tokens.authenticate(token)


async def test_a_token_works_until_its_days_are_up_and_then_says_it_expired(tokens, clock):
    token, who = await tokens.create("noc_admin", name="noc-desk", days=30)
    [entry] = await tokens.entries()
    assert entry["created_at"] == T0.isoformat()
    assert entry["expires_at"] == (T0 + timedelta(days=30)).isoformat()
    await works_until(tokens, clock, token, who, T0 + timedelta(days=30), before=timedelta(seconds=1))


async def test_a_token_lasts_90_days_unless_told(tokens, clock):
    token, who = await tokens.create("payroll_admin", name="ops")
    await works_until(tokens, clock, token, who, T0 + timedelta(days=90), before=timedelta(microseconds=1))


async def test_a_revoked_token_that_also_expired_is_called_revoked(tokens, clock):
    token, _ = await tokens.create("payroll_admin", name="ops", days=1)
    assert await tokens.revoke("ops")
    clock.now = T0 + timedelta(days=2)
    with pytest.raises(InvalidToken, match="^unknown or revoked token$"):
        await tokens.authenticate(token)


@pytest.mark.parametrize("days", [0, -1, 3651])
async def test_lifetimes_outside_1_to_3650_days_are_refused(tokens, days):
    with pytest.raises(ValueError, match="1 to 3650 days"):
        await tokens.create("payroll_admin", days=days)
    assert await tokens.entries() == []
    await tokens.create("payroll_admin", name="longest", days=3650)
    await tokens.create("payroll_admin", name="shortest", days=1)


async def test_a_token_stored_before_expiry_existed_keeps_working_and_is_listed_as_never_expiring(tokens, clock):
    legacy = "a-token-made-by-an-older-release"
    await tokens.store.collection("tokens").insert({
        "_id": hashlib.sha256(legacy.encode()).hexdigest(), "name": "old-bdo", "role": "block_officer",
        "scope": {"block": "Jhalda-I"}, "created_at": "2023-01-05T10:00:00+00:00", "revoked_at": None})
    clock.now = T0 + timedelta(days=365 * 20)
    who = await tokens.authenticate(legacy)
    assert (who.name, who.role, who.scope) == ("old-bdo", "block_officer", {"block": "Jhalda-I"})
    [entry] = await tokens.entries()
    assert entry["expires_at"] is None
    assert await tokens.revoke("old-bdo")
    with pytest.raises(InvalidToken, match="revoked"):
        await tokens.authenticate(legacy)
