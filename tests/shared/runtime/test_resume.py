"""Back at a service's row of the main menu: whether the chat is one to carry on, and how the offer is made."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from shared.chat import Inbound
from shared.runtime.chats import Chat, Chats
from shared.runtime.resume import RESUMABLE, came_back, offer
from shared.runtime.turn import ChatTurn

NOW = datetime(2026, 3, 1, 5, 0, tzinfo=UTC)


class Said:
    """Stands for the context: what the turn says, and the time."""

    def __init__(self) -> None:
        self.messages: list = []

    def now(self) -> datetime:
        return NOW

    def reply(self, inbound, message, *, document=None) -> None:
        self.messages.append(message.body())


def turn(reply_id: str | None, *, at: datetime | None, lang: str = "en") -> ChatTurn:
    inbound = Inbound(wa_id="919800000001", message_id="wamid.1", lang=lang, kind="reply" if reply_id else "text",
                      reply_id=reply_id, text=None if reply_id else "hello")
    return ChatTurn(inbound=inbound, ctx=Said(), chat=Chat("919800000001", step="nights", at=at), texts=None)


@pytest.mark.parametrize("reply_id, ago, expected", [
    ("tourism:menu", timedelta(minutes=5), True),
    ("tourism:menu", RESUMABLE - timedelta(seconds=1), True),
    ("tourism:menu", RESUMABLE, False),  # the conversation ran out: the service's start
    ("tourism:book", timedelta(minutes=5), False),  # another choice is no coming back
    (None, timedelta(minutes=5), False),  # nor are words typed to the step
])
def test_coming_back_is_the_services_row_tapped_while_the_conversation_lasts(reply_id, ago, expected):
    assert came_back(turn(reply_id, at=NOW - ago)) is expected


def test_a_chat_never_saved_is_no_coming_back():
    assert came_back(turn("tourism:menu", at=None)) is False


@pytest.mark.parametrize("lang, carry, again", [("en", "Carry on", "Start again"), ("bn", "চালিয়ে যান", "আবার শুরু করুন")])
def test_the_offer_says_what_was_left_and_offers_both_ways(lang, carry, again):
    back = turn("tourism:menu", at=NOW, lang=lang)
    offer(back, "tourism", "Booking a room: Lataguri")
    [message] = back.ctx.messages
    assert "*Booking a room: Lataguri*" in message["interactive"]["body"]["text"]
    assert [(b["reply"]["id"], b["reply"]["title"]) for b in message["interactive"]["action"]["buttons"]] == [
        ("tourism:resume", carry), ("tourism:restart", again)]


async def test_a_chat_read_knows_when_it_was_saved(make_store):
    store = make_store("chats")
    await store.start([])
    try:
        chats = Chats(store)
        assert (await chats.get("919800000001")).at is None
        chat = await chats.get("919800000001")
        chat.go("nights", room="lataguri-standard")
        await chats.save(chat, envelope_id="e1", outputs=[], now=NOW)
        assert chat.at == NOW and (await chats.get("919800000001")).at == NOW
    finally:
        await store.close()
