"""activities: groups, meetings, classes, events and drop-in hours, their weekly series, and attendance; indexes
the month's report reads (new participants, paired BARC-10)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

import rosc_desktop.model.types


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def _synced_columns() -> list[sa.Column]:
    return [
        sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column('owner_site', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column('created_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
        sa.Column('updated_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
        sa.Column('deleted_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=True),
    ]


def upgrade() -> None:
    op.create_table('activity_series',
    *_synced_columns(),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('place', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('facilitator', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('start_time', sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=True),
    sa.Column('every_weeks', sa.Integer(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('activity_series', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_series_owner_site'), ['owner_site'], unique=False)

    op.create_table('activity',
    *_synced_columns(),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('starts_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=True),
    sa.Column('place', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('facilitator', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('series_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('anonymous_count', sa.Integer(), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.ForeignKeyConstraint(['series_id'], ['activity_series.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_owner_site'), ['owner_site'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_held_on'), ['held_on'], unique=False)
        batch_op.create_index('ix_activity_series_day', ['series_id', 'held_on'], unique=False)

    op.create_table('attendance',
    *_synced_columns(),
    sa.Column('activity_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('participant_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('attended_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], ),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_owner_site'), ['owner_site'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_attended_on'), ['attended_on'], unique=False)
        batch_op.create_index('ux_attendance_activity_participant', ['activity_id', 'participant_id'], unique=True)
        batch_op.create_index('ix_attendance_participant_day', ['participant_id', 'attended_on'], unique=False)


    live = {'sqlite_where': sa.text('deleted_at IS NULL'), 'postgresql_where': sa.text('deleted_at IS NULL')}
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index('ix_participant_created', ['created_at', 'owner_site'], unique=False, **live)
    with op.batch_alter_table('recovery_capital_assessment', schema=None) as batch_op:
        batch_op.create_index('ix_rca_day', ['assessed_on', 'participant_id'], unique=False, **live)
        batch_op.create_index('ix_rca_person', ['participant_id', 'assessed_on', 'created_at', 'total'],
                              unique=False, **live)


def downgrade() -> None:
    with op.batch_alter_table('recovery_capital_assessment', schema=None) as batch_op:
        batch_op.drop_index('ix_rca_person')
        batch_op.drop_index('ix_rca_day')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index('ix_participant_created')
    op.drop_table('attendance')
    op.drop_table('activity')
    op.drop_table('activity_series')
