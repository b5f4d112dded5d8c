"""bookings indexed by departure, status and date made, for the partner portal

The partner portal's queries go from the organisation's packages to their departures to
their bookings through this index, whatever the planner knows of the tables (SQLite
without statistics otherwise starts from the status index: every booking on the site with
that status). It replaces ix_bookings_departure_id, its first column.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30 02:00:00

"""
from alembic import op


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.create_index('ix_bookings_departure_status_created', ['departure_id', 'status', 'created_at'],
                              unique=False)
        batch_op.drop_index('ix_bookings_departure_id')


def downgrade():
    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.create_index('ix_bookings_departure_id', ['departure_id'], unique=False)
        batch_op.drop_index('ix_bookings_departure_status_created')
