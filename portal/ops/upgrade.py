"""What ``manage.py upgrade_portals`` does, step by step (docs/upgrade.md).

1. Back up every portal with ``backup_portal --all`` when that command exists (else say so), unless
   the run resumes an interrupted upgrade (the backup was made by the first attempt).
2. Migrate the public schema, then every portal's schema one by one. Each schema migrated to the
   current migration plan is recorded (``SchemaUpgrade``): after a failure, fixing the cause and
   running the command again skips the schemas already done and starts at the one that failed.
3. Rebuild what the new code needs: the template schema and every portal's mandated sections
   (``setup_portals --skip-migrate``), static files, and the search indexes that are missing or of an
   older index schema (``portal.search.worker.ensure_indexes``).

Reloading the web servers is not done here (it needs root): ``systemctl reload school-portal-web``.
"""

import hashlib

from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django_tenants.utils import get_public_schema_name, schema_context

from portal.ops.models import SchemaUpgrade
from tenants.models import Portal


def migration_plan_key():
    """A fingerprint of the code's migration graph: its leaf migrations, app by app."""
    loader = MigrationLoader(connection, ignore_no_migrations=True, load=True)
    leaves = sorted(f"{app}.{name}" for app, name in loader.graph.leaf_nodes())
    return hashlib.sha256("\n".join(leaves).encode()).hexdigest()[:32]


def portal_schemas():
    """Every portal schema, the template first (new portals are cloned from it), then by creation."""
    with schema_context(get_public_schema_name()):
        portals = Portal.objects.exclude(schema_name=get_public_schema_name()).order_by("id")
        ordered = sorted(portals, key=lambda portal: (portal.kind != Portal.Kind.TEMPLATE, portal.id))
        return [portal.schema_name for portal in ordered]


def done_schemas(plan):
    with schema_context(get_public_schema_name()):
        return set(SchemaUpgrade.objects.filter(plan=plan).values_list("schema_name", flat=True))


def record_done(plan, schema_name):
    with schema_context(get_public_schema_name()):
        SchemaUpgrade.objects.get_or_create(plan=plan, schema_name=schema_name)
