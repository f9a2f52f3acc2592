"""How long one long message takes to be answered in each service's chat: ``python bench/long_message.py [--chars
4000] [--repeat 3]``.

WhatsApp lets a person type 4,096 characters. A chat reads a message with many patterns, and one that is not linear
in its length holds its service's one event loop for seconds while everyone else's messages to that service wait. The
whole system runs in this one process (``panchayat run``'s roles on the in-process bus, the simulator's fake Cloud
API, SQLite in a temporary directory); a person past the language question opens each service's menu, then types a
message of ``--chars`` characters of a complaint-like sentence, in English and in Bengali, or of one long word (the
two sentences without their spaces, "word") or of digits alone ("digits"), with nothing else in flight; the last two
reach what a chat reads when no words of a complaint answer first. Prints, per service and message, the time from the
webhook to the first answer (the best of ``--repeat`` people), in milliseconds; ``main menu`` is the message typed
before any service is chosen.
"""
from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiohttp import ClientSession  # noqa: E402
from aiohttp.test_utils import TestServer  # noqa: E402

from bench.ports import bound  # noqa: E402
from shared.logging import configure_logging  # noqa: E402
from shared.run import build_app, local_settings  # noqa: E402
from shared.settings import load_settings  # noqa: E402

SERVICES = ("grievance", "tourism", "permit", "noc", "payroll")
SENTENCES = {"en": "the road near our school has been broken for a long time and nobody came to see it ",
             "bn": "আমাদের স্কুলের কাছের রাস্তা অনেকদিন ধরে ভাঙা, কেউ দেখতে আসেনি "}
SENTENCES |= {"word": (SENTENCES["en"] + SENTENCES["bn"]).replace(" ", ""), "digits": "1234567890"}


class Person:
    def __init__(self, http: ClientSession, base: str, wa_id: str):
        self.http, self.base, self.wa_id = http, base, wa_id

    async def send(self, typed: dict[str, Any], *, measured: bool = False) -> float:
        """Seconds from the webhook to the first message sent back. A ``measured`` message goes once nothing is in
        flight (the rest of an earlier answer, another person's last message): the steps before it wait for their
        first answer alone."""
        if measured:
            await asyncio.sleep(0.3)
        async with self.http.get(f"{self.base}/_sim/sent", params={"to": self.wa_id, "after": "0",
                                                                   "wait": "0"}) as response:
            seen = len(await response.json())
        started = time.perf_counter()
        async with self.http.post(f"{self.base}/_sim/send", json={"wa_id": self.wa_id, "name": "Bench", **typed}):
            pass
        while True:
            params = {"to": self.wa_id, "after": str(seen), "wait": "10"}
            async with self.http.get(f"{self.base}/_sim/sent", params=params) as response:
                if len(await response.json()) > seen:
                    return time.perf_counter() - started


async def run(chars: int, repeat: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        sock = bound()
        port = sock.getsockname()[1]
        settings = local_settings(load_settings(AMQP_URL=None, MONGODB_URL=None, WHATSAPP_API_URL=None,
                                                PANCHAYAT_DATA_DIR=Path(tmp), GATEWAY_PORT=port))
        app, _ = build_app(settings, simulated=True)
        server = TestServer(app, port=port, socket_factory=lambda *_: sock)
        await server.start_server()
        base = str(server.make_url("")).rstrip("/")
        print(f"{'chat':<12}{'words':<7}{'answered in':>13}   ({chars:,} characters, best of {repeat})")
        try:
            async with ClientSession() as http:
                number = iter(range(919811400000, 919811500000))
                for where in ("main menu", *SERVICES):
                    for kind, sentence in SENTENCES.items():
                        lang = kind if kind in ("en", "bn") else "en"
                        best = float("inf")
                        for n in range(repeat):  # each person's words their own: nothing read once is read again
                            text = (f"{n + 1}. " + sentence * (chars // len(sentence) + 1))[:chars]
                            person = Person(http, base, str(next(number)))
                            await person.send({"text": "hi"})
                            await person.send({"reply": {"id": f"shell:lang:{lang}", "title": lang, "type": "button"}})
                            if where != "main menu":
                                await person.send({"reply": {"id": f"{where}:menu", "title": where, "type": "list"}})
                            best = min(best, await person.send({"text": text}, measured=True))
                        print(f"{where:<12}{kind:<7}{best * 1000:>10.0f} ms")
        finally:
            await server.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chars", type=int, default=4000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    configure_logging("WARNING")
    asyncio.run(run(args.chars, args.repeat))


if __name__ == "__main__":
    main()
