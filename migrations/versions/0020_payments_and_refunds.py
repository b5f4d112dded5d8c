"""payments and refunds recorded per booking; bookings keep the amount paid

Revision ID: 0020
Revises: 0013
Create Date: 2026-12-01 09:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = '0020'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'payments',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('booking_id', sa.Integer(), nullable=False),
        sa.Column('amount', sa.BigInteger(), nullable=False),
        sa.Column('method', sa.Enum('bank_transfer', 'at_meeting_point', name='payment_method', native_enum=False,
                                    create_constraint=True, length=16), nullable=False),
        sa.Column('reference', sa.String(length=100), nullable=True),
        sa.Column('recorded_by_id', sa.Integer(), nullable=True),
        sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint('amount > 0', name=op.f('ck_payments_amount')),
        sa.ForeignKeyConstraint(['booking_id'], ['bookings.id'], name=op.f('fk_payments_booking_id_bookings'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_payments_recorded_by_id_users'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_payments')),
    )
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payments_booking_id'), ['booking_id'], unique=False)

    op.create_table(
        'refunds',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('booking_id', sa.Integer(), nullable=False),
        sa.Column('amount', sa.BigInteger(), nullable=False),
        sa.Column('reference', sa.String(length=100), nullable=True),
        sa.Column('recorded_by_id', sa.Integer(), nullable=True),
        sa.Column('paid_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint('amount > 0', name=op.f('ck_refunds_amount')),
        sa.ForeignKeyConstraint(['booking_id'], ['bookings.id'], name=op.f('fk_refunds_booking_id_bookings'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_refunds_recorded_by_id_users'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_refunds')),
        sa.UniqueConstraint('booking_id', name=op.f('uq_refunds_booking_id')),
    )

    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('amount_paid', sa.BigInteger(), nullable=False, server_default='0'))
        batch_op.create_check_constraint(batch_op.f('ck_bookings_amount_paid'), 'amount_paid >= 0')

    # A booking marked paid before payments were recorded was paid in full, when it was marked.
    op.execute(
        "INSERT INTO payments (booking_id, amount, method, received_at) "
        "SELECT id, total, payment_method, paid_at FROM bookings WHERE paid_at IS NOT NULL AND total > 0"
    )
    op.execute("UPDATE bookings SET amount_paid = total WHERE paid_at IS NOT NULL")


def downgrade():
    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_bookings_amount_paid'), type_='check')
        batch_op.drop_column('amount_paid')
    op.drop_table('refunds')
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payments_booking_id'))
    op.drop_table('payments')
