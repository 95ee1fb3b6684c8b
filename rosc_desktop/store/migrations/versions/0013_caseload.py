"""caseload: each participant's primary peer specialist, with history; a peer's own details

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401

import rosc_desktop.model.types  # noqa: F401


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'caseload_assignment',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('participant_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column('staff_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column('started_at', rosc_desktop.model.types.UTCDateTime(), nullable=False),
        sa.Column('ended_at', rosc_desktop.model.types.UTCDateTime(), nullable=True),
        sa.Column('assigned_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], ),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('caseload_assignment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_caseload_assignment_participant_id'), ['participant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_caseload_assignment_staff_id'), ['staff_id'], unique=False)
    with op.batch_alter_table('sync_peer_state', schema=None) as batch_op:
        batch_op.add_column(sa.Column('details', sa.JSON(), nullable=False, server_default='{}'))


def downgrade() -> None:
    with op.batch_alter_table('sync_peer_state', schema=None) as batch_op:
        batch_op.drop_column('details')
    with op.batch_alter_table('caseload_assignment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_caseload_assignment_staff_id'))
        batch_op.drop_index(batch_op.f('ix_caseload_assignment_participant_id'))
    op.drop_table('caseload_assignment')
