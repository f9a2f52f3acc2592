"""Per-service text catalogs in Bengali and English.

A catalog is a JSON file ``{"key": {"bn": "...", "en": "..."}}`` beside the service; placeholders are
``str.format`` fields. A count's word follows it in English as ``{nights} {nights:night|nights}``: the field's
format names the word for one and for more (any language may use it; Bengali seldom needs it). ``check_catalog``
lists every key missing a language or whose placeholders differ between languages; a test runs it over every
catalog in the tree.
"""
from __future__ import annotations

import json
import string
from pathlib import Path
from typing import Any

from shared.india import latin_digits

LANGS = ("bn", "en")


class Catalog:
    def __init__(self, entries: dict[str, dict[str, str]], name: str = "texts"):
        self.entries = entries
        self.name = name

    @classmethod
    def load(cls, path: str | Path) -> Catalog:
        path = Path(path)
        return cls(json.loads(path.read_text(encoding="utf-8")), name=str(path))

    def __call__(self, key: str, lang: str, /, **values: Any) -> str:
        entry = self.entries[key]
        template = entry.get(lang) or entry["en"]
        if not values:
            return template
        return _COUNTED.vformat(template, (), values) if "|" in template else template.format(**values)

    def problems(self) -> list[str]:
        return check_catalog(self.entries)


class _Counted(string.Formatter):
    """``{n:night|nights}``: the word for one when ``n`` is 1 (an int, or its digits in any script), else the
    other; any other format as ``str.format`` has it."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" not in format_spec:
            return super().format_field(value, format_spec)
        one, more = format_spec.split("|", 1)
        return one if latin_digits(str(value)).strip() == "1" else more


_COUNTED = _Counted()


def placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def printed(template: str) -> set[str]:
    """The placeholders whose values the text shows: not one read only to choose a word's form
    (``{count:night|nights}``), which a language without that form (Bengali has one for both) need not name."""
    return {field for _, field, spec, _ in string.Formatter().parse(template) if field and "|" not in (spec or "")}


def check_catalog(entries: dict[str, dict[str, str]]) -> list[str]:
    found = []
    for key, entry in entries.items():
        missing = [lang for lang in LANGS if not (entry.get(lang) or "").strip()]
        if missing:
            found.append(f"{key}: missing {', '.join(missing)}")
            continue
        bn, en = placeholders(entry["bn"]), placeholders(entry["en"])
        if not (printed(entry["bn"]) <= en and printed(entry["en"]) <= bn):
            found.append(f"{key}: placeholders differ (bn {sorted(bn)}, en {sorted(en)})")
    return found
