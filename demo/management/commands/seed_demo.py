"""``python manage.py seed_demo``: the demo district and schools, idempotent, fixed seed.

Creates missing portals by the same provisioning path as production, demo
accounts in each, and each section's content (:data:`demo.seeders.SEEDERS`).
"""

import hashlib
import random

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django_tenants.utils import schema_context, tenant_context

from demo.portals import DEMO_PASSWORD, DISTRICT, SCHOOLS
from demo.seeders import SEEDERS
from portal.core.receivers import DISTRICT_MANAGERS_GROUP
from portal.core.scaffold import GROUP_NAMES
from tenants.models import Domain, Portal
from tenants.naming import schema_name_for_domain, suggest_school_domain
from tenants.provisioning import ensure_template, provision_portal, scaffold

SEED = 20210106  # the date of the letter


def demo_accounts(portal):
    """(username, group name or None for superuser, description) of the demo accounts of a portal."""
    accounts = [("admin", None, "Quản trị hệ thống")]
    accounts.append(("truongban", GROUP_NAMES["Moderators"], "Trưởng Ban Biên tập (duyệt tin)"))
    accounts.append(("bientap", GROUP_NAMES["Editors"], "Biên tập viên"))
    if portal.is_district:
        accounts.append(("quanlytruong", DISTRICT_MANAGERS_GROUP, "Chuyên viên quản lý trường học"))
    return accounts


def ensure_accounts(portal):
    User = get_user_model()
    for username, group_name, description in demo_accounts(portal):
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"first_name": description, "email": f"{username}.{portal.schema_name}@ptdm.edu.vn"},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
        user.is_staff = True
        user.is_superuser = group_name is None
        user.save()
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))


def ensure_portal(demo):
    domain = demo.domain or suggest_school_domain(demo.name)
    existing = Domain.objects.filter(domain=domain).select_related("tenant").first()
    if existing:
        return existing.tenant
    return provision_portal(
        demo.name,
        kind=demo.kind,
        level=demo.level,
        ownership=demo.ownership,
        domain=domain,
        schema_name=demo.schema_name or schema_name_for_domain(domain),
        short_name=demo.short_name,
        address=demo.address,
        phone=demo.phone,
        email=demo.email,
        supervisor_name="" if demo.kind == "district" else DISTRICT.name,
    )


class Command(BaseCommand):
    help = "Tạo dữ liệu mẫu: Phòng GD&ĐT Thủ Dầu Một và các trường (chạy lại nhiều lần cho cùng kết quả)."

    def handle(self, *args, **options):
        ensure_template()
        for demo in [DISTRICT, *SCHOOLS]:
            with schema_context("public"):
                portal = ensure_portal(demo)
            scaffold(portal)
            rng = random.Random(SEED + int(hashlib.sha256(portal.schema_name.encode()).hexdigest()[:8], 16))  # noqa: S311  # nosec
            with tenant_context(portal):
                ensure_accounts(portal)
                for seeder in SEEDERS:
                    seeder(portal, demo, rng)
            self.stdout.write(f"  ✓ {portal.name} ({portal.primary_hostname})")
        with schema_context("public"):
            count = Portal.objects.exclude(kind=Portal.Kind.TEMPLATE).count()
        self.stdout.write(self.style.SUCCESS(f"Dữ liệu mẫu sẵn sàng: {count} cổng thông tin."))
