"""``python manage.py rebuild_search [--schema X]``: rebuild the search index of one or all portals.

Each portal is built into a new folder and swapped in atomically (``portal.search.storage``), so
searches keep working during the rebuild. The safety net after restores, upgrades or analyzer changes.
Without ``--schema``, the district-wide index (every portal's pages, ``portal.search.district``) is
rebuilt once at the end; with it, that portal's documents in the district-wide index are replaced.
"""

import sys

from django.core.management.base import BaseCommand, CommandError
from django_tenants.utils import schema_context, tenant_context
from tqdm import tqdm

from portal.search import district
from portal.search.indexing import count_indexable, rebuild_portal
from tenants.models import Portal


class Command(BaseCommand):
    help = "Xây dựng lại chỉ mục tìm kiếm của một hoặc tất cả cổng thông tin."

    def add_arguments(self, parser):
        parser.add_argument("--schema", help="Tên lược đồ của cổng cần xây dựng lại (mặc định: tất cả).")
        parser.add_argument("--no-progress", action="store_true", help="Không hiện thanh tiến trình.")

    def handle(self, *args, **options):
        with schema_context("public"):
            portals = Portal.objects.exclude(kind=Portal.Kind.TEMPLATE).order_by("kind", "name")
            if options["schema"]:
                portals = portals.filter(schema_name=options["schema"])
            portals = list(portals)
        if not portals:
            raise CommandError(f"Không tìm thấy cổng thông tin có lược đồ “{options['schema']}”.")
        total = 0
        for portal in portals:
            with tenant_context(portal):
                count = count_indexable()
            with tqdm(
                total=count,
                desc=portal.schema_name,
                unit=" trang",
                disable=options["no_progress"],
                file=options.get("stderr") or sys.stderr,
            ) as progress:
                total += rebuild_portal(portal, progress=progress, mirror=bool(options["schema"]))
        self.stdout.write(self.style.SUCCESS(f"Đã xây dựng lại chỉ mục của {len(portals)} cổng: {total} trang."))
        if not options["schema"]:
            count = district.rebuild()
            self.stdout.write(self.style.SUCCESS(f"Đã xây dựng lại chỉ mục chung của mọi trường: {count} trang."))
