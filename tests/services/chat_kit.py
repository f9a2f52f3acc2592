"""What every service's tests read replies with: a clock they move, ``wa.outbound`` payloads read the way
a person sees them, and the text of a PDF as poppler's pdftotext reads it."""
from __future__ import annotations

import base64
import subprocess
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any


def pdf_text(pdf: bytes | None) -> str:
    """The PDF's text as poppler's pdftotext reads it."""
    return subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class Reply:
    """One ``wa.outbound`` payload, read the way a person sees it."""

    payload: dict[str, Any]

    @property
    def message(self) -> dict[str, Any]:
        return self.payload["message"]

    @property
    def text(self) -> str:
        m = self.message
        if m["type"] == "text":
            return m["text"]["body"]
        if m["type"] == "interactive":
            return m["interactive"]["body"]["text"]
        if m["type"] == "document":
            return m["document"].get("caption", "")
        return ""

    @property
    def choices(self) -> dict[str, str]:
        """Reply id → title of the buttons or list rows."""
        if self.message["type"] != "interactive":
            return {}
        box = self.message["interactive"]
        if box["type"] == "button":
            return {b["reply"]["id"]: b["reply"]["title"] for b in box["action"]["buttons"]}
        return {row["id"]: row["title"] for s in box["action"]["sections"] for row in s["rows"]}

    @property
    def pdf(self) -> bytes | None:
        doc = self.payload.get("document")
        return base64.b64decode(doc["data_b64"]) if doc else None
