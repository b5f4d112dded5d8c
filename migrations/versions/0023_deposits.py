"""deposits: a package's deposit percentage and balance due days; a booking's deposit,
balance due date and reminder

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-01 12:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('packages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('deposit_percent', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('balance_due_days', sa.Integer(), nullable=True))
        batch_op.create_check_constraint(batch_op.f('ck_packages_deposit'), (
            '(deposit_percent IS NULL AND balance_due_days IS NULL) OR (deposit_percent BETWEEN 10 '
            'AND 90 AND balance_due_days BETWEEN 1 AND 90)'))
    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('deposit_amount', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('balance_due_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('balance_reminded_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_check_constraint(batch_op.f('ck_bookings_deposit'), (
            'deposit_amount IS NULL OR (deposit_amount > 0 AND deposit_amount < total '
            'AND balance_due_on IS NOT NULL)'))
        batch_op.create_index(batch_op.f('ix_bookings_balance_due_on'), ['balance_due_on'], unique=False)


def downgrade():
    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bookings_balance_due_on'))
        batch_op.drop_constraint(batch_op.f('ck_bookings_deposit'), type_='check')
        batch_op.drop_column('balance_reminded_at')
        batch_op.drop_column('balance_due_on')
        batch_op.drop_column('deposit_amount')
    with op.batch_alter_table('packages', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_packages_deposit'), type_='check')
        batch_op.drop_column('balance_due_days')
        batch_op.drop_column('deposit_percent')
