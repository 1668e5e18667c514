"""upgrade_portals --jobs 2: schemas migrated by worker processes, each one recorded; a failure in one
schema stops the upgrade with its name, and a rerun migrates only what is left.

The worker processes have connections of their own, so everything here is committed (``committed``
runs on a connection of its own) and put back at the end: the failure is the same real one as in
``test_upgrade_portals.py`` (a school taken back one django-axes migration, a table in its way).
"""

from io import StringIO

import pytest
from axes.models import AccessAttemptExpiration
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from ops_helpers import committed
from test_upgrade_portals import OPTIONS, applied, axes_leaf_and_previous

from portal.ops.models import SchemaUpgrade
from portal.ops.upgrade import migration_plan_key

pytestmark = pytest.mark.django_db


def _take_back(schema_names, previous, blocker):
    for schema_name in schema_names:
        call_command("migrate_schemas", "axes", previous[1], tenant=True, schema_name=schema_name, verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE TABLE {blocker} (id integer)")


def _upgrade(*arguments):
    out = StringIO()
    try:
        call_command("upgrade_portals", *OPTIONS, *arguments, stdout=out)
    except CommandError as error:
        return out.getvalue(), str(error)
    return out.getvalue(), None


def _state(schema_names, leaf):
    recorded = set(SchemaUpgrade.objects.filter(plan=migration_plan_key()).values_list("schema_name", flat=True))
    return {name: (applied(name, leaf), name in recorded) for name in schema_names}


def _put_back(schema_names, blocker):
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {blocker}")
    for schema_name in schema_names:
        call_command("migrate_schemas", tenant=True, schema_name=schema_name, verbosity=0)
    SchemaUpgrade.objects.filter(plan=migration_plan_key()).delete()


def _drop(blocker):
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE {blocker}")


def test_parallel_upgrade_records_each_schema_and_a_rerun_resumes_after_a_failure(school_a, school_b):
    leaf, previous = axes_leaf_and_previous()
    names = [school_a.schema_name, school_b.schema_name]
    blocker = f'"{school_b.schema_name}"."{AccessAttemptExpiration._meta.db_table}"'
    committed(lambda: SchemaUpgrade.objects.filter(plan=migration_plan_key()).delete())
    committed(_take_back, names, previous, blocker)
    try:
        output, error = committed(_upgrade, "--jobs", "2")
        assert "2 tiến trình song song" in output
        assert error is not None and f"Lỗi khi di trú lược đồ {school_b.schema_name}" in error
        assert "chạy lại lệnh" in error
        state = committed(_state, names, leaf)
        assert state[school_a.schema_name] == (True, True)  # migrated by a worker, recorded by the parent
        assert state[school_b.schema_name] == (False, False)

        committed(_drop, blocker)
        output, error = committed(_upgrade, "--jobs", "2")
        assert error is None, error
        assert "Tiếp tục lần nâng cấp trước" in output
        assert "Di trú 1 lược đồ" in output  # only the school that failed is left
        assert committed(_state, names, leaf) == {name: (True, True) for name in names}
    finally:
        committed(_put_back, names, blocker)
