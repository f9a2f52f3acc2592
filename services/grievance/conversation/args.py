"""The values a tap carries after ``grievance:<action>:``, read strictly: anything malformed is ``Stale``
(a tap the conversation cannot place), never an error that would fail the message and be retried."""
from __future__ import annotations


class Stale(Exception):
    """The tap belongs to an earlier state of the conversation, or was never one of ours."""


def arg(args: list[str], i: int = 0) -> str:
    if len(args) <= i or not args[i]:
        raise Stale(args)
    return args[i]


def page(args: list[str], i: int = 0) -> int:
    if len(args) <= i:
        return 0
    try:
        return max(0, int(args[i]))
    except ValueError:
        raise Stale(args) from None
