"""joint packages: the co-provider's share of the revenue, agreed on acceptance

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-01 14:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = '0025'
down_revision = '0024'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('packages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('co_share_percent', sa.Integer(), nullable=True))
        batch_op.create_check_constraint(batch_op.f('ck_packages_co_share'), 'co_share_percent BETWEEN 0 AND 100')


def downgrade():
    with op.batch_alter_table('packages', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_packages_co_share'), type_='check')
        batch_op.drop_column('co_share_percent')
