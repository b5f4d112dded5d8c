"""Every grouping of the bookings in one statement: months, origins, the top packages,
partners and attractions, referrals and promo codes, each a UNION ALL member reading the
scoped bookings (sql.Scope), so the database goes over the period's bookings once.

Rows come back as (group, id, text, text2, measures...); `read` sorts them out by group.
Labels are fetched afterwards by id (JSON titles cannot be grouped or unioned on PostgreSQL).
"""

from __future__ import annotations

from collections import defaultdict

import sqlalchemy as sa

from wisata.models import ItineraryDay, ItineraryStop, Organisation, Package
from wisata.services.referrals import CAMPAIGN_PAGE
from wisata.services.reporting.sql import MONTH_MEASURES, Scope, sums

TOP = 10
RANKING = ("bookings", "travellers", "revenue")


def _member(source, group: str, *, id_=None, text=None, text2=None, measures=RANKING,
            join=None, where=(), top_by: str | None = None) -> sa.Select:
    """One grouping of `source`, shaped like every other: keys it does not use are NULL,
    measures it does not need 0. With `top_by`, the TOP groups by that measure (ties: lowest id)."""
    keys = [sa.literal(group).label("group"), sa.cast(id_ if id_ is not None else sa.null(), sa.BigInteger).label("id"),
            sa.cast(text if text is not None else sa.null(), sa.String).label("text"),
            sa.cast(text2 if text2 is not None else sa.null(), sa.String).label("text2")]
    measured = {column.name: column for column in sums(source, *measures)}
    columns = [measured.get(name, sa.cast(sa.literal(0), sa.BigInteger).label(name)) for name in MONTH_MEASURES]
    statement = sa.select(*keys, *columns).select_from(source)
    if join is not None:
        statement = statement.join(*join)
    grouped = [key for key in (id_, text, text2) if key is not None]
    statement = statement.where(*where).group_by(*grouped)
    if group != "month":
        statement = statement.having(sa.func.sum(source.c.bookings) > 0)
    if top_by is None:
        return statement
    ranked = statement.order_by(sa.desc(measured[top_by]), grouped[0]).limit(TOP).subquery()
    return sa.select(*ranked.c)


def _providers() -> sa.Subquery:
    """(package, partner) for each package's provider and accepted co-provider: equality
    joins, where an OR would keep the database from using an index."""
    return sa.union_all(
        sa.select(Package.id.label("package_id"), Package.organisation_id.label("organisation_id")),
        sa.select(Package.id, Package.co_organisation_id).where(Package.co_accepted_at.is_not(None)),
    ).subquery("providers")


def _stops() -> sa.Subquery:
    """Each attraction a package visits, once however many days it is on."""
    return (sa.select(ItineraryDay.package_id, ItineraryStop.attraction_id)
            .join(ItineraryStop, ItineraryStop.day_id == ItineraryDay.id).distinct().subquery("stops"))


def statement(scope: Scope) -> sa.CompoundSelect:
    rows = scope.bookings.c
    # Packages, partners and attractions are rankings of packages: summed per package first,
    # they join a few thousand rows instead of every booking.
    per_package = (sa.select(rows.package_id, *sums(scope.bookings, *RANKING))
                   .group_by(rows.package_id).cte("per_package"))
    providers, stops = _providers(), _stops()
    in_regions = sa.select(Organisation.id).where(Organisation.region_id.in_(scope.region_ids))
    return sa.union_all(
        _member(scope.bookings, "month", id_=rows.month, measures=MONTH_MEASURES),
        _member(scope.bookings, "origin", text=rows.origin_country, text2=rows.origin_province),
        _member(per_package, "package", id_=per_package.c.package_id, top_by="travellers"),
        # A joint package's bookings count for its provider and its co-provider, each of the regions.
        _member(per_package, "partner", id_=providers.c.organisation_id, top_by="bookings",
                join=(providers, providers.c.package_id == per_package.c.package_id),
                where=(providers.c.organisation_id.in_(in_regions),)),
        _member(per_package, "attraction", id_=stops.c.attraction_id, top_by="travellers",
                join=(stops, stops.c.package_id == per_package.c.package_id)),
        # A fair kit's booking is the fair's (its event id), not its campaign page's.
        _member(scope.bookings, "referral", text=rows.referral_kind, where=(rows.referral_kind.is_not(None),),
                id_=sa.case((rows.referral_kind == CAMPAIGN_PAGE, rows.referral_campaign_id),
                            else_=rows.referral_event_id)),
        _member(scope.bookings, "promo", id_=rows.promo_code_id, where=(rows.promo_code_id.is_not(None),)),
    )


def read(scope: Scope) -> dict[str, list]:
    """The statement's rows by group, measures as ints."""
    groups: dict[str, list] = defaultdict(list)
    for row in scope.execute(statement(scope)).mappings():
        values = {name: int(row[name]) for name in MONTH_MEASURES}
        groups[row["group"]].append((row["id"], row["text"], row["text2"], values))
    return groups
