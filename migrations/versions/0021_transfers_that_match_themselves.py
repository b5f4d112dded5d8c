"""bank transfers that match themselves: each unpaid transfer's unique amount, the payee,
the traveller's "I have paid" and the receipt uploaded

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-01 10:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None

PENDING_TRANSFER = "status = 'pending_payment' AND transfer_amount IS NOT NULL"


def upgrade():
    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('payee_organisation_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('transfer_amount', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('payment_claimed_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_check_constraint(batch_op.f('ck_bookings_transfer_amount'),
                                         'transfer_amount > total AND transfer_amount < total + 1000')
        batch_op.create_foreign_key(batch_op.f('fk_bookings_payee_organisation_id_organisations'),
                                    'organisations', ['payee_organisation_id'], ['id'])
        batch_op.create_index(batch_op.f('ix_bookings_payee_organisation_id'), ['payee_organisation_id'], unique=False)
        batch_op.create_index('uq_bookings_pending_transfer_amount', ['payee_organisation_id', 'transfer_amount'],
                              unique=True, sqlite_where=sa.text(PENDING_TRANSFER),
                              postgresql_where=sa.text(PENDING_TRANSFER))
    # Who was paid for the bookings made so far: their package's provider.
    op.execute(
        "UPDATE bookings SET payee_organisation_id = (SELECT packages.organisation_id FROM departures "
        "JOIN packages ON packages.id = departures.package_id WHERE departures.id = bookings.departure_id)"
    )

    op.create_table(
        'transfer_receipts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('booking_id', sa.Integer(), nullable=False),
        sa.Column('content_type', sa.String(length=40), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.Column('uploaded_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("content_type IN ('image/webp', 'application/pdf')", name=op.f('ck_transfer_receipts_content_type')),
        sa.CheckConstraint('size > 0', name=op.f('ck_transfer_receipts_size')),
        sa.ForeignKeyConstraint(['booking_id'], ['bookings.id'], name=op.f('fk_transfer_receipts_booking_id_bookings'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_transfer_receipts')),
        sa.UniqueConstraint('booking_id', name=op.f('uq_transfer_receipts_booking_id')),
    )


def downgrade():
    op.drop_table('transfer_receipts')
    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.drop_index('uq_bookings_pending_transfer_amount')
        batch_op.drop_index(batch_op.f('ix_bookings_payee_organisation_id'))
        batch_op.drop_constraint(batch_op.f('fk_bookings_payee_organisation_id_organisations'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('ck_bookings_transfer_amount'), type_='check')
        batch_op.drop_column('payment_claimed_at')
        batch_op.drop_column('transfer_amount')
        batch_op.drop_column('payee_organisation_id')
