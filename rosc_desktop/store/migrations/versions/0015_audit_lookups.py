"""audit lookups: an index for "who signed in last" and "what did I open recently", read at sign-in

Both were full scans of the audit log, which grows with every record opened: at a busy center, by
hundreds of thousands of rows a year.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06
"""
from alembic import op


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index('ix_audit_action_actor', ['action', 'actor', 'entity_id', 'at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_action_actor')
