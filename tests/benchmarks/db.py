"""A throw-away test database for benchmarks, created and destroyed around a block."""

from contextlib import contextmanager

import django
from django.db import connection


@contextmanager
def benchmark_database(suffix=""):
    """Create ``test_<name>[_<suffix>]`` with every shared migration applied; drop it afterwards.

    ``suffix`` gives a benchmark its own database, so two benchmarks can run at the same time.
    """
    if not django.apps.apps.ready:
        django.setup()
    old_name = connection.settings_dict["NAME"]
    if old_name.startswith("test_"):
        yield
        return
    if suffix:
        connection.settings_dict.setdefault("TEST", {})["NAME"] = f"test_{old_name}_{suffix}"
    connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        yield
    finally:
        connection.set_schema_to_public()
        try:
            connection.creation.destroy_test_db(old_name, verbosity=0)
        except Exception as error:  # noqa: BLE001  # figures are measured: a failed cleanup must not lose them
            print(f"(could not drop the benchmark database: {error!r})")
