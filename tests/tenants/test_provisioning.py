"""Provisioning by clone: complete, fully migrated, right Site, atomic on failure."""

import csv

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django_tenants.utils import schema_context, schema_exists, tenant_context
from wagtail.models import Page, Site, Workflow

from portal.core.models import HomePage, PortalSettings
from portal.core.scaffold import GROUP_NAMES, WORKFLOW_NAME, section_roots
from portal.core.sections import mandated_sections
from tenants.models import Domain, Portal
from tenants.provisioning import provision_portal
from tenants.signals import portal_provisioned


def pending_migrations(portal):
    with tenant_context(portal):
        executor = MigrationExecutor(connection)
        return executor.migration_plan(executor.loader.graph.leaf_nodes())


def test_cloned_school_is_fully_migrated(school_a):
    assert pending_migrations(school_a) == []


def test_migrate_schemas_has_nothing_to_apply_after_a_clone(db, capsys):
    portal = provision_portal("Trường Tiểu học Định Hòa", level="th")
    call_command("migrate_schemas", schema_name=portal.schema_name, interactive=False, verbosity=1)
    output = capsys.readouterr().out
    assert "No migrations to apply" in output
    assert "Applying" not in output


def test_site_record_points_at_the_school(school_a):
    with tenant_context(school_a):
        sites = list(Site.objects.all())
        assert len(sites) == 1
        site = sites[0]
        assert site.hostname == "thcschuvanantdm.edu.vn"
        assert site.port == 80
        assert site.site_name == school_a.name
        assert site.is_default_site
        home = site.root_page.specific
        assert isinstance(home, HomePage)
        assert home.title == school_a.name
        assert home.live


def test_scaffold_has_every_mandated_section_and_groups(school_b):
    with tenant_context(school_b):
        home = HomePage.objects.get()
        roots = section_roots(home)
        assert set(roots) == {spec.key for spec in mandated_sections()}
        for spec in mandated_sections():
            # Each section has the page type its app claimed, not the generic placeholder.
            assert roots[spec.key]._meta.label == spec.model, spec.key
            assert roots[spec.key].live and roots[spec.key].title == spec.title
        assert set(GROUP_NAMES.values()) <= set(Group.objects.values_list("name", flat=True))
        assert Workflow.objects.filter(name=WORKFLOW_NAME, active=True).exists()
        # No stray Wagtail welcome page was cloned.
        assert not Page.objects.filter(depth=2).exclude(pk=home.pk).exists()
        settings_row = PortalSettings.for_site(Site.objects.get())
        assert settings_row.unit_name == school_b.name
        assert settings_row.email == "mnhoasen@ptdm.edu.vn"


def test_each_portal_answers_on_its_dev_alias(school_a):
    assert set(school_a.domains.values_list("domain", flat=True)) == {
        "thcschuvanantdm.edu.vn",
        "thcschuvanantdm.localhost",
    }


def test_duplicate_domain_is_refused_before_anything_is_written(school_a):
    before = Portal.objects.count()
    with pytest.raises(ValidationError) as excinfo:
        provision_portal("Trường THCS Chu Văn An", level="thcs")
    assert "đã được dùng" in str(excinfo.value)
    assert Portal.objects.count() == before


def test_invalid_level_is_refused(db):
    with pytest.raises(ValidationError) as excinfo:
        provision_portal("Trường THCS Mới", level="dai-hoc")
    assert "cấp học" in str(excinfo.value)


def test_failed_provisioning_leaves_no_half_made_schema(db):
    def explode(sender, portal, **kwargs):
        raise RuntimeError("giả lập lỗi khi cấu hình cổng mới")

    portal_provisioned.connect(explode, dispatch_uid="test-explode")
    try:
        with pytest.raises(RuntimeError):
            provision_portal("Trường Tiểu học Tương Bình Hiệp", level="th")
    finally:
        portal_provisioned.disconnect(dispatch_uid="test-explode")
    connection.set_schema_to_public()
    assert not Portal.objects.filter(schema_name="thtuongbinhhieptdm").exists()
    assert not Domain.objects.filter(domain="thtuongbinhhieptdm.edu.vn").exists()
    assert not schema_exists("thtuongbinhhieptdm")


def test_create_school_command(db, capsys):
    call_command("create_school", "Trường THCS Phú Mỹ", "--level", "thcs")
    portal = Portal.objects.get(schema_name="thcsphumytdm")
    assert portal.level == Portal.Level.THCS
    assert portal.primary_hostname == "thcsphumytdm.edu.vn"
    assert "thcsphumytdm.edu.vn" in capsys.readouterr().out
    with pytest.raises(CommandError) as excinfo:
        call_command("create_school", "Trường THCS Phú Mỹ 2", "--level", "dai-hoc")
    assert "Cấp học" in str(excinfo.value)


def test_import_schools_reports_bad_rows_and_creates_the_rest(db, tmp_path, capsys):
    path = tmp_path / "truong.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ten", "cap_hoc", "loai_hinh", "ten_mien"])
        writer.writerow(["Trường Mầm non Sen Hồng", "mn", "cong_lap", ""])
        writer.writerow(["Trường Tiểu học Lỗi", "dai-hoc", "", ""])
        writer.writerow(["Trường Tiểu học Tên Miền Sai", "th", "", "TH/sai.edu.vn"])
        writer.writerow(["Trường Mầm non Tư thục Bé Ngoan", "mn", "ngoai_cong_lap", ""])
    with pytest.raises(CommandError) as excinfo:
        call_command("import_schools", str(path))
    assert "2 dòng" in str(excinfo.value)
    err = capsys.readouterr().err
    assert "Dòng 3" in err and "Dòng 4" in err
    assert Portal.objects.get(schema_name="mnsenhongtdm").ownership == Portal.Ownership.PUBLIC
    assert Portal.objects.get(schema_name="mnbengoantdm").ownership == Portal.Ownership.PRIVATE
    assert not Portal.objects.filter(name="Trường Tiểu học Lỗi").exists()
    # Re-running skips what exists and creates nothing twice.
    with pytest.raises(CommandError):
        call_command("import_schools", str(path))
    assert Portal.objects.filter(schema_name="mnsenhongtdm").count() == 1


def test_import_schools_refuses_a_non_utf8_file(db, tmp_path):
    path = tmp_path / "truong.csv"
    # What an old Excel saves in a Western code page: not UTF-8.
    path.write_bytes("ten,cap_hoc\nTrường Mầm non Hoa Lan é,mn\n".encode("cp1252", errors="replace"))
    with pytest.raises(CommandError) as excinfo:
        call_command("import_schools", str(path))
    assert "UTF-8" in str(excinfo.value)
    assert not Portal.objects.filter(name__contains="Hoa Lan").exists()


def test_template_is_a_tenant_row_without_domain(db):
    with schema_context("public"):
        template = Portal.objects.get(kind=Portal.Kind.TEMPLATE)
        assert not template.domains.exists()
        assert schema_exists(template.schema_name)
