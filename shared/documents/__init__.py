"""The document kit every service uses: bilingual PDFs with shaped Bengali, QR codes and public records.

A service renders with ``render(Document(...))`` and announces the document with the event builders in
``records``; the gateway turns those events into the public page at ``GET /verify/{code}``.
"""
from shared.documents.codes import new_code, normalise_code, verify_url
from shared.documents.fonts import FontSet, FontsMissing, check_fonts
from shared.documents.model import Column, Document, Office, Row, Signatory, Table, Together
from shared.documents.pdf import render
from shared.documents.records import PublicRecord

__all__ = [
    "Column", "Document", "FontSet", "FontsMissing", "Office", "PublicRecord", "Row", "Signatory", "Table",
    "Together", "check_fonts", "new_code", "normalise_code", "render", "verify_url",
]
