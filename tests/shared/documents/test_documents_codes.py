from __future__ import annotations

import base64
import re

import pytest

from shared.documents import new_code, normalise_code, verify_url

FORMAT = re.compile(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){3}")


def test_codes_are_grouped_base32_carrying_80_random_bits() -> None:
    code = new_code()
    assert FORMAT.fullmatch(code), code
    assert len(base64.b32decode(code.replace("-", ""))) == 10


def test_codes_do_not_repeat() -> None:
    codes = {new_code() for _ in range(5000)}
    assert len(codes) == 5000


@pytest.mark.parametrize("typed", ["k7qx-3mzp-w4da-jt2c", "K7QX3MZPW4DAJT2C", " k7qx 3mzp w4da jt2c ",
                                   "K7QX_3MZP.W4DA-JT2C"])
def test_any_spelling_of_a_code_normalises_to_the_printed_one(typed: str) -> None:
    assert normalise_code(typed) == "K7QX-3MZP-W4DA-JT2C"


@pytest.mark.parametrize("typed", ["B0I7-3MZP-W4DA-JT2C", "80I7-3MZP-W4DA-JT2C", "8017-3mzp-w4da-jt2c"])
def test_a_digit_typed_for_the_letter_it_looks_like_finds_the_code(typed: str) -> None:
    """0, 1 and 8 are never in a code: one typed from the paper stands for the O, I or B printed there."""
    assert normalise_code(typed) == "BOI7-3MZP-W4DA-JT2C"


@pytest.mark.parametrize("typed", ["", "K7QX-3MZP-W4DA", "K7QX-3MZP-W4DA-JT2CX", "K9QX-3MZP-W4DA-JT2C",
                                   "K7QX-3MZP-W4DA-JT2<", "../../etc/passwd"])
def test_what_cannot_be_a_code_is_rejected(typed: str) -> None:
    assert normalise_code(typed) is None


def test_the_verify_url_is_under_the_public_base() -> None:
    assert verify_url("https://gp.example.in/", "AAAA-BBBB-CCCC-DDDD") == (
        "https://gp.example.in/verify/AAAA-BBBB-CCCC-DDDD")
