"""``GET /_sim/sent`` as a long poll: the tests through the webhook learn of an answer when the business sends it,
not at their next poll; without ``wait`` it answers at once, as before; bad numbers are refused with the reason."""
from __future__ import annotations

import asyncio

from sim_kit import OTHER, PERSON, Stack, text_request


async def test_a_wait_returns_as_soon_as_the_next_message_to_that_number_is_sent(stack: Stack) -> None:
    await stack.send(text_request(body="first"))
    poll = asyncio.ensure_future(stack.client.get("/_sim/sent", params={"to": PERSON, "after": "1", "wait": "20"}))
    await asyncio.sleep(0.05)
    assert not poll.done()  # one message already there: it waits for a second
    await stack.send(text_request(to=OTHER, body="to someone else"))
    await asyncio.sleep(0.05)
    assert not poll.done()  # another number's message is not the one waited for
    await stack.send(text_request(body="second"))
    sent = await (await asyncio.wait_for(poll, 5)).json()
    assert [m["body"]["text"]["body"] for m in sent] == ["first", "second"]


async def test_with_no_wait_or_enough_sent_it_answers_at_once(stack: Stack) -> None:
    await stack.send(text_request(body="first"))
    for params in ({"to": PERSON}, {"to": PERSON, "after": "0", "wait": "20"}):
        resp = await asyncio.wait_for(stack.client.get("/_sim/sent", params=params), 2)
        assert [m["body"]["text"]["body"] for m in await resp.json()] == ["first"], params


async def test_a_wait_with_nothing_sent_ends_at_its_seconds_with_what_there_is(stack: Stack) -> None:
    resp = await asyncio.wait_for(stack.client.get("/_sim/sent", params={"to": PERSON, "wait": "0.2"}), 5)
    assert resp.status == 200 and await resp.json() == []


async def test_bad_numbers_are_refused_with_the_reason(stack: Stack) -> None:
    for params, reason in (({"after": "one"}, "after must be an integer"), ({"wait": "soon"}, "wait"),
                           ({"wait": "nan"}, "finite"), ({"wait": "-1"}, "0 or more")):
        resp = await asyncio.wait_for(stack.client.get("/_sim/sent", params={"to": PERSON, **params}), 5)
        assert resp.status == 400 and reason in await resp.text(), params
