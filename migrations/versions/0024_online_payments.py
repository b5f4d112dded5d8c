"""online payments through a gateway (Midtrans): the partner's account with its encrypted
server key, each checkout, each notification handled; the payment method 'online'

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-01 13:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = '0024'
down_revision = '0023'
branch_labels = None
depends_on = None

OLD = "'bank_transfer', 'at_meeting_point', 'qris'"
NEW = "'bank_transfer', 'at_meeting_point', 'qris', 'online'"


def _methods(values: str) -> None:
    for table, column in (('bookings', 'payment_method'), ('payments', 'method')):
        name = f'ck_{table}_payment_method'
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(op.f(name), type_='check')
            batch_op.create_check_constraint(op.f(name), f'{column} IN ({values})')


def upgrade():
    op.create_table(
        'gateway_accounts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('organisation_id', sa.Integer(), nullable=False),
        sa.Column('provider', sa.String(length=20), nullable=False),
        sa.Column('server_key_encrypted', sa.Text(), nullable=False),
        sa.Column('client_key', sa.String(length=100), nullable=False),
        sa.Column('production', sa.Boolean(), nullable=False),
        sa.Column('enabled', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("provider IN ('midtrans')", name=op.f('ck_gateway_accounts_provider')),
        sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_gateway_accounts_organisation_id_organisations'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_gateway_accounts')),
        sa.UniqueConstraint('organisation_id', name=op.f('uq_gateway_accounts_organisation_id')),
    )
    op.create_table(
        'gateway_checkouts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('booking_id', sa.Integer(), nullable=False),
        sa.Column('order_id', sa.String(length=50), nullable=False),
        sa.Column('amount', sa.BigInteger(), nullable=False),
        sa.Column('redirect_url', sa.String(length=500), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint('amount > 0', name=op.f('ck_gateway_checkouts_amount')),
        sa.ForeignKeyConstraint(['booking_id'], ['bookings.id'], name=op.f('fk_gateway_checkouts_booking_id_bookings'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_gateway_checkouts')),
        sa.UniqueConstraint('order_id', name=op.f('uq_gateway_checkouts_order_id')),
    )
    with op.batch_alter_table('gateway_checkouts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_gateway_checkouts_booking_id'), ['booking_id'], unique=False)
    op.create_table(
        'gateway_notifications',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('checkout_id', sa.Integer(), nullable=False),
        sa.Column('transaction_id', sa.String(length=100), nullable=False),
        sa.Column('transaction_status', sa.String(length=30), nullable=False),
        sa.Column('outcome', sa.String(length=20), nullable=False),
        sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['checkout_id'], ['gateway_checkouts.id'], name=op.f('fk_gateway_notifications_checkout_id_gateway_checkouts'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_gateway_notifications')),
        sa.UniqueConstraint('checkout_id', 'transaction_id', 'transaction_status', name='uq_gateway_notifications_once'),
    )
    _methods(NEW)


def downgrade():
    op.execute("DELETE FROM payments WHERE method = 'online'")
    op.execute("UPDATE bookings SET payment_method = 'bank_transfer' WHERE payment_method = 'online'")
    _methods(OLD)
    op.drop_table('gateway_notifications')
    with op.batch_alter_table('gateway_checkouts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_gateway_checkouts_booking_id'))
    op.drop_table('gateway_checkouts')
    op.drop_table('gateway_accounts')
