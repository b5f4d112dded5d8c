"""one decision per office and round on a submission; one pending revision per package

package_approvals' unique constraint includes revision_id, which is NULL for a decision on
a submission, and NULLs never collide: these partial indexes make the rule hold there too.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 22:10:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('package_approvals', schema=None) as batch_op:
        batch_op.create_index('uq_package_approvals_submission', ['package_id', 'region_id', 'review_round'],
                              unique=True, sqlite_where=sa.text('revision_id IS NULL'),
                              postgresql_where=sa.text('revision_id IS NULL'))
    with op.batch_alter_table('package_revisions', schema=None) as batch_op:
        batch_op.create_index('uq_package_revisions_pending', ['package_id'], unique=True,
                              sqlite_where=sa.text("status = 'pending'"),
                              postgresql_where=sa.text("status = 'pending'"))


def downgrade():
    with op.batch_alter_table('package_revisions', schema=None) as batch_op:
        batch_op.drop_index('uq_package_revisions_pending')
    with op.batch_alter_table('package_approvals', schema=None) as batch_op:
        batch_op.drop_index('uq_package_approvals_submission')
