"""QRIS: the partner's static QRIS, packages that offer it, the payment method 'qris'

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-01 11:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None

OLD = "'bank_transfer', 'at_meeting_point'"
NEW = "'bank_transfer', 'at_meeting_point', 'qris'"


def _methods(values: str) -> None:
    for table, column in (('bookings', 'payment_method'), ('payments', 'method')):
        name = f'ck_{table}_payment_method'
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(op.f(name), type_='check')
            batch_op.create_check_constraint(op.f(name), f'{column} IN ({values})')


def upgrade():
    with op.batch_alter_table('organisations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('qris_payload', sa.String(length=512), nullable=True))
    with op.batch_alter_table('packages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('qris_enabled', sa.Boolean(), server_default=sa.true(), nullable=False))
    _methods(NEW)


def downgrade():
    op.execute("DELETE FROM payments WHERE method = 'qris'")
    op.execute("UPDATE bookings SET payment_method = 'bank_transfer' WHERE payment_method = 'qris'")
    _methods(OLD)
    with op.batch_alter_table('packages', schema=None) as batch_op:
        batch_op.drop_column('qris_enabled')
    with op.batch_alter_table('organisations', schema=None) as batch_op:
        batch_op.drop_column('qris_payload')
