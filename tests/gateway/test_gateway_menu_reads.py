"""The main menu's entries are read from the store once for a message typed outside any service's conversation,
however many ways the shell looks at its words (a number, a service's words, the menu shown after all)."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from gateway_kit import RINA, MakeStack, Stack

from gateway import menu
from gateway.menu import COLLECTION
from shared.store import Collection, Store
from shared.store.sqlite import SqliteStore
from simulator import webhooks as wa


class Counted:
    """A collection whose reads (``get``, ``find``, ``count``) are counted."""

    def __init__(self, collection: Collection):
        self._collection, self.reads = collection, 0

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._collection, name)
        if name not in ("get", "find", "count"):
            return attribute

        async def read(*args: Any, **kwargs: Any) -> Any:
            self.reads += 1
            return await attribute(*args, **kwargs)

        return read


class MenuReads:
    """The gateway's store, counting the reads of the menu's collection."""

    def __init__(self, store: Store):
        self._store, self.menu = store, Counted(store.collection(COLLECTION))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def collection(self, name: str) -> Any:
        return self.menu if name == COLLECTION else self._store.collection(name)


@pytest.fixture
async def counted(make_stack: MakeStack, tmp_path: Path) -> tuple[Stack, MenuReads]:
    store = MenuReads(SqliteStore(tmp_path / "gateway.sqlite3"))
    stack = await make_stack(store=store)
    await stack.announce_services()
    return stack, store


@pytest.mark.parametrize("text", [
    "the road near 12 no. house is broken",  # a number nobody gave, no service's words: the menu after all
    "my complaints",  # a service's words: its choice, reached through its entry
    "GRV-2026-7",  # a number a service gave: its View
    "cancel PT-2026-000001",
    "আমার অভিযোগ",
    "কী খবর",  # nothing anyone reads: the menu
])
@pytest.mark.parametrize("first_time", [False, True], ids=["known", "first-timer"])
async def test_a_message_outside_any_conversation_reads_the_menu_once(counted: tuple[Stack, MenuReads], text: str,
                                                                        first_time: bool):
    stack, store = counted
    if not first_time:
        await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    stack.recorder.clear()
    store.menu.reads = 0
    await stack.say(wa.text(RINA, text))
    assert stack.recorder.bodies() or stack.recorder.of("wa.inbound.grievance") or stack.recorder.of(
        "wa.inbound.tourism"), "the message was answered or handed on"
    assert store.menu.reads <= 1


async def test_words_typed_inside_a_conversation_read_the_menu_once_in_a_while(counted: tuple[Stack, MenuReads],
                                                                              monkeypatch: pytest.MonkeyPatch):
    """Inside a conversation every typed message is looked at for the words another service announced to be taken
    from there ("what about my complaint?"); those are kept ``ACROSS_FOR`` seconds, not read for each message."""
    stack, store = counted
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    await stack.say(wa.list_reply(RINA, "tourism:menu", "tourism"))
    await stack.say(wa.text(RINA, "Jalpaiguri"))
    now = time.monotonic()
    monkeypatch.setattr(menu.time, "monotonic", lambda: now)
    store.menu.reads = 0
    for words in ("Ramesh Kumar", "yes", "two nights please", "রমেশ কুমার", "What about my complaint?"):
        await stack.say(wa.text(RINA, words))
    assert store.menu.reads <= 1
    assert [e.payload.get("reply_id") for e in stack.recorder.of("wa.inbound.grievance")] == ["grievance:mine"]
    monkeypatch.setattr(menu.time, "monotonic", lambda: now + menu.ACROSS_FOR + 1)  # another copy recorded a change
    await stack.say(wa.list_reply(RINA, "tourism:menu", "tourism"))
    store.menu.reads = 0
    await stack.say(wa.text(RINA, "Ramesh Kumar"))
    assert store.menu.reads == 1  # read again once the time is past
