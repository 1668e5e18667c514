"""``manage.py backup_portal <schema>|--all --output-dir DIR``: one tar.gz per portal (tenants.backup)."""

import time

from django.core.management.base import BaseCommand, CommandError

from tenants.backup import BackupError, backup_portal
from tenants.models import Portal


class Command(BaseCommand):
    help = (
        "Sao lưu cổng thông tin (lược đồ, tệp media, chỉ mục tìm kiếm) thành một tệp .tar.gz có bản kê và mã SHA-256."
    )

    def add_arguments(self, parser):
        parser.add_argument("schema", nargs="?", help="lược đồ của cổng cần sao lưu")
        parser.add_argument("--all", action="store_true", help="sao lưu mọi cổng (trừ lược đồ mẫu)")
        parser.add_argument("--output-dir", required=True, help="thư mục ghi tệp sao lưu")

    def handle(self, *args, schema=None, all=False, output_dir=None, **options):
        if bool(schema) == bool(all):
            raise CommandError("Chỉ định một lược đồ, hoặc --all để sao lưu mọi cổng.")
        portals = Portal.objects.exclude(kind=Portal.Kind.TEMPLATE).order_by("schema_name")
        if schema:
            portals = portals.filter(schema_name=schema)
            if not portals.exists():
                raise CommandError(f"Không có cổng nào có lược đồ “{schema}”.")
        failed = []
        for portal in portals:
            started = time.monotonic()
            try:
                path = backup_portal(portal, output_dir)
            except BackupError as error:
                failed.append(portal.schema_name)
                self.stderr.write(f"✗ {portal.schema_name}: {error}")
                continue
            size = path.stat().st_size / 1024
            self.stdout.write(f"✓ {portal.schema_name}: {path} ({size:.0f} KB, {time.monotonic() - started:.1f} giây)")
        if failed:
            raise CommandError(f"Không sao lưu được {len(failed)} cổng: {', '.join(failed)}.")
