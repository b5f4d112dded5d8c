"""per-package figures kept by the transactions that change them; the public cache
version; indexes for the lists, filters and search (trigram on PostgreSQL)

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 00:40:00

"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'package_figures',
        sa.Column('package_id', sa.Integer(), nullable=False),
        sa.Column('next_date', sa.Date(), nullable=True),
        sa.Column('from_price', sa.BigInteger(), nullable=True),
        sa.Column('rating', sa.Float(), nullable=True),
        sa.Column('review_count', sa.Integer(), nullable=False, server_default='0'),
        sa.Column('popularity', sa.Integer(), nullable=False, server_default='0'),
        sa.Column('joint', sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column('cover_photo_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['cover_photo_id'], ['photos.id'], name=op.f('fk_package_figures_cover_photo_id_photos'), ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['package_id'], ['packages.id'], name=op.f('fk_package_figures_package_id_packages'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('package_id', name=op.f('pk_package_figures')),
    )
    with op.batch_alter_table('package_figures', schema=None) as batch_op:
        batch_op.create_index('ix_package_figures_from_price', ['from_price'], unique=False)
        batch_op.create_index('ix_package_figures_next_date', ['next_date'], unique=False)
        batch_op.create_index('ix_package_figures_popularity', ['popularity'], unique=False)
        batch_op.create_index('ix_package_figures_rating', ['rating'], unique=False)

    op.create_table(
        'cache_versions',
        sa.Column('name', sa.String(length=40), nullable=False),
        sa.Column('value', sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint('name', name=op.f('pk_cache_versions')),
    )
    op.execute("INSERT INTO cache_versions (name, value) VALUES ('public', 1)")

    with op.batch_alter_table('departures', schema=None) as batch_op:
        batch_op.create_index('ix_departures_package_status_date', ['package_id', 'status', 'date'], unique=False)
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.create_index('ix_reviews_package_visible_created', ['package_id', 'visible', 'created_at'], unique=False)

    if op.get_bind().dialect.name == 'postgresql':
        # Substring search (`search_text LIKE '% word%'`) through a trigram index instead of
        # reading every package; pg_trgm is a trusted extension (a database owner may add it).
        op.execute('CREATE EXTENSION IF NOT EXISTS pg_trgm')
        op.execute('CREATE INDEX ix_packages_search_trgm ON packages USING gin (search_text gin_trgm_ops)')
        op.execute('CREATE INDEX ix_attractions_search_trgm ON attractions USING gin (search_text gin_trgm_ops)')

    # The figures of the packages already there, counted once.
    from wisata.services import package_figures
    from sqlalchemy.orm import Session
    session = Session(bind=op.get_bind())
    package_figures.refresh(session)
    session.flush()


def downgrade():
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('DROP INDEX IF EXISTS ix_attractions_search_trgm')
        op.execute('DROP INDEX IF EXISTS ix_packages_search_trgm')
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.drop_index('ix_reviews_package_visible_created')
    with op.batch_alter_table('departures', schema=None) as batch_op:
        batch_op.drop_index('ix_departures_package_status_date')
    op.drop_table('cache_versions')
    with op.batch_alter_table('package_figures', schema=None) as batch_op:
        batch_op.drop_index('ix_package_figures_rating')
        batch_op.drop_index('ix_package_figures_popularity')
        batch_op.drop_index('ix_package_figures_next_date')
        batch_op.drop_index('ix_package_figures_from_price')
    op.drop_table('package_figures')
