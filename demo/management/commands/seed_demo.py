"""``python manage.py seed_demo``: the demo district and schools, idempotent, fixed seed.

Creates missing portals by the same provisioning path as production, demo
accounts in each, and each section's content (:data:`demo.seeders.SEEDERS`).
"""

import hashlib
import os
import random
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django_tenants.utils import schema_context, tenant_context

from demo.portals import DEMO_PASSWORD, DISTRICT, SCHOOLS
from demo.seeders import SEEDERS
from portal.core.receivers import DISTRICT_MANAGERS_GROUP
from portal.core.scaffold import ADMIN_GROUP, GROUP_NAMES
from tenants.models import Domain, Portal
from tenants.naming import schema_name_for_domain, suggest_school_domain
from tenants.provisioning import ensure_template, provision_portal, scaffold

SEED = 20210106  # the date of the letter


def demo_accounts(portal):
    """(username, group name or None for superuser, description) of the demo accounts of a portal."""
    accounts = [("admin", None, "Quản trị hệ thống")]
    accounts.append(("truongban", GROUP_NAMES["Moderators"], "Trưởng Ban Biên tập (duyệt tin)"))
    accounts.append(("bientap", GROUP_NAMES["Editors"], "Biên tập viên"))
    accounts.append(("quantrivien", ADMIN_GROUP, "Quản trị viên (người dùng, cài đặt)"))
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


def demo_domain(demo):
    return demo.domain or suggest_school_domain(demo.name)


def demo_schema(demo):
    return demo.schema_name or schema_name_for_domain(demo_domain(demo))


def ensure_portal(demo):
    domain = demo_domain(demo)
    existing = Domain.objects.filter(domain=domain).select_related("tenant").first()
    if existing:
        return existing.tenant
    return provision_portal(
        demo.name,
        kind=demo.kind,
        level=demo.level,
        ownership=demo.ownership,
        domain=domain,
        schema_name=demo_schema(demo),
        short_name=demo.short_name,
        address=demo.address,
        phone=demo.phone,
        email=demo.email,
        supervisor_name="" if demo.kind == "district" else DISTRICT.name,
    )


class Command(BaseCommand):
    help = "Tạo dữ liệu mẫu: Phòng GD&ĐT Thủ Dầu Một và các trường (chạy lại nhiều lần cho cùng kết quả)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--jobs",
            type=int,
            default=1,
            help="Số tiến trình nạp song song các trường (0: theo số lõi CPU). Phòng GD&ĐT luôn nạp trước.",
        )
        parser.add_argument("--only", metavar="SCHEMA", help="Chỉ nạp một cổng đã có (dùng nội bộ khi chạy song song).")

    def handle(self, *args, **options):
        """The district first (schools read its feed and register), then the schools, in parallel if asked.

        Why parallel processes: seeding is Django and PostgreSQL work on one connection, about half a
        minute a school; each school's content depends only on its own seeded generator, so the result is
        the same in any order. Parallel runs happen in subprocesses (``--only``), each with its own
        connection to the same database: a test database of pytest is not visible to them, so the default
        stays one process (``call_command`` in tests).
        """
        ensure_template()
        if options["only"]:
            demo = next((d for d in [DISTRICT, *SCHOOLS] if demo_schema(d) == options["only"]), None)
            if demo is None:
                raise CommandError(f"Không có cổng mẫu {options['only']}.")
            self.seed(demo)
            return
        jobs = options["jobs"] or os.cpu_count() or 1
        self.seed(DISTRICT)
        if jobs > 1 and len(SCHOOLS) > 1:
            with schema_context("public"):
                schemas = [ensure_portal(demo).schema_name for demo in SCHOOLS]  # provisioning is not parallel-safe
            with ThreadPoolExecutor(max_workers=jobs) as pool:
                for output in pool.map(self.seed_in_subprocess, schemas, [options] * len(schemas)):
                    self.stdout.write(output, ending="")
        else:
            for demo in SCHOOLS:
                self.seed(demo)
        with schema_context("public"):
            count = Portal.objects.exclude(kind=Portal.Kind.TEMPLATE).count()
        self.stdout.write(self.style.SUCCESS(f"Dữ liệu mẫu sẵn sàng: {count} cổng thông tin."))

    def seed(self, demo):
        with schema_context("public"):
            portal = ensure_portal(demo)
        scaffold(portal)
        rng = random.Random(SEED + int(hashlib.sha256(portal.schema_name.encode()).hexdigest()[:8], 16))  # noqa: S311  # nosec
        with tenant_context(portal):
            ensure_accounts(portal)
            for seeder in SEEDERS:
                seeder(portal, demo, rng)
        self.stdout.write(f"  ✓ {portal.name} ({portal.primary_hostname})")

    @staticmethod
    def seed_in_subprocess(schema, options):
        command = [sys.executable, str(settings.BASE_DIR / "manage.py"), "seed_demo", "--only", schema]
        if options.get("settings"):
            command.append(f"--settings={options['settings']}")
        result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603 - our own manage.py
        if result.returncode != 0:
            raise CommandError(f"Nạp dữ liệu mẫu cho {schema} thất bại:\n{result.stdout}\n{result.stderr}")
        return result.stdout
