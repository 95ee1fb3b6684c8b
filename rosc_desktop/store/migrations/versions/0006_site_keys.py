"""site keys

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

import rosc_desktop.model.types


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('site_identity',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('site_code', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('age_recipient', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('age_identity', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('ed25519_public', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('ed25519_private', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('created_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('retired_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('site_identity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_site_identity_status'), ['status'], unique=False)

    op.create_table('trusted_peer',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('site_code', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('age_recipients', sa.JSON(), nullable=False),
    sa.Column('ed25519_public', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('next_ed25519_public', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('fingerprint', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('enrolled_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('verified_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('verified_how', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('site_code', name='uq_trusted_peer_site_code')
    )


def downgrade() -> None:
    op.drop_table('trusted_peer')
    with op.batch_alter_table('site_identity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_site_identity_status'))

    op.drop_table('site_identity')
