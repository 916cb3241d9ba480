"""Initial schema: the whole data model of DESIGN §3, and the household name search.

Revision ID: 0001_initial
Revises: 
Create Date: 2026-11-25 06:14:51.534831
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from tagana_desk.db.search import create_search_objects, drop_search_objects


revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_user',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('nip', sa.String(length=21), nullable=False),
    sa.Column('role', sa.Enum('operator', 'bendahara', 'kepala', 'admin', 'auditor', name='role', native_enum=False, length=32), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_login_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('password_changed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_app_user')),
    sa.UniqueConstraint('username', name=op.f('uq_app_user_username'))
    )
    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('last_seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head'))
    )
    op.create_table('fund',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('kind', sa.Enum('disaster', 'stipend', 'other', name='fundkind', native_enum=False, length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fund')),
    sa.UniqueConstraint('code', name=op.f('uq_fund_code'))
    )
    op.create_table('office_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('government', sa.String(length=200), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kabupaten_code', sa.String(length=5), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('email', sa.String(length=120), nullable=False),
    sa.Column('city', sa.String(length=80), nullable=False),
    sa.Column('logo_png', sa.LargeBinary(), nullable=True),
    sa.Column('receipt_secret', sa.String(length=128), nullable=False),
    sa.Column('approval_threshold', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('disaster_fund_code', sa.String(length=16), nullable=False),
    sa.Column('stipend_fund_code', sa.String(length=16), nullable=False),
    sa.Column('acknowledger_role', sa.Enum('kepala_dinas', 'pptk', 'bendahara', name='signatoryrole', native_enum=False, length=32), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office_profile'))
    )
    op.create_table('region',
    sa.Column('code', sa.String(length=13), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('parent_code', sa.String(length=13), nullable=True),
    sa.ForeignKeyConstraint(['parent_code'], ['region.code'], name=op.f('fk_region_parent_code_region')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_region'))
    )
    with op.batch_alter_table('region', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_region_parent_code'), ['parent_code'], unique=False)

    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('signatory',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('role', sa.Enum('kepala_dinas', 'pptk', 'bendahara', name='signatoryrole', native_enum=False, length=32), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('nip', sa.String(length=21), nullable=False),
    sa.Column('title', sa.String(length=160), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signatory'))
    )
    with op.batch_alter_table('signatory', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signatory_role'), ['role'], unique=False)

    op.create_table('tagana_meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_tagana_meta'))
    )
    op.create_table('volunteer_type',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_type')),
    sa.UniqueConstraint('code', name=op.f('uq_volunteer_type_code'))
    )
    op.create_table('aid_type',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('kind', sa.Enum('cash', 'in_kind', name='aidkind', native_enum=False, length=32), nullable=False),
    sa.Column('basis', sa.Enum('per_household', 'per_person_day', 'per_death', 'per_injury', 'by_damage', 'manual', name='aidbasis', native_enum=False, length=32), nullable=False),
    sa.Column('eligibility', sa.Enum('all', 'displaced_or_rb', 'has_death', 'has_injury', 'rb_or_rs', 'rb', 'damaged', name='eligibility', native_enum=False, length=32), nullable=False),
    sa.Column('default_days', sa.Integer(), nullable=True),
    sa.Column('fund_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['fund_id'], ['fund.id'], name=op.f('fk_aid_type_fund_id_fund')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_type')),
    sa.UniqueConstraint('code', name=op.f('uq_aid_type_code'))
    )
    op.create_table('audit_event',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('entity', sa.String(length=48), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('before', sa.Text(), nullable=True),
    sa.Column('after', sa.Text(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_audit_event_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event')),
    sa.UniqueConstraint('seq', name=op.f('uq_audit_event_seq'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index('ix_audit_event_entity', ['entity', 'entity_id'], unique=False)
        batch_op.create_index('ix_audit_event_occurred_at', ['occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_user_id'), ['user_id'], unique=False)

    op.create_table('closed_period',
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('status', sa.Enum('closed', 'reopened', name='periodstatus', native_enum=False, length=32), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('reopened_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reopened_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('reopen_reason', sa.Text(), nullable=True),
    sa.Column('ledger_count', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('ledger_sum', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.ForeignKeyConstraint(['closed_by'], ['app_user.id'], name=op.f('fk_closed_period_closed_by_app_user')),
    sa.ForeignKeyConstraint(['reopened_by'], ['app_user.id'], name=op.f('fk_closed_period_reopened_by_app_user')),
    sa.PrimaryKeyConstraint('period', name=op.f('pk_closed_period'))
    )
    op.create_table('dtks_import',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('filename', sa.String(length=260), nullable=False),
    sa.Column('extract_date', sa.Date(), nullable=True),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('imported_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['imported_by'], ['app_user.id'], name=op.f('fk_dtks_import_imported_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dtks_import'))
    )
    op.create_table('fund_allocation',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('fund_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('reference', sa.String(length=200), nullable=False),
    sa.Column('allocation_date', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('source', sa.String(length=120), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('amount > 0', name=op.f('ck_fund_allocation_amount_positive')),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_fund_allocation_created_by_app_user')),
    sa.ForeignKeyConstraint(['fund_id'], ['fund.id'], name=op.f('fk_fund_allocation_fund_id_fund')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fund_allocation'))
    )
    with op.batch_alter_table('fund_allocation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fund_allocation_fund_id'), ['fund_id'], unique=False)

    op.create_table('incident',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('type', sa.Enum('banjir', 'tanah_longsor', 'kebakaran', 'angin_puting_beliung', 'gempa_bumi', 'kekeringan', 'gelombang_pasang', 'musibah_perorangan', 'lainnya', name='incidenttype', native_enum=False, length=32), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('kecamatan_code', sa.String(length=13), nullable=False),
    sa.Column('desa_code', sa.String(length=13), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('deaths', sa.Integer(), nullable=False),
    sa.Column('missing', sa.Integer(), nullable=False),
    sa.Column('injured', sa.Integer(), nullable=False),
    sa.Column('displaced', sa.Integer(), nullable=False),
    sa.Column('houses_rb', sa.Integer(), nullable=False),
    sa.Column('houses_rs', sa.Integer(), nullable=False),
    sa.Column('houses_rr', sa.Integer(), nullable=False),
    sa.Column('houses_flooded', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('open', 'closed', name='incidentstatus', native_enum=False, length=32), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_incident_created_by_app_user')),
    sa.ForeignKeyConstraint(['desa_code'], ['region.code'], name=op.f('fk_incident_desa_code_region')),
    sa.ForeignKeyConstraint(['kecamatan_code'], ['region.code'], name=op.f('fk_incident_kecamatan_code_region')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident'))
    )
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_kecamatan_code'), ['kecamatan_code'], unique=False)
        batch_op.create_index('ix_incident_occurred_at', ['occurred_at'], unique=False)

    op.create_table('lpj_report',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('fund_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('generated_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('totals_json', sa.Text(), nullable=False),
    sa.Column('files_json', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['fund_id'], ['fund.id'], name=op.f('fk_lpj_report_fund_id_fund')),
    sa.ForeignKeyConstraint(['generated_by'], ['app_user.id'], name=op.f('fk_lpj_report_generated_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lpj_report'))
    )
    with op.batch_alter_table('lpj_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lpj_report_period'), ['period'], unique=False)

    op.create_table('receipt_sequence',
    sa.Column('fund_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['fund_id'], ['fund.id'], name=op.f('fk_receipt_sequence_fund_id_fund')),
    sa.PrimaryKeyConstraint('fund_id', 'year', name=op.f('pk_receipt_sequence'))
    )
    op.create_table('stipend_run',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('run_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('pay_date', sa.Date(), nullable=False),
    sa.Column('paid_count', sa.Integer(), nullable=False),
    sa.Column('total_net', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['run_by'], ['app_user.id'], name=op.f('fk_stipend_run_run_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stipend_run'))
    )
    with op.batch_alter_table('stipend_run', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stipend_run_period'), ['period'], unique=False)

    op.create_table('volunteer',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('nik', sa.String(length=16), nullable=False),
    sa.Column('volunteer_type_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('nia', sa.String(length=40), nullable=False),
    sa.Column('level', sa.Enum('muda', 'madya', 'utama', name='volunteerlevel', native_enum=False, length=32), nullable=True),
    sa.Column('kecamatan_code', sa.String(length=13), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('bank_name', sa.String(length=60), nullable=False),
    sa.Column('bank_account', sa.String(length=40), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=False),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['kecamatan_code'], ['region.code'], name=op.f('fk_volunteer_kecamatan_code_region')),
    sa.ForeignKeyConstraint(['volunteer_type_id'], ['volunteer_type.id'], name=op.f('fk_volunteer_volunteer_type_id_volunteer_type')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer')),
    sa.UniqueConstraint('nik', name=op.f('uq_volunteer_nik'))
    )
    with op.batch_alter_table('volunteer', schema=None) as batch_op:
        batch_op.create_index('ix_volunteer_name', ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_volunteer_type_id'), ['volunteer_type_id'], unique=False)

    op.create_table('volunteer_rate',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('volunteer_type_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('monthly_amount', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('daily_deployment_allowance', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('tax_rate_bp', sa.Integer(), nullable=False),
    sa.Column('tax_base_bp', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('monthly_amount >= 0', name=op.f('ck_volunteer_rate_monthly_nonnegative')),
    sa.CheckConstraint('tax_base_bp BETWEEN 0 AND 10000', name=op.f('ck_volunteer_rate_tax_base_range')),
    sa.CheckConstraint('tax_rate_bp BETWEEN 0 AND 10000', name=op.f('ck_volunteer_rate_tax_rate_range')),
    sa.ForeignKeyConstraint(['volunteer_type_id'], ['volunteer_type.id'], name=op.f('fk_volunteer_rate_volunteer_type_id_volunteer_type')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_rate')),
    sa.UniqueConstraint('volunteer_type_id', 'effective_from', name=op.f('uq_volunteer_rate_volunteer_type_id_effective_from'))
    )
    with op.batch_alter_table('volunteer_rate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_rate_volunteer_type_id'), ['volunteer_type_id'], unique=False)

    op.create_table('aid_item',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('aid_type_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('damage_level', sa.Enum('RB', 'RS', 'RR', 'TERENDAM', 'NONE', name='damagelevel', native_enum=False, length=32), nullable=True),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('unit', sa.String(length=24), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_value', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['aid_type_id'], ['aid_type.id'], name=op.f('fk_aid_item_aid_type_id_aid_type')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_item'))
    )
    with op.batch_alter_table('aid_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_aid_item_aid_type_id'), ['aid_type_id'], unique=False)

    op.create_table('aid_rate',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('aid_type_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('damage_level', sa.Enum('RB', 'RS', 'RR', 'TERENDAM', 'NONE', name='damagelevel', native_enum=False, length=32), nullable=True),
    sa.Column('amount', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('amount >= 0', name=op.f('ck_aid_rate_amount_nonnegative')),
    sa.ForeignKeyConstraint(['aid_type_id'], ['aid_type.id'], name=op.f('fk_aid_rate_aid_type_id_aid_type')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_rate')),
    sa.UniqueConstraint('aid_type_id', 'effective_from', 'damage_level', name=op.f('uq_aid_rate_aid_type_id_effective_from_damage_level'))
    )
    with op.batch_alter_table('aid_rate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_aid_rate_aid_type_id'), ['aid_type_id'], unique=False)

    op.create_table('dtks_entry',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('import_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('nik', sa.String(length=16), nullable=False),
    sa.Column('no_kk', sa.String(length=16), nullable=True),
    sa.Column('decile', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['import_id'], ['dtks_import.id'], name=op.f('fk_dtks_entry_import_id_dtks_import')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dtks_entry')),
    sa.UniqueConstraint('import_id', 'nik', name=op.f('uq_dtks_entry_import_id_nik'))
    )
    with op.batch_alter_table('dtks_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dtks_entry_import_id'), ['import_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dtks_entry_nik'), ['nik'], unique=False)
        batch_op.create_index(batch_op.f('ix_dtks_entry_no_kk'), ['no_kk'], unique=False)

    op.create_table('household',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('incident_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('head_name', sa.String(length=120), nullable=False),
    sa.Column('head_name_norm', sa.String(length=120), nullable=False),
    sa.Column('nik', sa.String(length=16), nullable=False),
    sa.Column('no_kk', sa.String(length=16), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('sex', sa.String(length=1), nullable=True),
    sa.Column('desa_code', sa.String(length=13), nullable=False),
    sa.Column('dusun', sa.String(length=80), nullable=False),
    sa.Column('rt', sa.String(length=3), nullable=False),
    sa.Column('rw', sa.String(length=3), nullable=False),
    sa.Column('persons', sa.Integer(), nullable=False),
    sa.Column('infants', sa.Integer(), nullable=False),
    sa.Column('elderly', sa.Integer(), nullable=False),
    sa.Column('disabled', sa.Integer(), nullable=False),
    sa.Column('pregnant', sa.Integer(), nullable=False),
    sa.Column('damage', sa.Enum('RB', 'RS', 'RR', 'TERENDAM', 'NONE', name='damagelevel', native_enum=False, length=32), nullable=False),
    sa.Column('displaced', sa.Boolean(), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('dtks_status', sa.Enum('unknown', 'in', 'out', name='dtksstatus', native_enum=False, length=32), nullable=False),
    sa.Column('registered_on', sa.Date(), nullable=False),
    sa.Column('merged_into_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('kk_override_reason', sa.Text(), nullable=True),
    sa.Column('kk_override_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('created_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('persons >= 1', name=op.f('ck_household_persons_positive')),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_household_created_by_app_user')),
    sa.ForeignKeyConstraint(['desa_code'], ['region.code'], name=op.f('fk_household_desa_code_region')),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], name=op.f('fk_household_incident_id_incident')),
    sa.ForeignKeyConstraint(['kk_override_by'], ['app_user.id'], name=op.f('fk_household_kk_override_by_app_user')),
    sa.ForeignKeyConstraint(['merged_into_id'], ['household.id'], name=op.f('fk_household_merged_into_id_household')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_household')),
    sa.UniqueConstraint('incident_id', 'nik', name=op.f('uq_household_incident_id_nik'))
    )
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_household_desa_code'), ['desa_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_household_incident_id'), ['incident_id'], unique=False)
        batch_op.create_index('ix_household_name_desa_birth', ['head_name_norm', 'desa_code', 'birth_date'], unique=False)
        batch_op.create_index('ix_household_nik', ['nik'], unique=False)
        batch_op.create_index('ix_household_no_kk', ['no_kk'], unique=False)
        batch_op.create_index('ix_household_incident_no_kk', ['incident_id', 'no_kk'], unique=False)
        batch_op.create_index(batch_op.f('ix_household_registered_on'), ['registered_on'], unique=False)

    op.create_table('stipend_payment',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('run_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('volunteer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('fund_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('volunteer_rate_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('monthly_amount', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('deployment_days', sa.Integer(), nullable=False),
    sa.Column('deployment_amount', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('gross', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('tax', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('net', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('pay_date', sa.Date(), nullable=False),
    sa.Column('status', sa.Enum('paid', 'voided', name='stipendstatus', native_enum=False, length=32), nullable=False),
    sa.Column('paid_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('net = gross - tax', name=op.f('ck_stipend_payment_net_is_gross_minus_tax')),
    sa.CheckConstraint('tax >= 0 AND gross > 0', name=op.f('ck_stipend_payment_amounts_valid')),
    sa.ForeignKeyConstraint(['fund_id'], ['fund.id'], name=op.f('fk_stipend_payment_fund_id_fund')),
    sa.ForeignKeyConstraint(['run_id'], ['stipend_run.id'], name=op.f('fk_stipend_payment_run_id_stipend_run')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_stipend_payment_volunteer_id_volunteer')),
    sa.ForeignKeyConstraint(['volunteer_rate_id'], ['volunteer_rate.id'], name=op.f('fk_stipend_payment_volunteer_rate_id_volunteer_rate')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stipend_payment'))
    )
    with op.batch_alter_table('stipend_payment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stipend_payment_period'), ['period'], unique=False)
        batch_op.create_index(batch_op.f('ix_stipend_payment_run_id'), ['run_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stipend_payment_volunteer_id'), ['volunteer_id'], unique=False)
        batch_op.create_index('uq_stipend_payment_volunteer_period_paid', ['volunteer_id', 'period'], unique=True, sqlite_where=sa.text("status = 'paid'"), postgresql_where=sa.text("status = 'paid'"))

    op.create_table('casualty',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('household_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('kind', sa.Enum('death', 'serious_injury', 'missing', name='casualtykind', native_enum=False, length=32), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('nik', sa.String(length=16), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_casualty_household_id_household')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_casualty'))
    )
    with op.batch_alter_table('casualty', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_casualty_household_id'), ['household_id'], unique=False)

    op.create_table('deployment',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('volunteer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('incident_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('role', sa.String(length=120), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('stipend_payment_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('created_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('end_date >= start_date', name=op.f('ck_deployment_dates_ordered')),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_deployment_created_by_app_user')),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], name=op.f('fk_deployment_incident_id_incident')),
    sa.ForeignKeyConstraint(['stipend_payment_id'], ['stipend_payment.id'], name=op.f('fk_deployment_stipend_payment_id_stipend_payment')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_deployment_volunteer_id_volunteer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deployment'))
    )
    with op.batch_alter_table('deployment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deployment_incident_id'), ['incident_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deployment_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('disbursement',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('household_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('incident_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('aid_type_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('fund_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('kind', sa.Enum('cash', 'in_kind', name='aidkind', native_enum=False, length=32), nullable=False),
    sa.Column('amount', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('computation', sa.String(length=300), nullable=False),
    sa.Column('days', sa.Integer(), nullable=True),
    sa.Column('rate_amount', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('is_manual', sa.Boolean(), nullable=False),
    sa.Column('manual_reason', sa.Text(), nullable=True),
    sa.Column('status', sa.Enum('draft', 'pending_approval', 'paid', 'rejected', 'voided', name='disbursementstatus', native_enum=False, length=32), nullable=False),
    sa.Column('pay_date', sa.Date(), nullable=False),
    sa.Column('requested_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('paid_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('paid_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('batch_ref', sa.String(length=40), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('amount > 0', name=op.f('ck_disbursement_amount_positive')),
    sa.ForeignKeyConstraint(['aid_type_id'], ['aid_type.id'], name=op.f('fk_disbursement_aid_type_id_aid_type')),
    sa.ForeignKeyConstraint(['fund_id'], ['fund.id'], name=op.f('fk_disbursement_fund_id_fund')),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_disbursement_household_id_household')),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], name=op.f('fk_disbursement_incident_id_incident')),
    sa.ForeignKeyConstraint(['paid_by'], ['app_user.id'], name=op.f('fk_disbursement_paid_by_app_user')),
    sa.ForeignKeyConstraint(['requested_by'], ['app_user.id'], name=op.f('fk_disbursement_requested_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_disbursement'))
    )
    with op.batch_alter_table('disbursement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_disbursement_aid_type_id'), ['aid_type_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_disbursement_batch_ref'), ['batch_ref'], unique=False)
        batch_op.create_index('ix_disbursement_fund_status', ['fund_id', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_disbursement_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_disbursement_incident_id'), ['incident_id'], unique=False)
        batch_op.create_index('ix_disbursement_pay_date', ['pay_date'], unique=False)
        batch_op.create_index('uq_disbursement_household_aid_live', ['household_id', 'aid_type_id'], unique=True, sqlite_where=sa.text("status IN ('draft', 'pending_approval', 'paid')"), postgresql_where=sa.text("status IN ('draft', 'pending_approval', 'paid')"))

    op.create_table('duplicate_flag',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('household_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('other_household_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('reason', sa.Enum('nik_other_incident', 'name_desa_birth', name='duplicatereason', native_enum=False, length=32), nullable=False),
    sa.Column('status', sa.Enum('open', 'confirmed_distinct', 'merged', name='duplicatestatus', native_enum=False, length=32), nullable=False),
    sa.Column('decided_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['decided_by'], ['app_user.id'], name=op.f('fk_duplicate_flag_decided_by_app_user')),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_duplicate_flag_household_id_household')),
    sa.ForeignKeyConstraint(['other_household_id'], ['household.id'], name=op.f('fk_duplicate_flag_other_household_id_household')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duplicate_flag')),
    sa.UniqueConstraint('household_id', 'other_household_id', 'reason', name=op.f('uq_duplicate_flag_household_id_other_household_id_reason'))
    )
    with op.batch_alter_table('duplicate_flag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_duplicate_flag_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_duplicate_flag_other_household_id'), ['other_household_id'], unique=False)

    op.create_table('approval',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('disbursement_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('decision', sa.Enum('approved', 'rejected', name='approvaldecision', native_enum=False, length=32), nullable=False),
    sa.Column('decided_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['decided_by'], ['app_user.id'], name=op.f('fk_approval_decided_by_app_user')),
    sa.ForeignKeyConstraint(['disbursement_id'], ['disbursement.id'], name=op.f('fk_approval_disbursement_id_disbursement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_approval')),
    sa.UniqueConstraint('disbursement_id', name=op.f('uq_approval_disbursement_id'))
    )
    op.create_table('disbursement_item',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('disbursement_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('unit', sa.String(length=24), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_value', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('total', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.ForeignKeyConstraint(['disbursement_id'], ['disbursement.id'], name=op.f('fk_disbursement_item_disbursement_id_disbursement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_disbursement_item'))
    )
    with op.batch_alter_table('disbursement_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_disbursement_item_disbursement_id'), ['disbursement_id'], unique=False)

    op.create_table('ledger_entry',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('fund_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('entry_date', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('allocation', 'disbursement', 'stipend', 'reversal', name='entrykind', native_enum=False, length=32), nullable=False),
    sa.Column('amount', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('proof_number', sa.String(length=64), nullable=False),
    sa.Column('description', sa.String(length=400), nullable=False),
    sa.Column('allocation_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('disbursement_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('stipend_payment_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('reverses_entry_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('created_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('amount <> 0', name=op.f('ck_ledger_entry_amount_nonzero')),
    sa.ForeignKeyConstraint(['allocation_id'], ['fund_allocation.id'], name=op.f('fk_ledger_entry_allocation_id_fund_allocation')),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_ledger_entry_created_by_app_user')),
    sa.ForeignKeyConstraint(['disbursement_id'], ['disbursement.id'], name=op.f('fk_ledger_entry_disbursement_id_disbursement')),
    sa.ForeignKeyConstraint(['fund_id'], ['fund.id'], name=op.f('fk_ledger_entry_fund_id_fund')),
    sa.ForeignKeyConstraint(['reverses_entry_id'], ['ledger_entry.id'], name=op.f('fk_ledger_entry_reverses_entry_id_ledger_entry')),
    sa.ForeignKeyConstraint(['stipend_payment_id'], ['stipend_payment.id'], name=op.f('fk_ledger_entry_stipend_payment_id_stipend_payment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_entry')),
    sa.UniqueConstraint('reverses_entry_id', name=op.f('uq_ledger_entry_reverses_entry_id'))
    )
    with op.batch_alter_table('ledger_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ledger_entry_allocation_id'), ['allocation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ledger_entry_disbursement_id'), ['disbursement_id'], unique=False)
        batch_op.create_index('ix_ledger_entry_fund_date', ['fund_id', 'entry_date', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ledger_entry_stipend_payment_id'), ['stipend_payment_id'], unique=False)

    op.create_table('receipt',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('fund_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('issue_date', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('kind', sa.Enum('cash', 'in_kind', name='aidkind', native_enum=False, length=32), nullable=False),
    sa.Column('recipient_name', sa.String(length=120), nullable=False),
    sa.Column('recipient_nik', sa.String(length=16), nullable=True),
    sa.Column('recipient_address', sa.String(length=300), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('disbursement_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('stipend_payment_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('status', sa.Enum('valid', 'voided', name='receiptstatus', native_enum=False, length=32), nullable=False),
    sa.Column('print_count', sa.Integer(), nullable=False),
    sa.Column('issued_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('voided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('voided_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('void_reason', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('(disbursement_id IS NULL) <> (stipend_payment_id IS NULL)', name=op.f('ck_receipt_one_source')),
    sa.CheckConstraint('amount > 0', name=op.f('ck_receipt_amount_positive')),
    sa.ForeignKeyConstraint(['disbursement_id'], ['disbursement.id'], name=op.f('fk_receipt_disbursement_id_disbursement')),
    sa.ForeignKeyConstraint(['fund_id'], ['fund.id'], name=op.f('fk_receipt_fund_id_fund')),
    sa.ForeignKeyConstraint(['issued_by'], ['app_user.id'], name=op.f('fk_receipt_issued_by_app_user')),
    sa.ForeignKeyConstraint(['stipend_payment_id'], ['stipend_payment.id'], name=op.f('fk_receipt_stipend_payment_id_stipend_payment')),
    sa.ForeignKeyConstraint(['voided_by'], ['app_user.id'], name=op.f('fk_receipt_voided_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipt')),
    sa.UniqueConstraint('disbursement_id', name=op.f('uq_receipt_disbursement_id')),
    sa.UniqueConstraint('fund_id', 'year', 'seq', name=op.f('uq_receipt_fund_id_year_seq')),
    sa.UniqueConstraint('number', name=op.f('uq_receipt_number')),
    sa.UniqueConstraint('stipend_payment_id', name=op.f('uq_receipt_stipend_payment_id'))
    )
    with op.batch_alter_table('receipt', schema=None) as batch_op:
        batch_op.create_index('ix_receipt_issue_date', ['issue_date'], unique=False)
    # Name search over households (FTS5 trigram on SQLite, pg_trgm on PostgreSQL).
    create_search_objects(op.execute, op.get_bind().dialect.name)

    # The mark that tells this program a database is its own, and the audit chain's head.
    op.bulk_insert(
        sa.table("tagana_meta", sa.column("key", sa.String), sa.column("value", sa.Text)),
        [{"key": "application", "value": "tagana-desk"}],
    )
    op.bulk_insert(
        sa.table(
            "audit_head",
            sa.column("id", sa.Integer),
            sa.column("last_seq", sa.BigInteger),
            sa.column("last_hash", sa.String),
        ),
        [{"id": 1, "last_seq": 0, "last_hash": "0" * 64}],
    )


def downgrade() -> None:
    drop_search_objects(op.execute, op.get_bind().dialect.name)
    with op.batch_alter_table('receipt', schema=None) as batch_op:
        batch_op.drop_index('ix_receipt_issue_date')

    op.drop_table('receipt')
    with op.batch_alter_table('ledger_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ledger_entry_stipend_payment_id'))
        batch_op.drop_index('ix_ledger_entry_fund_date')
        batch_op.drop_index(batch_op.f('ix_ledger_entry_disbursement_id'))
        batch_op.drop_index(batch_op.f('ix_ledger_entry_allocation_id'))

    op.drop_table('ledger_entry')
    with op.batch_alter_table('disbursement_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_disbursement_item_disbursement_id'))

    op.drop_table('disbursement_item')
    op.drop_table('approval')
    with op.batch_alter_table('duplicate_flag', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_duplicate_flag_other_household_id'))
        batch_op.drop_index(batch_op.f('ix_duplicate_flag_household_id'))

    op.drop_table('duplicate_flag')
    with op.batch_alter_table('disbursement', schema=None) as batch_op:
        batch_op.drop_index('uq_disbursement_household_aid_live', sqlite_where=sa.text("status IN ('draft', 'pending_approval', 'paid')"), postgresql_where=sa.text("status IN ('draft', 'pending_approval', 'paid')"))
        batch_op.drop_index('ix_disbursement_pay_date')
        batch_op.drop_index(batch_op.f('ix_disbursement_incident_id'))
        batch_op.drop_index(batch_op.f('ix_disbursement_household_id'))
        batch_op.drop_index('ix_disbursement_fund_status')
        batch_op.drop_index(batch_op.f('ix_disbursement_batch_ref'))
        batch_op.drop_index(batch_op.f('ix_disbursement_aid_type_id'))

    op.drop_table('disbursement')
    with op.batch_alter_table('deployment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deployment_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_deployment_incident_id'))

    op.drop_table('deployment')
    with op.batch_alter_table('casualty', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_casualty_household_id'))

    op.drop_table('casualty')
    with op.batch_alter_table('stipend_payment', schema=None) as batch_op:
        batch_op.drop_index('uq_stipend_payment_volunteer_period_paid', sqlite_where=sa.text("status = 'paid'"), postgresql_where=sa.text("status = 'paid'"))
        batch_op.drop_index(batch_op.f('ix_stipend_payment_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_stipend_payment_run_id'))
        batch_op.drop_index(batch_op.f('ix_stipend_payment_period'))

    op.drop_table('stipend_payment')
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_household_registered_on'))
        batch_op.drop_index('ix_household_incident_no_kk')
        batch_op.drop_index('ix_household_no_kk')
        batch_op.drop_index('ix_household_nik')
        batch_op.drop_index('ix_household_name_desa_birth')
        batch_op.drop_index(batch_op.f('ix_household_incident_id'))
        batch_op.drop_index(batch_op.f('ix_household_desa_code'))

    op.drop_table('household')
    with op.batch_alter_table('dtks_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dtks_entry_no_kk'))
        batch_op.drop_index(batch_op.f('ix_dtks_entry_nik'))
        batch_op.drop_index(batch_op.f('ix_dtks_entry_import_id'))

    op.drop_table('dtks_entry')
    with op.batch_alter_table('aid_rate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_aid_rate_aid_type_id'))

    op.drop_table('aid_rate')
    with op.batch_alter_table('aid_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_aid_item_aid_type_id'))

    op.drop_table('aid_item')
    with op.batch_alter_table('volunteer_rate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_rate_volunteer_type_id'))

    op.drop_table('volunteer_rate')
    with op.batch_alter_table('volunteer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_volunteer_type_id'))
        batch_op.drop_index('ix_volunteer_name')

    op.drop_table('volunteer')
    with op.batch_alter_table('stipend_run', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stipend_run_period'))

    op.drop_table('stipend_run')
    op.drop_table('receipt_sequence')
    with op.batch_alter_table('lpj_report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lpj_report_period'))

    op.drop_table('lpj_report')
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.drop_index('ix_incident_occurred_at')
        batch_op.drop_index(batch_op.f('ix_incident_kecamatan_code'))

    op.drop_table('incident')
    with op.batch_alter_table('fund_allocation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fund_allocation_fund_id'))

    op.drop_table('fund_allocation')
    op.drop_table('dtks_import')
    op.drop_table('closed_period')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_user_id'))
        batch_op.drop_index('ix_audit_event_occurred_at')
        batch_op.drop_index('ix_audit_event_entity')

    op.drop_table('audit_event')
    op.drop_table('aid_type')
    op.drop_table('volunteer_type')
    op.drop_table('tagana_meta')
    with op.batch_alter_table('signatory', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signatory_role'))

    op.drop_table('signatory')
    op.drop_table('setting')
    with op.batch_alter_table('region', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_region_parent_code'))

    op.drop_table('region')
    op.drop_table('office_profile')
    op.drop_table('fund')
    op.drop_table('audit_head')
    op.drop_table('app_user')
