"""Puts ``tests/services`` on the import path so the permit and NOC tests share ``casework_kit`` (both
services follow one casework; their tests drive it the same way). No fixtures live here."""
