"""consents

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

import rosc_desktop.model.types


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('consent',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('owner_site', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('created_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('updated_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('deleted_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=True),
    sa.Column('participant_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('recipient_kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('recipient_partner_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('recipient_name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('recipient_description', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('disclosing_party', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('purpose', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.Column('purpose_code', sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
    sa.Column('information_kinds', sa.JSON(), nullable=False),
    sa.Column('information_description', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.Column('is_tpo', sa.Boolean(), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('expiry_event', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('signed_how', sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.Column('witness', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('signed_by_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('revoked_on', sa.Date(), nullable=True),
    sa.Column('revocation_note', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.Column('notice_given', sa.Boolean(), nullable=False),
    sa.Column('recorded_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ),
    sa.ForeignKeyConstraint(['recipient_partner_id'], ['partner.id'], ),
    sa.ForeignKeyConstraint(['recorded_by'], ['staff.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_owner_site'), ['owner_site'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_participant_id'), ['participant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_recipient_partner_id'), ['recipient_partner_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_recipient_partner_id'))
        batch_op.drop_index(batch_op.f('ix_consent_participant_id'))
        batch_op.drop_index(batch_op.f('ix_consent_owner_site'))

    op.drop_table('consent')
