"""recount seats held and promo uses: completed bookings hold no seats, ended bookings no promo use

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 21:40:00

Before this release a completed trip kept its seats in `departures.seats_held` and a
cancelled or expired booking kept its promo use. Both counters are recounted here from
the bookings, as `flask --app wsgi bookings check --fix` would.
"""
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade():
    op.execute(
        "UPDATE departures SET seats_held = ("
        " SELECT COALESCE(SUM(b.seats), 0) FROM bookings b"
        " WHERE b.departure_id = departures.id AND b.status IN ('pending_payment', 'confirmed'))"
    )
    op.execute(
        "UPDATE promo_codes SET used_count = ("
        " SELECT COUNT(*) FROM bookings b"
        " WHERE b.promo_code_id = promo_codes.id AND b.status IN ('pending_payment', 'confirmed', 'completed'))"
    )


def downgrade():
    pass  # the recount is right for the old code too, apart from completed trips
