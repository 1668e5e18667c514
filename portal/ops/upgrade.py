"""What ``manage.py upgrade_portals`` does, step by step (docs/upgrade.md).

1. Back up every portal with ``backup_portal --all`` when that command exists (else say so), unless
   the run resumes an interrupted upgrade (the backup was made by the first attempt).
2. Migrate the public schema, then every portal's schema, one by one or, with ``--jobs N``, in N
   worker processes (``migrate_in_parallel``). Each schema migrated to the current migration plan
   is recorded (``SchemaUpgrade``): after a failure, fixing the cause and running the command again
   skips the schemas already done and starts at the one(s) that failed.
3. Rebuild what the new code needs: the template schema and every portal's mandated sections
   (``setup_portals --skip-migrate``), static files, and the search indexes that are missing or of an
   older index schema (``portal.search.worker.ensure_indexes``).

Reloading the web servers is not done here (it needs root): ``systemctl reload school-portal-web``.
"""

import hashlib
import multiprocessing
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

from django.core.management import call_command
from django.db import connection, connections
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


def migrate_schema(schema_name):
    """Migrate one portal schema (django-tenants' standard path for one schema)."""
    call_command("migrate_schemas", tenant=True, schema_name=schema_name, interactive=False, verbosity=0)


class SchemaFailed(Exception):
    """Migrating a schema failed in a worker process; carries the schema and the error as text."""

    def __init__(self, schema_name, message):
        super().__init__(schema_name, message)
        self.schema_name = schema_name
        self.message = message

    def __str__(self):
        return self.message


def _migrate_in_worker(schema_name):
    """Body of a worker process: one schema, its own connection closed afterwards.

    The error goes back as text: an exception of a database driver may not survive pickling.
    """
    try:
        migrate_schema(schema_name)
    except Exception as error:  # noqa: BLE001  (reported to the parent, which stops the upgrade)
        return schema_name, f"{type(error).__name__}: {error}"
    finally:
        connections.close_all()
    return schema_name, None


def migrate_in_parallel(schemas, jobs, on_done):
    """Migrate ``schemas`` in ``jobs`` worker processes, one schema per task; ``on_done(schema)`` per success.

    Why not django-tenants' ``--executor=multiprocessing``: it records nothing per schema (no resume), runs
    every chunk to the end after a failure and reports it only at the end, and shows no overall progress.
    Here the parent records each schema as soon as a worker finishes it (in the parent, on its own
    connection), and after the first failure hands out no new schema, lets the running ones finish (each
    schema's migrations are atomic in PostgreSQL) and raises ``SchemaFailed`` for the first failure.
    Workers are forked (as django-tenants does) after every connection is closed, so none is shared.
    """
    connections.close_all()
    context = multiprocessing.get_context("fork")
    failures = []
    pending = list(schemas)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        running = set()
        while pending or running:
            while pending and not failures and len(running) < jobs:
                running.add(pool.submit(_migrate_in_worker, pending.pop(0)))
            if not running:
                break
            finished, running = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                schema_name, error = future.result()
                if error is None:
                    on_done(schema_name)
                else:
                    failures.append((schema_name, error))
    if failures:
        raise SchemaFailed(*failures[0])
