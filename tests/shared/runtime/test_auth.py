"""Bearer tokens: only hashes are stored, roles and scopes travel with the principal."""
from __future__ import annotations

import hashlib

import pytest

from shared.auth import Tokens, parse_scope, requires
from shared.store import DuplicateKey


@pytest.fixture
async def tokens(make_store):
    tokens = Tokens(make_store("auth"))
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
    first, a = await tokens.create("ops_admin")
    second, b = await tokens.create("ops_admin")
    assert first != second and a.name != b.name and len(first) >= 40
    with pytest.raises(DuplicateKey):
        await tokens.create("ops_admin", name=a.name)


async def test_revoke_stops_a_token_and_keeps_it_listed(tokens):
    token, _ = await tokens.create("noc_admin", name="noc-desk")
    assert await tokens.revoke("noc-desk")
    assert not await tokens.revoke("noc-desk")
    assert not await tokens.revoke("nobody")
    assert await tokens.authenticate(token) is None
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
    for bad in ("state=WB", "district", "block="):
        with pytest.raises(ValueError):
            parse_scope(bad)
