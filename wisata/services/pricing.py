"""Prices, discounts and refunds: always computed here, never taken from the client."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask_babel import gettext as _
from flask_babel import ngettext

from wisata.models import CancellationPolicy, PriceCategory, PromoCode

# (at least this many days before departure, percent refunded), most generous first.
REFUND_TIERS: dict[CancellationPolicy, tuple[tuple[int, int], ...]] = {
    CancellationPolicy.FLEXIBLE: ((1, 100),),
    CancellationPolicy.MODERATE: ((7, 100), (2, 50)),
    CancellationPolicy.STRICT: ((30, 100), (14, 50)),
}


@dataclass(frozen=True)
class Quote:
    lines: tuple[tuple[PriceCategory, int], ...]  # (price category, count)
    subtotal: int
    discount: int

    @property
    def total(self) -> int:
        return self.subtotal - self.discount

    @property
    def seats(self) -> int:
        return sum(count for _, count in self.lines)


def discount_for(promo: PromoCode | None, subtotal: int) -> int:
    """The discount a promo code gives on a subtotal, never more than the subtotal."""
    if promo is None:
        return 0
    if promo.percent_off is not None:
        return min(subtotal, subtotal * promo.percent_off // 100)
    return min(subtotal, promo.amount_off or 0)


def quote(prices: list[PriceCategory], counts: dict[str, int], promo: PromoCode | None = None) -> Quote:
    """The price of `counts` seats per category code, from the package's own prices."""
    lines = tuple((p, counts.get(p.code, 0)) for p in prices if counts.get(p.code, 0) > 0)
    subtotal = sum(p.amount * n for p, n in lines)
    return Quote(lines, subtotal, discount_for(promo, subtotal))


def refund_percent(policy: CancellationPolicy, departure_date: date, today: date) -> int:
    days_before = (departure_date - today).days
    for min_days, percent in REFUND_TIERS[policy]:
        if days_before >= min_days:
            return percent
    return 0


def refund_amount(total: int, policy: CancellationPolicy, departure_date: date, today: date) -> int:
    return total * refund_percent(policy, departure_date, today) // 100


def refund_tiers(policy: CancellationPolicy) -> list[str]:
    """The policy in plain words, one sentence a tier."""
    sentences = []
    tiers = REFUND_TIERS[policy]
    for index, (min_days, percent) in enumerate(tiers):
        if percent == 100:
            sentences.append(ngettext(
                "Full refund if you cancel at least %(num)s day before departure.",
                "Full refund if you cancel at least %(num)s days before departure.",
                min_days,
            ))
        else:
            upper = tiers[index - 1][0] - 1
            sentences.append(_(
                "%(percent)s%% refund if you cancel %(low)s to %(high)s days before departure.",
                percent=percent, low=min_days, high=upper,
            ))
    last = tiers[-1][0]
    sentences.append(ngettext(
        "No refund if you cancel less than %(num)s day before departure, or do not show up.",
        "No refund if you cancel less than %(num)s days before departure, or do not show up.",
        last,
    ))
    return sentences
