"""A throw-away test database for benchmarks, created and destroyed around a block."""

from contextlib import contextmanager

import django
from django.db import connection

from tests import dbcache


@contextmanager
def benchmark_database(suffix=""):
    """Create ``test_<name>[_<suffix>]`` with every shared migration applied; drop it afterwards.

    ``suffix`` gives a benchmark its own database, so two benchmarks can run at the same time. The
    migrated database of the tests (``tests.dbcache``) is copied when it is current (about a second
    instead of migrating again, about 50 s a benchmark); otherwise the benchmark migrates.
    """
    if not django.apps.apps.ready:
        django.setup()
    old_name = connection.settings_dict["NAME"]
    if old_name.startswith("test_"):
        yield
        return
    name = f"test_{old_name}_{suffix}" if suffix else f"test_{old_name}"
    connection.settings_dict.setdefault("TEST", {})["NAME"] = name
    key = dbcache.fingerprint()
    held = None if dbcache.disabled() else dbcache.lock()
    try:
        if dbcache.copy_into(name, key):
            connection.close()
            connection.settings_dict["NAME"] = name
        else:  # not stored: the tests' cache is made by the tests (right after ensure_template)
            connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    finally:
        if held is not None:
            dbcache.unlock(held)
    try:
        yield
    finally:
        connection.set_schema_to_public()
        try:
            connection.creation.destroy_test_db(old_name, verbosity=0)
        except Exception as error:  # noqa: BLE001  # figures are measured: a failed cleanup must not lose them
            print(f"(could not drop the benchmark database: {error!r})")
