"""Bring every portal up to date: migrate all schemas, (re)build the template, scaffold portals.

Run by ``make run`` and after every deploy. Idempotent.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django_tenants.utils import schema_context

from tenants.models import Portal
from tenants.provisioning import ensure_template, scaffold


class Command(BaseCommand):
    help = "Migrate every schema, build the template schema and the mandated sections of every portal."

    def add_arguments(self, parser):
        parser.add_argument("--skip-migrate", action="store_true", help="Do not run migrate_schemas first.")

    def handle(self, *args, **options):
        if not options["skip_migrate"]:
            call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
            call_command("migrate_schemas", tenant=True, interactive=False, verbosity=0)
        template = ensure_template()
        with schema_context("public"):
            portals = list(Portal.objects.exclude(pk=template.pk).exclude(schema_name="public"))
        for portal in portals:
            scaffold(portal)
        self.stdout.write(f"Đã cập nhật lược đồ mẫu và {len(portals)} cổng thông tin.")
