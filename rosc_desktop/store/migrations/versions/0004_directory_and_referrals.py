"""directory and referrals

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

import rosc_desktop.model.types


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('directory_organization',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('owner_site', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('created_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('updated_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('deleted_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=True),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('alternate_name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('website', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('phones', sa.JSON(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('last_modified', rosc_desktop.model.types.UTCDateTime(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('directory_organization', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_directory_organization_owner_site'), ['owner_site'], unique=False)

    op.create_table('directory_correction',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('owner_site', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('created_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('updated_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('deleted_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=True),
    sa.Column('entity_type', sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
    sa.Column('entity_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field_name', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('suggestion', sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
    sa.Column('suggested_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.ForeignKeyConstraint(['suggested_by'], ['staff.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('directory_correction', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_directory_correction_entity_id'), ['entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_directory_correction_owner_site'), ['owner_site'], unique=False)

    op.create_table('directory_location',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('owner_site', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('created_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('updated_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('deleted_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=True),
    sa.Column('organization_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('location_type', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('url', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('address_1', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('address_2', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('city', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('state_province', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('postal_code', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('country', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('transportation', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('accessibility', sa.JSON(), nullable=False),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('schedules', sa.JSON(), nullable=False),
    sa.Column('phones', sa.JSON(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['directory_organization.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('directory_location', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_directory_location_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_directory_location_owner_site'), ['owner_site'], unique=False)

    op.create_table('directory_service',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('owner_site', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('created_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('updated_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('deleted_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=True),
    sa.Column('organization_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('alternate_name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('url', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
    sa.Column('interpretation_services', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('application_process', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('fees_description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('eligibility_description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('minimum_age', sa.Integer(), nullable=True),
    sa.Column('maximum_age', sa.Integer(), nullable=True),
    sa.Column('accreditations', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('assured_date', sa.Date(), nullable=True),
    sa.Column('last_modified', rosc_desktop.model.types.UTCDateTime(length=32), nullable=True),
    sa.Column('phones', sa.JSON(), nullable=False),
    sa.Column('schedules', sa.JSON(), nullable=False),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('cost_options', sa.JSON(), nullable=False),
    sa.Column('attributes', sa.JSON(), nullable=False),
    sa.Column('contacts', sa.JSON(), nullable=False),
    sa.Column('categories', sa.JSON(), nullable=False),
    sa.Column('is_free', sa.Boolean(), nullable=False),
    sa.Column('walk_in', sa.Boolean(), nullable=False),
    sa.Column('meeting_types', sa.JSON(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('search_text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['directory_organization.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('directory_service', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_directory_service_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_directory_service_owner_site'), ['owner_site'], unique=False)

    op.create_table('partner',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('owner_site', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('created_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('updated_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('deleted_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=True),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('organization_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('agreement_on_file', sa.Boolean(), nullable=False),
    sa.Column('agreement_start', sa.Date(), nullable=True),
    sa.Column('agreement_end', sa.Date(), nullable=True),
    sa.Column('agreement_scope', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('contact_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('contact_phone', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('contact_email', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['directory_organization.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('partner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_owner_site'), ['owner_site'], unique=False)

    op.create_table('directory_service_at_location',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('owner_site', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('created_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('updated_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('deleted_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=True),
    sa.Column('service_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('location_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['directory_location.id'], ),
    sa.ForeignKeyConstraint(['service_id'], ['directory_service.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('directory_service_at_location', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_directory_service_at_location_location_id'), ['location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_directory_service_at_location_owner_site'), ['owner_site'], unique=False)
        batch_op.create_index(batch_op.f('ix_directory_service_at_location_service_id'), ['service_id'], unique=False)

    op.create_table('referral',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('owner_site', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('created_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('updated_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('deleted_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=True),
    sa.Column('participant_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('service_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.Column('made_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('made_on', sa.Date(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('status_on', sa.Date(), nullable=False),
    sa.Column('appointment_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=True),
    sa.Column('closed_reason', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('ask_for', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('what_to_bring', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('network_member_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.ForeignKeyConstraint(['made_by'], ['staff.id'], ),
    sa.ForeignKeyConstraint(['network_member_id'], ['network_member.id'], ),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ),
    sa.ForeignKeyConstraint(['service_id'], ['directory_service.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_owner_site'), ['owner_site'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_participant_id'), ['participant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_service_id'), ['service_id'], unique=False)

    op.create_table('referral_event',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('owner_site', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('created_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('updated_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=False),
    sa.Column('deleted_at', rosc_desktop.model.types.UTCDateTime(length=32), nullable=True),
    sa.Column('referral_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.Column('recorded_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.ForeignKeyConstraint(['recorded_by'], ['staff.id'], ),
    sa.ForeignKeyConstraint(['referral_id'], ['referral.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('referral_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_event_owner_site'), ['owner_site'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_event_referral_id'), ['referral_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('referral_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_event_referral_id'))
        batch_op.drop_index(batch_op.f('ix_referral_event_owner_site'))

    op.drop_table('referral_event')
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_service_id'))
        batch_op.drop_index(batch_op.f('ix_referral_participant_id'))
        batch_op.drop_index(batch_op.f('ix_referral_owner_site'))

    op.drop_table('referral')
    with op.batch_alter_table('directory_service_at_location', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_directory_service_at_location_service_id'))
        batch_op.drop_index(batch_op.f('ix_directory_service_at_location_owner_site'))
        batch_op.drop_index(batch_op.f('ix_directory_service_at_location_location_id'))

    op.drop_table('directory_service_at_location')
    with op.batch_alter_table('partner', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partner_owner_site'))

    op.drop_table('partner')
    with op.batch_alter_table('directory_service', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_directory_service_owner_site'))
        batch_op.drop_index(batch_op.f('ix_directory_service_organization_id'))

    op.drop_table('directory_service')
    with op.batch_alter_table('directory_location', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_directory_location_owner_site'))
        batch_op.drop_index(batch_op.f('ix_directory_location_organization_id'))

    op.drop_table('directory_location')
    with op.batch_alter_table('directory_correction', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_directory_correction_owner_site'))
        batch_op.drop_index(batch_op.f('ix_directory_correction_entity_id'))

    op.drop_table('directory_correction')
    with op.batch_alter_table('directory_organization', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_directory_organization_owner_site'))

    op.drop_table('directory_organization')
