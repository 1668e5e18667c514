"""``python manage.py sync_district_documents``: rebuild the public projection of district documents.

The safety net behind the publish/unpublish/delete receivers (``documents.projection``).
"""

from django.core.management.base import BaseCommand
from django_tenants.utils import schema_context

from documents.projection import sync_portal
from tenants.models import Portal


class Command(BaseCommand):
    help = "Đồng bộ lại văn bản của Phòng GD&ĐT hiển thị tại các trường."

    def handle(self, *args, **options):
        with schema_context("public"):
            districts = list(Portal.objects.filter(kind=Portal.Kind.DISTRICT))
        for portal in districts:
            count = sync_portal(portal)
            self.stdout.write(f"{portal.name}: {count} văn bản.")
