"""The revenue split of joint packages: each month's money received (payments) and paid back
(refunds) on a joint package, divided by the co-provider's agreed share.

The provider takes every payment (travellers pay the provider) and owes the co-provider
its share; a refund paid back lowers what is owed by the same share. Months are WIB months.
Packages without an agreed share (invited before shares existed) are left out, and shown
as such.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.orm import aliased

from wisata import timeutil
from wisata.database import begin_write
from wisata.errors import DomainError
from wisata.extensions import db
from wisata.i18n import tr
from wisata.models import Booking, Departure, Organisation, Package, Payment, Refund
from wisata.services import reports


@dataclass(frozen=True)
class Line:
    when: datetime
    code: str
    package: str
    provider: str
    co_provider: str
    kind: str  # "payment" or "refund"
    amount: int  # negative for a refund
    share_percent: int

    @property
    def co_provider_amount(self) -> int:
        share = abs(self.amount) * self.share_percent // 100
        return share if self.amount >= 0 else -share

    @property
    def provider_amount(self) -> int:
        return self.amount - self.co_provider_amount


def month_bounds(year: int, month: int) -> tuple[datetime, datetime]:
    start = timeutil.wib(date(year, month, 1), time(0))
    end = timeutil.wib(date(year + month // 12, month % 12 + 1, 1), time(0))
    return start, end


def joint_packages(organisation: Organisation):
    """Condition: accepted joint packages the organisation provides or co-provides."""
    return sa.and_(Package.co_organisation_id.is_not(None), Package.co_accepted_at.is_not(None),
                   sa.or_(Package.organisation_id == organisation.id, Package.co_organisation_id == organisation.id))


def lines(organisation: Organisation, year: int, month: int) -> list[Line]:
    """The month's payments and refunds on the organisation's joint packages with a share."""
    start, end = month_bounds(year, month)
    provider, co = aliased(Organisation), aliased(Organisation)
    found = []
    for model, when, sign, kind in ((Payment, Payment.received_at, 1, "payment"), (Refund, Refund.paid_at, -1, "refund")):
        rows = db.session.execute(
            sa.select(when, Booking.code, Package.title, provider.name, co.name, model.amount, Package.co_share_percent)
            .join(Booking, model.booking_id == Booking.id)
            .join(Departure, Booking.departure_id == Departure.id)
            .join(Package, Departure.package_id == Package.id)
            .join(provider, Package.organisation_id == provider.id)
            .join(co, Package.co_organisation_id == co.id)
            .where(joint_packages(organisation), Package.co_share_percent.is_not(None), when >= start, when < end)
        ).all()
        found += [Line(at, code, tr(title), p, c, kind, sign * amount, share)
                  for at, code, title, p, c, amount, share in rows]
    return sorted(found, key=lambda line: (line.when, line.code))


@dataclass(frozen=True)
class Balance:
    """What one provider owes one co-provider for the month."""

    provider: str
    co_provider: str
    received: int
    co_provider_amount: int


def balances(found: list[Line]) -> list[Balance]:
    pairs: dict[tuple[str, str], list[Line]] = {}
    for line in found:
        pairs.setdefault((line.provider, line.co_provider), []).append(line)
    return [Balance(p, c, sum(x.amount for x in group), sum(x.co_provider_amount for x in group))
            for (p, c), group in sorted(pairs.items())]


def csv(found: list[Line]) -> str:
    header = [_("Date"), _("Booking code"), _("Package"), _("Provider"), _("Co-provider"), _("Kind"),
              _("Amount"), _("Co-provider's share (%)"), _("Co-provider's amount"), _("Provider's amount")]
    kinds = {"payment": _("Payment"), "refund": _("Refund")}
    return reports.spreadsheet_csv([header, *(
        [line.when.astimezone(timeutil.WIB).date().isoformat(), line.code, line.package, line.provider,
         line.co_provider, kinds[line.kind], line.amount, line.share_percent, line.co_provider_amount,
         line.provider_amount] for line in found)])


def unagreed(organisation: Organisation) -> list[Package]:
    """Accepted joint packages without an agreed share (accepted before shares existed)."""
    return list(db.session.scalars(sa.select(Package).where(joint_packages(organisation),
                                                            Package.co_share_percent.is_(None))))


def propose_shares(organisation: Organisation, shares: dict[int, int | None]) -> None:
    """The provider's proposed co-provider share per joint package not yet accepted (an
    agreed share is not changed here). The caller commits."""
    begin_write()
    for package_id, percent in shares.items():
        if percent is not None and not 0 <= percent <= 100:
            raise DomainError(_("A share is a whole percentage from 0 to 100."))
        db.session.execute(
            sa.update(Package).where(Package.id == package_id, Package.organisation_id == organisation.id,
                                     Package.co_organisation_id.is_not(None), Package.co_accepted_at.is_(None))
            .values(co_share_percent=percent).execution_options(synchronize_session=False)
        )
