"""support network

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

import rosc_desktop.model.types


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('network_member',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('owner_site', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('created_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('updated_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('deleted_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=True),
    sa.Column('participant_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('relationship', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('domain', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('address', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('directory_ref', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('pos_x', sa.Float(), nullable=True),
    sa.Column('pos_y', sa.Float(), nullable=True),
    sa.Column('added_on', sa.Date(), nullable=False),
    sa.Column('removed_on', sa.Date(), nullable=True),
    sa.Column('removed_reason', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('network_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_network_member_owner_site'), ['owner_site'], unique=False)
        batch_op.create_index(batch_op.f('ix_network_member_participant_id'), ['participant_id'], unique=False)

    op.create_table('member_link',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('owner_site', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('created_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('updated_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('deleted_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=True),
    sa.Column('participant_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('member_a_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('member_b_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('added_on', sa.Date(), nullable=False),
    sa.Column('removed_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['member_a_id'], ['network_member.id'], ),
    sa.ForeignKeyConstraint(['member_b_id'], ['network_member.id'], ),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('member_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_link_owner_site'), ['owner_site'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_link_participant_id'), ['participant_id'], unique=False)

    op.create_table('network_tie',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('owner_site', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('created_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('updated_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('deleted_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=True),
    sa.Column('member_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('strength', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('nature', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('direction', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('frequency', sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
    sa.Column('known_since', sa.Date(), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('recorded_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['network_member.id'], ),
    sa.ForeignKeyConstraint(['recorded_by'], ['staff.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('network_tie', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_network_tie_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_network_tie_owner_site'), ['owner_site'], unique=False)

    op.create_table('tie_rating',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('owner_site', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('created_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('updated_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('deleted_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=True),
    sa.Column('member_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('check_in_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('rated_on', sa.Date(), nullable=False),
    sa.Column('rating', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('recorded_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.ForeignKeyConstraint(['check_in_id'], ['check_in.id'], ),
    sa.ForeignKeyConstraint(['member_id'], ['network_member.id'], ),
    sa.ForeignKeyConstraint(['recorded_by'], ['staff.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('tie_rating', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tie_rating_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tie_rating_owner_site'), ['owner_site'], unique=False)

    with op.batch_alter_table('goal_step', schema=None) as batch_op:
        batch_op.add_column(sa.Column('helper_member_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True))
        batch_op.create_foreign_key('fk_goal_step_helper_member_id', 'network_member', ['helper_member_id'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('goal_step', schema=None) as batch_op:
        batch_op.drop_constraint('fk_goal_step_helper_member_id', type_='foreignkey')
        batch_op.drop_column('helper_member_id')

    with op.batch_alter_table('tie_rating', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tie_rating_owner_site'))
        batch_op.drop_index(batch_op.f('ix_tie_rating_member_id'))

    op.drop_table('tie_rating')
    with op.batch_alter_table('network_tie', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_network_tie_owner_site'))
        batch_op.drop_index(batch_op.f('ix_network_tie_member_id'))

    op.drop_table('network_tie')
    with op.batch_alter_table('member_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_link_participant_id'))
        batch_op.drop_index(batch_op.f('ix_member_link_owner_site'))

    op.drop_table('member_link')
    with op.batch_alter_table('network_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_network_member_participant_id'))
        batch_op.drop_index(batch_op.f('ix_network_member_owner_site'))

    op.drop_table('network_member')
