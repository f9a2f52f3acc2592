"""What the tests through the real webhook share: the whole system as ``panchayat run`` builds it (gateway,
sender, every registered service and the simulator on one in-process bus and a real port), and a ``Phone``
that types and taps on the simulator's chat page (``/_sim/send``) and reads what the fake Cloud API
accepted (``/_sim/sent``): the messages a person's phone would show, documents among them."""
from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from aiohttp import ClientSession, web
from aiohttp.test_utils import TestServer
from chat_kit import pdf_text
from demo_folder import demo_loaded_into

from bench.ports import bound
from shared.run import build_app, local_settings
from shared.settings import Settings, load_settings

Message = dict[str, Any]
Until = Callable[[list[Message]], bool]
WAITED = 20.0  # seconds: only stops a broken test from hanging; a passing run needs a fraction of it
# how to change a language only guessed from a first message, said in the other one under the answer to it
TO_BENGALI, TO_ENGLISH = "বাংলায় পেতে *ভাষা* লিখুন", "For English, type *language*"


def _shown(sent: list[dict[str, Any]]) -> list[Message]:
    """What the person's phone shows of the messages sent: reactions sit on a message, not in the chat."""
    return [m["body"] for m in sent if m["body"].get("type") != "reaction"]


def words(messages: list[Message]) -> str:
    """What the messages say: texts, the bodies of lists and buttons, document captions, the words a template is
    filled with (a notice to someone who has not written for a day goes as its template, as Meta requires)."""
    found = []
    for m in messages:
        if m["type"] == "text":
            found.append(m["text"]["body"])
        elif m["type"] == "interactive":
            found.append(m["interactive"]["body"]["text"])
        elif m["type"] == "document":
            found.append(m["document"].get("caption", ""))
        elif m["type"] == "template":
            found += [p.get("text", "") for c in m["template"].get("components", []) for p in c.get("parameters", [])]
    return "\n".join(found)


def choices(messages: list[Message]) -> list[str]:
    """The reply ids of every button and list row offered."""
    found = []
    for m in messages:
        if m["type"] == "interactive":
            action = m["interactive"]["action"]
            found += [b["reply"]["id"] for b in action.get("buttons", [])]
            found += [r["id"] for s in action.get("sections", []) for r in s["rows"]]
    return found


def has(type: str) -> Until:
    return lambda messages: any(m["type"] == type for m in messages)


def saying(text: str) -> Until:
    return lambda messages: text in words(messages)


class Phone:
    """One simulated person; ``send`` waits until the business sent something ``until`` accepts. Taps
    arrive as list replies unless ``taps="button"``; the gateway reads both the same way."""

    def __init__(self, http: ClientSession, base: str, wa_id: str, *, name: str = "WhatsApp User",
                 taps: str = "list"):
        self.http, self.base, self.wa_id, self.name, self.taps = http, base, wa_id, name, taps
        self.seen = 0

    async def received(self) -> list[Message]:
        return _shown(await self._sent())

    async def _sent(self, after: int = 0, wait: float = 0) -> list[dict[str, Any]]:
        """Everything the fake Cloud API accepted for this number; with ``wait``, once there are more than
        ``after`` (the simulator answers as soon as one more is sent: no poll's sleep between steps)."""
        params = {"to": self.wa_id, "after": str(after), "wait": str(wait)}
        async with self.http.get(f"{self.base}/_sim/sent", params=params) as response:
            assert response.status == 200, await response.text()
            return list(await response.json())

    async def _until(self, until: Callable[[list[Message]], bool]) -> list[Message]:
        """What was received, at the first answer with which ``until`` is content."""
        deadline = asyncio.get_running_loop().time() + WAITED
        sent = await self._sent()
        while not until(got := _shown(sent)):
            left = deadline - asyncio.get_running_loop().time()
            if left <= 0:
                raise AssertionError(f"the expected message never arrived; got {got[self.seen:]}")
            sent = await self._sent(after=len(sent), wait=min(left, 5.0))
        return got

    async def wait(self, until: Until) -> list[Message]:
        """The messages new since the last wait, once they hold what ``until`` waits for."""
        seen = self.seen
        got = await self._until(lambda got: bool(got[seen:]) and until(got[seen:]))
        self.seen = len(got)
        return got[seen:]

    async def send(self, typed: dict[str, Any], until: Until) -> list[Message]:
        async with self.http.post(f"{self.base}/_sim/send", json={"wa_id": self.wa_id, "name": self.name,
                                                                   **typed}) as response:
            assert response.status == 202, await response.text()
        return await self.wait(until)

    async def say(self, text: str, until: Until = bool) -> list[Message]:
        return await self.send({"text": text}, until)

    async def tap(self, reply_id: str, until: Until = bool) -> list[Message]:
        return await self.send({"reply": {"id": reply_id, "title": reply_id[:20], "type": self.taps}}, until)

    async def start(self, lang: str = "en") -> None:
        """Past the first contact: greeted, the language chosen (English unless ``lang``), the menu shown and read."""
        await self.say("hi", until=has("interactive"))
        await self.tap(f"shell:lang:{lang}", until=has("interactive"))
        self.seen = len(await self.received())

    async def eventually(self, until: Until) -> list[Message]:
        """Everything received, once it holds what ``until`` waits for (a business-initiated message)."""
        return await self._until(until)

    async def pdf(self, media_id: str) -> bytes:
        async with self.http.get(f"{self.base}/_sim/media/{media_id}") as response:
            return await response.read()

    async def document_text(self, messages: list[Message]) -> str:
        """The text of the one document among ``messages``."""
        [doc] = [m for m in messages if m["type"] == "document"]
        return pdf_text(await self.pdf(doc["document"]["id"]))

    async def verify(self, code: str, until: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        """The public verification page (as JSON) once it shows what ``until`` waits for."""
        for _ in range(int(WAITED / 0.05)):
            async with self.http.get(f"{self.base}/verify/{code}", params={"format": "json"}) as response:
                view = await response.json()
            if until(view):
                return view
            await asyncio.sleep(0.05)
        raise AssertionError(f"/verify/{code} never showed the expected record; last: {view}")


@asynccontextmanager
async def running_system(tmp_path: Path) -> AsyncIterator[tuple[ClientSession, str, Settings, web.Application]]:
    """``panchayat run``'s whole system on a free port, held from the start (``bench.ports.bound``), on a data folder
    where it loaded the demo before (``demo_folder``): (http session, base URL, its settings, the app)."""
    await demo_loaded_into(tmp_path)
    sock = bound()
    port = sock.getsockname()[1]
    settings = local_settings(load_settings(AMQP_URL=None, MONGODB_URL=None, WHATSAPP_API_URL=None,
                                            PANCHAYAT_DATA_DIR=tmp_path, GATEWAY_PORT=port,
                                            PANCHAYAT_RETRY_DELAYS="0.05,0.05"))
    app, _ = build_app(settings, simulated=True)
    server = TestServer(app, port=port, socket_factory=lambda *_: sock)
    await server.start_server()
    try:
        async with ClientSession() as http:
            yield http, str(server.make_url("")).rstrip("/"), settings, app
    finally:
        await server.close()


async def at_the_menu(system: tuple[Any, ...], wa_id: str, lang: str = "en", *, name: str = "WhatsApp User") -> Phone:
    """A person past the first contact (``Phone.start``), at the main menu, on ``system`` as its fixture gives it
    ((http session, base URL, ...))."""
    phone = Phone(system[0], system[1], wa_id, name=name)
    await phone.start(lang)
    return phone


async def first_words(phone: Phone, typed: str, asked: str, *, greeted: bool) -> list[Message]:
    """``typed`` as the person's first message, or (``greeted``) after "hi" at the language question: the answer
    once it shows ``asked``."""
    if greeted:
        await phone.say("hi", until=lambda m: "Which language" in words(m))
    return await phone.say(typed, until=lambda m: asked in words(m))
