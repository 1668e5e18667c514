"""``manage.py restore_portal ARCHIVE [--as NEW_SCHEMA]``: bring a portal back from ``backup_portal``."""

from django.core.management.base import BaseCommand, CommandError

from tenants.backup import BackupError, restore_portal


class Command(BaseCommand):
    help = (
        "Khôi phục một cổng thông tin từ tệp sao lưu (kiểm tra mã SHA-256 trước khi ghi), vào cơ sở dữ liệu "
        "chưa có cổng đó hoặc dưới tên lược đồ mới."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument("--as", dest="new_schema", help="tên lược đồ mới (giữ nguyên cổng đang chạy)")

    def handle(self, *args, archive=None, new_schema=None, **options):
        try:
            restored = restore_portal(archive, new_schema=new_schema)
        except BackupError as error:
            raise CommandError(str(error)) from error
        portal = restored.portal
        self.stdout.write(
            f"✓ Đã khôi phục {portal.name} vào lược đồ {portal.schema_name} ({portal.primary_hostname}), "
            f"{restored.files} tệp, {restored.seconds:.1f} giây."
        )
