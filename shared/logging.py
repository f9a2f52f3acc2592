"""structlog, configured once per process; modules only call ``get_logger()``.

JSON lines when stderr is not a terminal, readable columns when it is. ``bind_message`` puts the
correlation id and envelope id into contextvars for the duration of one message. ``mask`` hides phone
numbers (all but the last 4 digits) and money amounts wherever they appear in an event: under a money key,
and in free text (an error message, a traceback, Meta's words) as ``₹***``. Secrets (tokens, PINs) and
people's words (names, addresses, complaint texts) under their keys never show; PANs and account numbers
keep their last 4 characters; the input pydantic quotes in a validation error is cut out. Records of the
standard library's loggers (aiohttp's "Error handling request", asyncio's "Task exception was never
retrieved") go through the same processors, so they are JSON lines and masked too.
"""
from __future__ import annotations

import dataclasses
import logging
import re
import sys
import weakref
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from decimal import Decimal
from functools import lru_cache
from typing import Any

import structlog
from pydantic import BaseModel

# Every logger handed out: each is assembled from the configuration on its first use and kept so
# (``cache_logger_on_first_use``), so logging configured again in the same process (a script embedding the roles, the
# tests) assembles them again, rather than leaving one first used before at the level and output it had then
_HANDED: weakref.WeakSet[Any] = weakref.WeakSet()


def get_logger(*args: Any, **initial: Any) -> Any:
    """A module's logger (``structlog.get_logger``), assembled on its first use under the configuration then."""
    logger = structlog.get_logger(*args, **initial)
    _HANDED.add(logger)
    return logger

# A mobile as people write it (+91 98300 12345, 098300-12345, Bengali digits too), or any run of 11+ digits
PHONE = re.compile(r"(?<![\w+])\+?(?:(?:91|৯১)[ -]?|[0০])?[6-9৬-৯](?:[ -]?\d){9}(?![\w])|(?<![\w])\+?\d{11,}(?![\w])")
LONG_NUMBER = re.compile(r"(?<![\w])\d{9,10}(?![\w])")  # 9 and 10 digits: a bank account's shortest lengths
RUPEES = re.compile(r"(?:₹|(?<![\w])(?i:rs\.?|inr))\s*\d[\d,]*(?:\.\d+)?"  # ₹3,780 Rs. 500 INR 12
                    # ৫০০ টাকা, 500 rupees; from an amount's first digit (never after a digit, or its comma after one)
                    r"|(?<!\d)(?<!\d,)\d[\d,]*(?:\.\d+)?\s*(?:টাকা|(?i:rupees?)(?![\w]))")
PAN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{5}\d{4}[A-Z](?![A-Za-z0-9])")
BEARER = re.compile(r"(?i)(?<![\w])(bearer)(\s+)[\w.~+/=-]+")
INPUT_VALUE = re.compile(r"input_value=.*?, input_type=", re.DOTALL)  # what pydantic quotes of a bad input
MAYBE_MASKED = re.compile(r"\d|(?i:bearer)|input_value=")  # each pattern above needs one of these
MONEY_WORDS = frozenset({
    "amount", "salary", "pay", "gross", "net", "basic", "tariff", "fee", "fees", "refund", "price", "total",
    "da", "hra", "tds", "deduction", "deductions", "earning", "earnings", "allowance", "tax", "medical", "gpf", "cpf",
})
PHONE_WORDS = frozenset({"phone", "mobile", "wa", "msisdn", "recipient", "to", "from"})
SECRET_WORDS = frozenset({"token", "secret", "password", "passwd", "pin", "otp", "authorization", "cookie",
                          "credentials", "signature"})
ID_WORDS = frozenset({"pan", "account", "aadhaar", "aadhar"})  # shown as XXXX and the last 4, as the offices do
PERSON_WORDS = frozenset({"name", "names", "address", "text", "body", "description", "caption", "complaint", "atr",
                          "guest", "holder", "owner", "applicant"})
HIDDEN = "***"


@lru_cache(maxsize=4096)  # a process logs under a few hundred keys; each event asks about each of its keys 5 times
def _words(key: str) -> frozenset[str]:
    return frozenset(re.split(r"[_\W]+", re.sub(r"([a-z])([A-Z])", r"\1_\2", key).lower()))


def _is_money(key: str) -> bool:
    return bool(_words(key) & MONEY_WORDS)


def _is_phone(key: str) -> bool:
    return bool(_words(key) & PHONE_WORDS)


def _last_four(found: re.Match[str]) -> str:
    number = re.sub(r"[ -]", "", found.group())
    return "*" * (len(number) - 4) + number[-4:]


def mask_phone_text(text: str) -> str:
    return PHONE.sub(_last_four, text)


def mask_text(text: str) -> str:
    """Free text as a log may show it: phones, long numbers and PANs keep their last 4 characters, rupee
    amounts, bearer tokens and pydantic's quoted inputs are hidden."""
    if not MAYBE_MASKED.search(text):  # most values (an outcome, an id without digits) have nothing to mask
        return text
    text = INPUT_VALUE.sub("input_value=" + HIDDEN + ", input_type=", text)
    text = BEARER.sub(lambda m: m.group(1) + m.group(2) + HIDDEN, text)
    text = RUPEES.sub("₹" + HIDDEN, text)
    text = PAN.sub(lambda m: "XXXX" + m.group()[-4:], mask_phone_text(text))
    return LONG_NUMBER.sub(_last_four, text)


def _any(key: str, value: Any, words: frozenset[str]) -> bool:
    return bool(_words(key) & words) and value is not None and not isinstance(value, bool)


def _plain(value: Any) -> Any:
    """What the renderer would show of an object, as data the masking can walk (a model's or dataclass's
    fields, a set's items) or else its repr. Never raises: a model with a field JSON cannot hold, or a
    dataclass holding a lock (``asdict`` deep-copies), is shown by its repr, as the renderer showed it,
    rather than turning the log call into an error of the code that made it."""
    try:
        if isinstance(value, BaseModel):
            return value.model_dump(mode="json")
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return dataclasses.asdict(value)
    except Exception:  # noqa: BLE001 - a log line must not fail the caller
        return repr(value)
    if isinstance(value, set | frozenset):
        return sorted(value, key=repr)
    if isinstance(value, bytes | bytearray):
        return value.decode("utf-8", "replace")
    return repr(value)


def _mask_value(key: str, value: Any) -> Any:
    if _any(key, value, SECRET_WORDS) or _any(key, value, PERSON_WORDS):
        return HIDDEN
    if isinstance(value, Mapping):  # a key may be data too: a count per person is keyed by their number
        return {mask_text(k) if isinstance(k, str) else k: _mask_value(str(k), v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_mask_value(key, v) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    if _any(key, value, ID_WORDS) and isinstance(value, str | int):
        return "XXXX" + str(value)[-4:]
    if _is_money(key) and isinstance(value, int | float | Decimal):  # the payroll's and tourism's figures
        return "***"
    if _is_money(key) and isinstance(value, str) and re.fullmatch(r"(₹|Rs\.?)?\s*[\d.,]+\s*", value):
        return "***"
    if _is_phone(key) and isinstance(value, str | int):
        s = str(value)
        return "*" * max(len(s) - 4, 0) + s[-4:]
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, int | float):
        return value
    return _mask_value(key, _plain(value))


def mask(_logger: Any, _name: str, event: dict[str, Any]) -> dict[str, Any]:
    return {k: v if k in ("timestamp", "level", "correlation_id", "envelope_id") else _mask_value(k, v)
            for k, v in event.items()}


class _CurrentStderr:
    """Writes to whatever ``sys.stderr`` is now, so a replaced stream (a test's capture, a daemon's redirect)
    never leaves loggers holding a closed file."""

    def write(self, text: str) -> int:
        return sys.stderr.write(text)

    def flush(self) -> None:
        sys.stderr.flush()


class _StdlibHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The root logger's handler that ``configure_logging`` installs (and replaces when called again)."""


def configure_logging(level: str = "INFO", *, json: bool | None = None) -> None:
    json = (not sys.stderr.isatty()) if json is None else json
    renderer = structlog.processors.JSONRenderer(ensure_ascii=False) if json else structlog.dev.ConsoleRenderer()
    number = logging.getLevelNamesMapping().get(level.upper(), logging.INFO)
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            mask,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(number),
        logger_factory=structlog.PrintLoggerFactory(file=_CurrentStderr()),  # type: ignore[arg-type]
        cache_logger_on_first_use=True,
    )
    for logger in list(_HANDED):
        logger.__dict__.pop("bind", None)  # the assembled logger structlog kept on first use: assembled again
    _route_stdlib(renderer, number)


def _route_stdlib(renderer: Any, level: int) -> None:
    """Libraries log through the standard library (aiohttp's errors quote the raw request line or header that
    broke, asyncio prints a lost task's exception); without a handler Python printed those as bare text past
    the masking. They now take the same processors, from WARNING up as before (or the configured level if
    higher), with the logger's name."""
    handler = _StdlibHandler(_CurrentStderr())  # type: ignore[arg-type]
    handler.setLevel(max(level, logging.WARNING))
    handler.setFormatter(structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[
            structlog.contextvars.merge_contextvars,
            structlog.stdlib.add_logger_name,
            structlog.stdlib.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
        ],
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info,
            mask,
            renderer,
        ],
    ))
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _StdlibHandler)]:
        root.removeHandler(old)
    root.addHandler(handler)


@contextmanager
def bind_message(correlation_id: str, envelope_id: str) -> Iterator[None]:
    """Bind ids for one message; cleared first so nothing leaks from the previous one."""
    structlog.contextvars.clear_contextvars()
    structlog.contextvars.bind_contextvars(correlation_id=correlation_id, envelope_id=envelope_id)
    try:
        yield
    finally:
        structlog.contextvars.clear_contextvars()
