"""staff accounts run by the center, and the center's own details

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401

import rosc_desktop.model.types  # noqa: F401


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

_CENTER_COLUMNS = (("address", 500), ("phone", 64), ("hours", 500), ("email", 254), ("website", 300))


def upgrade() -> None:
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.add_column(sa.Column('must_change_password', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    with op.batch_alter_table('site', schema=None) as batch_op:
        for name, length in _CENTER_COLUMNS:
            batch_op.add_column(sa.Column(name, sqlmodel.sql.sqltypes.AutoString(length=length), nullable=False,
                                          server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('site', schema=None) as batch_op:
        for name, _length in reversed(_CENTER_COLUMNS):
            batch_op.drop_column(name)
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_column('must_change_password')
