"""``python -m tests.benchmarks.scale_migrate JOBS``: the migration step of ``upgrade_portals`` over every
portal schema, timed (run by scale_bench in a process of its own, on ``tests.benchmarks.scale_settings``).

Runs exactly what the command runs (public schema, then ``Command.migrate`` with its records and resume)
without the backup and the rebuild; prints one JSON line: seconds, schemas migrated, jobs.
"""

import json
import sys
import time


def main(jobs):
    import django

    django.setup()
    from io import StringIO

    from django.core.management import call_command

    from portal.ops import upgrade
    from portal.ops.management.commands.upgrade_portals import Command

    start = time.perf_counter()
    call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
    plan = upgrade.migration_plan_key()
    schemas = upgrade.portal_schemas()
    pending = [name for name in schemas if name not in upgrade.done_schemas(plan)]
    command = Command(stdout=StringIO(), stderr=StringIO())
    command.migrate(plan, pending, len(schemas), {"jobs": jobs, "no_progress": True})
    print(json.dumps({"seconds": time.perf_counter() - start, "schemas": len(pending), "jobs": jobs}), flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]))
