"""The QR code printed on every document, as PNG bytes ready for ``FPDF.image``.

Error correction level M (15 %) survives a folded or slightly smudged print while keeping the symbol
small enough for a 28 mm square; ``boost_error`` lets segno raise it for free when the URL leaves room.
"""
from __future__ import annotations

import io

import segno

QR_ERROR = "m"


def qr_png(payload: str, *, scale: int = 8) -> bytes:
    """A PNG in memory: the renderer never touches the disk."""
    buffer = io.BytesIO()
    segno.make_qr(payload, error=QR_ERROR).save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()
