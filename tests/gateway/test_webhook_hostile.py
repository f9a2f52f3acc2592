"""Hostile input at ``POST /webhook``: mutated Cloud API payloads, random bytes, odd encodings, huge bodies
and bad signatures. Whatever arrives, the answer is one of 200 / 400 / 401 / 413 — never a 500, and the
gateway keeps answering a well-formed message afterwards."""
from __future__ import annotations

import asyncio
import json
from typing import Any

from gateway_kit import RINA, SECRET, Stack
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator import webhooks as wa

ALLOWED = {200, 400, 401, 413}
HOSTILE = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

json_leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                      st.text(max_size=50), st.text(alphabet="\u0980\u09ff\x00\ud7ff\U0001f600", max_size=10))
json_value = st.recursive(json_leaf, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)), max_leaves=12)

SAMPLES = [
    wa.payload([wa.text(RINA, "hi")]),
    wa.payload([wa.button_reply(RINA, "tourism:menu", "Stay")]),
    wa.payload([wa.list_reply(RINA, "shell:lang:en", "English")]),
    wa.payload([wa.location(RINA, 22.5, 88.3)]),
    wa.payload([wa.voice(RINA, "123")]),
    wa.payload(statuses=[wa.status("wamid.x", RINA, "delivered")]),
]


def paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += paths(value, (*prefix, i))
    return found


def mutate(doc: Any, path: tuple, value: Any, delete: bool) -> Any:
    if not path:
        return value
    doc = json.loads(json.dumps(doc))
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    if delete and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return doc


async def post(stack: Stack, raw: bytes, headers: dict[str, str]) -> int:
    response = await stack.client.post("/webhook", data=raw, headers=headers)
    await response.read()
    return response.status


async def still_answers(stack: Stack) -> None:
    assert (await stack.post(wa.payload([wa.text(RINA, "menu")]))).status == 200


@HOSTILE
@given(data=st.data())
async def test_mutated_cloud_api_payloads_never_make_a_500(stack: Stack, data: st.DataObject) -> None:
    sample = data.draw(st.sampled_from(SAMPLES))
    path = data.draw(st.sampled_from(paths(sample)))
    body = mutate(sample, path, data.draw(json_value), data.draw(st.booleans()))
    raw, headers = wa.signed(json.dumps(body).encode(), SECRET)
    assert await post(stack, raw, headers) in {200, 400}


@HOSTILE
@given(raw=st.binary(max_size=2048), encoding=st.sampled_from(["utf-8", "utf-16", "latin-1", "utf-32"]))
async def test_random_bytes_and_odd_encodings_are_refused_cleanly(stack: Stack, raw: bytes, encoding: str) -> None:
    for body in (raw, json.dumps(SAMPLES[0], ensure_ascii=False).encode(encoding)):
        signed, headers = wa.signed(body, SECRET)
        assert await post(stack, signed, headers) in {200, 400}


@HOSTILE
@given(signature=st.one_of(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7e), max_size=80),
                           st.just("sha256="), st.just("sha1=abc"), st.just("sha256=" + "0" * 64)))
async def test_bad_signatures_are_401(stack: Stack, signature: str) -> None:
    raw = json.dumps(SAMPLES[0]).encode()
    headers = {"X-Hub-Signature-256": signature, "Content-Type": "application/json"}
    assert await post(stack, raw, headers) == 401


async def post_raw(stack: Stack, raw: bytes, signature: bytes) -> int:
    """A POST written by hand: any bytes in the signature header, as a hostile client may send them."""
    server = stack.client.server
    reader, writer = await asyncio.open_connection(server.host, server.port)
    writer.write(b"POST /webhook HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\n"
                 b"Content-Length: %d\r\nX-Hub-Signature-256: %s\r\nConnection: close\r\n\r\n%s"
                 % (len(raw), signature, raw))
    await writer.drain()
    status_line = await reader.readline()
    writer.close()
    return int(status_line.split()[1])


@HOSTILE
@given(signature=st.lists(st.integers(0x21, 0xFF).filter(lambda b: b != 0x7F), min_size=1, max_size=80).map(bytes)
       .filter(lambda b: not b.isascii()))
async def test_signatures_that_are_not_ascii_are_401(stack: Stack, signature: bytes) -> None:
    raw = json.dumps(SAMPLES[0]).encode()
    for header in (signature, b"sha256=\xe9", "sha256=é".encode(), b"sha256=\xff\xfe"):
        assert await post_raw(stack, raw, header) == 401


async def test_json_nested_too_deep_is_400_and_the_gateway_goes_on(stack: Stack) -> None:
    for raw in (b"[" * 100_000 + b"]" * 100_000, b'{"entry": ' + b'{"a": ' * 50_000 + b"1" + b"}" * 50_001):
        signed, headers = wa.signed(raw, SECRET)
        assert await post(stack, signed, headers) == 400
    await still_answers(stack)


async def test_huge_bodies_are_413_and_the_gateway_goes_on(stack: Stack) -> None:
    raw = b'{"object": "whatsapp_business_account", "entry": [' + b'{"id": "1"},' * 200_000 + b'{}]}'
    _, headers = wa.signed(raw, SECRET)
    assert await post(stack, raw, headers) == 413
    assert await post(stack, raw, {}) in {401, 413}
    await still_answers(stack)
