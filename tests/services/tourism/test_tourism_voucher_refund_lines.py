"""The voucher's refund rules read as one list: its last line, what the office's cancelling returns, ended with a
full stop (``পুরো টাকা ফেরত।`` / ``full refund.``) and the lines above it with none; no line ends with one now."""
from __future__ import annotations

import pytest

from services.tourism import voucher
from services.tourism.domain import Policy, RefundTier

POLICIES = [Policy(), Policy(refunds=(RefundTier(min_days=3, percent=100), RefundTier(min_days=1, percent=40)))]


@pytest.mark.parametrize("policy", POLICIES)
def test_no_line_of_the_refund_table_ends_with_a_full_stop_and_the_last_is_said_as_the_others(policy) -> None:
    rows = voucher.refund_table(policy).rows
    assert [cell[-1] for row in rows for cell in row if cell[-1] in "।."] == []
    assert rows[-1] == ("দপ্তর বাতিল করলে: পুরো টাকা ফেরত", "If the office cancels: full refund")


@pytest.mark.parametrize("lang", ["bn", "en"])
def test_the_refund_rules_end_no_line_with_a_full_stop(lang) -> None:
    assert not [line for line in voucher.refund_rules(Policy(), lang).splitlines() if line.endswith(("।", "."))]
