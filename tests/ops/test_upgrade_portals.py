"""upgrade_portals: every schema migrated with its progress recorded; after a failure, a rerun resumes.

The failure is real: one school is taken back one migration (the last of django-axes, a table of its
own) and a table of the same name is put in its way, so migrating that school fails in PostgreSQL
while the schools before it are done. There is no earlier release tag to upgrade from (docs/upgrade.md).
"""

from io import StringIO

import pytest
from axes.models import AccessAttemptExpiration
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django_tenants.utils import schema_context

from portal.ops.models import SchemaUpgrade
from portal.ops.upgrade import migration_plan_key

# Four migrate runs over every schema plus the rebuild: seconds even on an idle machine (make test-slow).
pytestmark = [pytest.mark.django_db, pytest.mark.slow]

OPTIONS = ["--skip-backup", "--skip-static", "--skip-search", "--no-progress"]


def axes_leaf_and_previous():
    graph = MigrationLoader(None, ignore_no_migrations=True).graph
    (leaf,) = [node for node in graph.leaf_nodes() if node[0] == "axes"]
    (previous,) = graph.node_map[leaf].parents
    return leaf, previous.key


def applied(schema_name, node):
    with schema_context(schema_name):
        return MigrationRecorder(connection).migration_qs.filter(app=node[0], name=node[1]).exists()


def test_a_failed_schema_stops_the_upgrade_and_a_rerun_resumes_there(school_a, school_b):
    leaf, previous = axes_leaf_and_previous()
    for portal in (school_a, school_b):
        call_command("migrate_schemas", "axes", previous[1], tenant=True, schema_name=portal.schema_name, verbosity=0)
        assert not applied(portal.schema_name, leaf)
    blocker = f'"{school_b.schema_name}"."{AccessAttemptExpiration._meta.db_table}"'
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE TABLE {blocker} (id integer)")

    first = StringIO()
    with pytest.raises(CommandError) as failure:
        call_command("upgrade_portals", *OPTIONS, stdout=first)
    message = str(failure.value)
    assert f"Lỗi khi di trú lược đồ {school_b.schema_name}" in message
    assert "chạy lại lệnh" in message
    assert applied(school_a.schema_name, leaf) and not applied(school_b.schema_name, leaf)
    plan = migration_plan_key()
    recorded = set(SchemaUpgrade.objects.filter(plan=plan).values_list("schema_name", flat=True))
    assert school_a.schema_name in recorded and school_b.schema_name not in recorded

    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE {blocker}")
    second = StringIO()
    call_command("upgrade_portals", *OPTIONS, stdout=second)
    output = second.getvalue()
    assert f"Tiếp tục lần nâng cấp trước: {len(recorded)}/" in output
    assert "Di trú 1 lược đồ" in output
    assert applied(school_b.schema_name, leaf)
    assert "systemctl reload school-portal-web" in output
    assert SchemaUpgrade.objects.filter(plan=plan, schema_name=school_b.schema_name).exists()
