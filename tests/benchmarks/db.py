"""A throw-away test database for benchmarks, created and destroyed around a block."""

from contextlib import contextmanager

import django
from django.db import connection


@contextmanager
def benchmark_database():
    """Create ``test_<name>`` with every shared migration applied; drop it afterwards."""
    if not django.apps.apps.ready:
        django.setup()
    old_name = connection.settings_dict["NAME"]
    if old_name.startswith("test_"):
        yield
        return
    connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        yield
    finally:
        connection.set_schema_to_public()
        connection.creation.destroy_test_db(old_name, verbosity=0)
