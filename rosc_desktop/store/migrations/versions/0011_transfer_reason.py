"""transfer reason

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401

import rosc_desktop.model.types  # noqa: F401


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('sync_transfer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=48), nullable=False,
                                      server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('sync_transfer', schema=None) as batch_op:
        batch_op.drop_column('reason')
