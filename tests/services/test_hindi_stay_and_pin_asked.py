"""A guest house's times or what it has, asked in Hindi ("check in kitne baje hai", "room me AC hai kya"), and one's
PIN forgotten or asked for in Hindi ("PIN bhul gaya", "mera PIN kya hai", "पिन भूल गया", "मेरा पिन क्या है"), reached no
service: tourism's times and facilities, and payroll's *Forgot my PIN*, as in Bengali and English. Something said
missing ("room me AC nahi hai") is no question of what a guest house has; a PIN code forgotten is no one's PIN."""
from __future__ import annotations

import pytest
from test_pay_unnamed import claimed


@pytest.mark.parametrize(("typed", "action"), [("check in kitne baje hai", "tourism:times"),
                                               ("room me AC hai kya", "tourism:facilities"),
                                               ("PIN bhul gaya", "payroll:forgot"),
                                               ("mera PIN kya hai", "payroll:forgot"),
                                               ("पिन भूल गया", "payroll:forgot"),
                                               ("मेरा पिन क्या है", "payroll:forgot")])
def test_asked_in_hindi_is_the_services_answer(typed, action):
    assert claimed(typed)[:1] == [action], claimed(typed)


@pytest.mark.parametrize("typed", ["room me AC nahi hai", "pin code bhul gaya", "पिन कोड क्या है"])
def test_something_missing_or_a_pin_code_is_not(typed):
    assert not {"tourism:facilities", "payroll:forgot"} & set(claimed(typed)), claimed(typed)
