"""``python manage.py sync_projections [--only NAME]``: rebuild every portal's public-schema projections.

The safety net behind the page-event receivers of ``tenants.projections`` (a failed after-commit write is
logged, not retried), and the way to project content loaded with signals off (a restore).
"""

from django.core.management.base import BaseCommand
from django_tenants.utils import schema_context

from tenants import projections
from tenants.models import Portal


class Command(BaseCommand):
    help = "Đồng bộ lại dữ liệu công khai của các cổng (tin tức, văn bản, tài nguyên, niên giám) vào lược đồ chung."

    def add_arguments(self, parser):
        parser.add_argument("--only", action="append", choices=sorted(projections.registered()), help="tên phép chiếu")

    def handle(self, *args, **options):
        with schema_context("public"):
            portals = list(Portal.objects.exclude(kind=Portal.Kind.TEMPLATE).order_by("kind", "name"))
        for portal in portals:
            counts = projections.rebuild(portal, names=set(options["only"] or ()))
            if counts:
                summary = ", ".join(f"{name}: {count}" for name, count in sorted(counts.items()))
                self.stdout.write(f"{portal.name}: {summary}.")
