"""The values a tap carries after ``tourism:<action>:``, read strictly: anything malformed is ``Stale``
(a tap the conversation cannot place), never an error that would fail the message and be retried."""
from __future__ import annotations

from datetime import date


class Stale(Exception):
    """The tap belongs to an earlier state of the conversation, or was never one of ours."""


class NotListed(Stale):
    """The tap names a guest house or room type no list ever held (a made-up id): not one of the list."""


def arg(args: list[str], i: int = 0) -> str:
    if len(args) <= i or not args[i]:
        raise Stale(args)
    return args[i]


def number(args: list[str], i: int = 0) -> int:
    try:
        return int(arg(args, i))
    except ValueError:
        raise Stale(args) from None


def day(args: list[str], i: int = 0) -> date:
    try:
        return date.fromisoformat(arg(args, i))
    except ValueError:
        raise Stale(args) from None
