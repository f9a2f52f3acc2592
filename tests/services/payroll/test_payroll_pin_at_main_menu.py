"""A PIN said in words at the main menu ("my pin is 4821", "আমার পিন ৪৮২১") was kept as words no service took and
offered to send to Complaints as a new complaint ("Send my message"): a secret kept by the gateway and one tap from
an official's desk. Such words are now payroll's: they open the payroll menu, which asks the PIN only after a choice,
and a postal PIN code is still no one's PIN."""
from __future__ import annotations

import pytest

from services.payroll.phrases import asked_for


@pytest.mark.parametrize("typed", [
    "my pin is 4821", "My PIN: 4821", "amar pin 4821", "আমার পিন ৪৮২১", "আমার পিন নম্বর ৪৮২১", "pin 48 21",
    "my new pin is 482193", "PIN - 4821."])
def test_a_pin_said_in_words_is_payrolls(typed: str):
    assert asked_for(typed) == "menu", typed


@pytest.mark.parametrize("typed", [
    "my pin code is 735101", "pin code 723101", "আমার পিন কোড ৭৩৫১০১", "pincode 735101", "pin 12", "my pin is lost"])
def test_other_words_with_pin_are_not(typed: str):
    assert asked_for(typed) is None, typed
