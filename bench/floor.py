"""The legs alone: ``python bench/floor.py [--amqp URL] [--turns N] [--people P]``.

What a chat turn costs the machine when every role does nothing but pass it on. The legs are the system's:
a signed webhook posted to a gateway process, which checks the signature and publishes the message
(confirmed, persistent, to a durable quorum queue); a service process that consumes it and publishes an
answer; a sender process that consumes the answer and posts it, and a read receipt, to the sink; the sink
(bench/sink.py, the load generator's own), which posts Meta's ``sent`` statuses back to the gateway in
batches; the gateway, which publishes each status; and the sender, which consumes it. Each role is a
process of its own on the same broker, as in ``bench/load.py --shapes rabbit``, driven flat out by P people
who each send their next message when the answer to the last one reached the sink.

No store, no conversation, no validation beyond ``json.loads``, no logs: the figure is the most that any
implementation of these legs with these libraries (aiohttp, aio-pika) can do on this machine. It is printed
beside the bare three-hop pipeline measured in the same run (``bench/load.py``'s ``bare_ceiling``), and the
ratio of the two is the ceiling of the system's own ratio.
"""
from __future__ import annotations

import argparse
import asyncio
import hmac
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aio_pika
import aiohttp
from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import load  # noqa: E402
from bench.procstats import local_broker_cpu, usage  # noqa: E402
from bench.sink import GRAPH, Sink, serve  # noqa: E402
from shared.bus.topology import QUORUM  # noqa: E402
from simulator.webhooks import envelope as hooks  # noqa: E402
from simulator.webhooks import messages as msg  # noqa: E402

SECRET = "floor-secret"
PHONE_ID = hooks.PHONE_NUMBER_ID
ROLES = ("gateway", "service", "sender")
PREFETCH = 32


def queues(prefix: str) -> dict[str, str]:
    """Routing key → queue: the inbound message, the answer, the status."""
    return {key: f"{prefix}-{key}" for key in ("inbound", "outbound", "status")}


async def publisher(url: str, prefix: str) -> tuple[aio_pika.abc.AbstractConnection, aio_pika.abc.AbstractExchange]:
    connection = await aio_pika.connect(url)
    channel = await connection.channel(publisher_confirms=True)
    return connection, await channel.declare_exchange(prefix, aio_pika.ExchangeType.TOPIC, durable=True)


def persistent(body: dict[str, Any]) -> aio_pika.Message:
    return aio_pika.Message(json.dumps(body).encode(), delivery_mode=aio_pika.DeliveryMode.PERSISTENT)


async def consume(connection: aio_pika.abc.AbstractConnection, queue: str,
                  handle: Callable[[dict[str, Any]], Awaitable[None]]) -> None:
    channel = await connection.channel()
    await channel.set_qos(prefetch_count=PREFETCH)
    declared = await channel.declare_queue(queue, durable=True, arguments=QUORUM)

    async def on_message(message: aio_pika.abc.AbstractIncomingMessage) -> None:
        await handle(json.loads(message.body))
        await message.ack()

    await declared.consume(on_message)


async def gateway(url: str, prefix: str, port: int) -> None:
    """The webhook: signature, JSON, a confirmed publish per message and per status, then 200."""
    _, exchange = await publisher(url, prefix)

    async def webhook(request: web.Request) -> web.Response:
        raw = await request.read()
        expected = hooks.sign(SECRET, raw)
        if not hmac.compare_digest(expected, request.headers.get(hooks.SIGNATURE_HEADER, "")):
            return web.Response(status=401)
        for entry in json.loads(raw)["entry"]:
            for change in entry["changes"]:
                value = change["value"]
                for message in value.get("messages", ()):
                    await exchange.publish(persistent(message), "inbound")
                for status in value.get("statuses", ()):
                    await exchange.publish(persistent(status), "status")
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_post("/webhook", webhook)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    await asyncio.Event().wait()


async def service(url: str, prefix: str) -> None:
    """Consume each inbound message and publish an answer to its sender."""
    connection, exchange = await publisher(url, prefix)

    async def answer(message: dict[str, Any]) -> None:
        await exchange.publish(persistent({"to": message["from"], "reply_to": message["id"],
                                           "id": uuid.uuid4().hex, "text": "Namaskar"}), "outbound")

    await consume(connection, queues(prefix)["inbound"], answer)
    await asyncio.Event().wait()


async def sender(url: str, prefix: str, sink_url: str) -> None:
    """Consume each answer: post it and the read receipt of the message it answers; consume each status."""
    connection = await aio_pika.connect(url)
    http = aiohttp.ClientSession()
    endpoint = f"{sink_url}{GRAPH}/{PHONE_ID}/messages"

    async def post(body: dict[str, Any]) -> None:
        async with http.post(endpoint, json=body) as response:
            await response.read()

    async def send(answer: dict[str, Any]) -> None:
        await post({"messaging_product": "whatsapp", "to": answer["to"], "type": "text",
                    "text": {"body": answer["text"]}, "biz_opaque_callback_data": answer["id"]})
        await post({"messaging_product": "whatsapp", "status": "read", "message_id": answer["reply_to"]})

    async def heard(status: dict[str, Any]) -> None:
        """Parsed by ``consume`` and acked: the real sender closes a claim in doubt with it, here nothing."""

    names = queues(prefix)
    await consume(connection, names["outbound"], send)
    await consume(connection, names["status"], heard)
    await asyncio.Event().wait()


async def declare(url: str, prefix: str) -> None:
    connection, exchange = await publisher(url, prefix)
    async with connection:
        channel = await connection.channel()
        for key, name in queues(prefix).items():
            queue = await channel.declare_queue(name, durable=True, arguments=QUORUM)
            await queue.bind(exchange, key)


async def remove(url: str, prefix: str) -> None:
    connection = await aio_pika.connect(url)
    async with connection:
        channel = await connection.channel()
        for name in queues(prefix).values():
            await channel.queue_delete(name)
        await channel.exchange_delete(prefix)


async def drive(args: argparse.Namespace, sink: Sink, webhook: str) -> float:
    """P people, each sending its next message once the last one's answer reached the sink; turns/s."""
    left = args.turns
    async with aiohttp.ClientSession() as http:
        async def person(n: int) -> None:
            nonlocal left
            wa_id, seen = f"9198{n:08d}", 0
            event = sink.waiters.setdefault(wa_id, asyncio.Event())
            while left > 0:
                left -= 1
                raw = json.dumps(hooks.payload([msg.text(wa_id, "hi")])).encode()
                headers = {hooks.SIGNATURE_HEADER: hooks.sign(SECRET, raw), "Content-Type": "application/json"}
                async with http.post(webhook, data=raw, headers=headers) as response:
                    await response.read()
                    if response.status != 200:
                        raise RuntimeError(f"webhook answered {response.status}")
                seen += 1
                while sink.count(wa_id) < seen:
                    event.clear()
                    await asyncio.wait_for(event.wait(), 30)

        began = time.perf_counter()
        await asyncio.gather(*(person(n) for n in range(args.people)))
        return args.turns / (time.perf_counter() - began)


async def until_listening(port: int) -> None:
    for _ in range(100):
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.close()
            return
        except OSError:
            await asyncio.sleep(0.1)
    raise RuntimeError(f"nothing listens on {port}")


@dataclass
class Floor:
    turns: int
    rate: float  # turns per second
    answers: int  # at the sink
    read: int  # read receipts at the sink
    statuses: int  # posted back to the gateway
    cpu: dict[str, float]  # seconds per process (and the local broker's), over the run

    def lines(self) -> list[str]:
        per_turn = {name: seconds / self.turns * 1000 for name, seconds in self.cpu.items()}
        return [f"== the legs alone: {self.turns} turns, {self.answers} answers, {self.read} read receipts, "
                f"{self.statuses} statuses posted back",
                f"  {self.rate:.0f} turns/s; CPU per turn: "
                + ", ".join(f"{name} {ms:.2f} ms" for name, ms in per_turn.items())
                + f"; all {sum(per_turn.values()):.2f} ms"]


async def measure(args: argparse.Namespace) -> Floor:
    """Start the roles, drive them flat out, stop them and remove their queues."""
    prefix = f"floor-{uuid.uuid4().hex[:8]}"
    gateway_port, sink_port = args.port, args.port + 1
    await declare(args.amqp, prefix)
    sink = Sink()
    sink.report_to(f"http://127.0.0.1:{gateway_port}/webhook", SECRET)
    runner = await serve(sink, sink_port)
    command = [sys.executable, __file__, "--amqp", args.amqp, "--prefix", prefix, "--port", str(gateway_port)]
    roles = {role: subprocess.Popen([*command, "--role", role]) for role in ROLES}
    try:
        await until_listening(gateway_port)
        await asyncio.sleep(1.0)  # the consumers attach
        before = {role: usage(p.pid).cpu_seconds for role, p in roles.items()}
        broker, own = local_broker_cpu(), time.process_time()
        rate = await drive(args, sink, f"http://127.0.0.1:{gateway_port}/webhook")
        cpu = {role: usage(p.pid).cpu_seconds - before[role] for role, p in roles.items()}
        cpu["load-gen"] = time.process_time() - own
        after = local_broker_cpu()
        if broker is not None and after is not None:
            cpu["broker"] = after - broker
    finally:
        if sink.statuses is not None:
            await sink.statuses.close()  # the last statuses, while the gateway still listens
        for process in roles.values():
            process.send_signal(signal.SIGKILL)
            process.wait()
        await runner.cleanup()
        await remove(args.amqp, prefix)
    statuses = sink.statuses.posted if sink.statuses is not None else 0
    return Floor(args.turns, rate, sink.total(), len(sink.read), statuses, cpu)


async def main(args: argparse.Namespace) -> None:
    floor = await measure(args)
    print("\n".join(floor.lines()), flush=True)
    bare = await load.bare_ceiling(args.amqp, args.bare_count)
    print(f"== bare aio-pika three-hop pipeline on the same broker: {bare:.0f} messages/s")
    print(f"  the legs alone / bare pipeline: {floor.rate:.0f} / {bare:.0f} = {floor.rate / bare:.2f}")


def parser() -> argparse.ArgumentParser:
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("--amqp", default=load.DEFAULT_AMQP)
    cli.add_argument("--turns", type=int, default=4800)
    cli.add_argument("--people", type=int, default=50, help="in flight at once, as bench/load.py's flat out")
    cli.add_argument("--bare-count", type=int, default=10_000, help="messages for the bare pipeline")
    cli.add_argument("--port", type=int, default=18480, help="the gateway's; the sink takes the next one")
    cli.add_argument("--role", choices=ROLES, help=argparse.SUPPRESS)
    cli.add_argument("--prefix", help=argparse.SUPPRESS)
    return cli


def run_role(args: argparse.Namespace) -> None:
    sink_url = f"http://127.0.0.1:{args.port + 1}"
    role = {"gateway": lambda: gateway(args.amqp, args.prefix, args.port),
            "service": lambda: service(args.amqp, args.prefix),
            "sender": lambda: sender(args.amqp, args.prefix, sink_url)}[args.role]
    asyncio.run(role())


if __name__ == "__main__":
    arguments = parser().parse_args()
    if arguments.role:
        os.environ.setdefault("PYTHONUNBUFFERED", "1")
        run_role(arguments)
    else:
        asyncio.run(main(arguments))
