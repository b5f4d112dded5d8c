"""bookings by contact address and status; fresh planner statistics on SQLite

Revision ID: 0026
Revises: 0025
Create Date: 2026-11-30 02:00:00

"""
from alembic import op


revision = '0026'
down_revision = '0025'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.drop_index('ix_bookings_contact_email')
        batch_op.create_index('ix_bookings_contact_email_status', ['contact_email', 'status'], unique=False)
    if op.get_bind().dialect.name == 'sqlite':
        # SQLite plans with the statistics ANALYZE left (PostgreSQL's autovacuum keeps its
        # own): without entries for the indexes of the last migrations it chose to read every
        # booking of a status instead of a departure's or an address's.
        op.execute('ANALYZE')


def downgrade():
    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.drop_index('ix_bookings_contact_email_status')
        batch_op.create_index('ix_bookings_contact_email', ['contact_email'], unique=False)
