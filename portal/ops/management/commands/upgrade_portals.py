"""``python manage.py upgrade_portals``: back up, migrate every schema (resumable), rebuild; see
:mod:`portal.ops.upgrade` and docs/upgrade.md."""

from django.conf import settings
from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from portal.ops import upgrade
from portal.ops.version import portal_version
from portal.search.worker import ensure_indexes


class Command(BaseCommand):
    help = "Nâng cấp: sao lưu, di trú từng lược đồ (chạy lại được sau lỗi), dựng lại chỉ mục và tệp tĩnh."

    def add_arguments(self, parser):
        parser.add_argument("--backup-dir", default=None, help="Thư mục lưu bản sao lưu (mặc định PORTAL_BACKUP_DIR).")
        parser.add_argument("--skip-backup", action="store_true", help="Không sao lưu (đã sao lưu bằng cách khác).")
        parser.add_argument("--skip-static", action="store_true", help="Không chạy collectstatic.")
        parser.add_argument("--skip-search", action="store_true", help="Không dựng lại chỉ mục tìm kiếm cũ hoặc thiếu.")
        parser.add_argument("--no-progress", action="store_true", help="Không hiện thanh tiến trình.")
        parser.add_argument(
            "--jobs",
            type=int,
            default=1,
            help="Số tiến trình di trú song song các lược đồ (mặc định 1: lần lượt từng lược đồ).",
        )

    def say(self, message):
        self.stdout.write(message)
        self.stdout.flush()

    def handle(self, *args, **options):
        self.say(f"Nâng cấp cổng thông tin lên phiên bản {portal_version()}.")
        call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
        plan = upgrade.migration_plan_key()
        schemas = upgrade.portal_schemas()
        done = upgrade.done_schemas(plan) & set(schemas)
        if done:
            self.say(f"Tiếp tục lần nâng cấp trước: {len(done)}/{len(schemas)} lược đồ đã xong, bỏ qua sao lưu.")
        else:
            self.backup(options)
        self.migrate(plan, [schema for schema in schemas if schema not in done], len(schemas), options)
        self.rebuild(options)
        self.say(
            "Nâng cấp xong. Tải lại ứng dụng mà không ngắt yêu cầu nào: "
            "sudo systemctl reload school-portal-web && sudo systemctl restart school-portal-worker"
        )

    def backup(self, options):
        if options["skip_backup"]:
            self.say("Bỏ qua sao lưu (--skip-backup).")
            return
        if "backup_portal" not in get_commands():
            self.say(
                "Chưa có lệnh backup_portal trong phiên bản này: KHÔNG sao lưu được. "
                "Hãy sao lưu cơ sở dữ liệu (pg_dump) và thư mục media trước khi dùng bản nâng cấp."
            )
            return
        output_dir = options["backup_dir"] or str(settings.PORTAL_BACKUP_DIR)
        self.say(f"Sao lưu mọi cổng thông tin vào {output_dir} ...")
        try:
            call_command("backup_portal", all=True, output_dir=output_dir)
        except Exception as error:
            raise CommandError(f"Sao lưu lỗi, chưa di trú gì: {error}") from error

    def migrate(self, plan, pending, total, options):
        jobs = max(1, options.get("jobs") or 1)
        parallel = f", {jobs} tiến trình song song" if jobs > 1 and len(pending) > 1 else ""
        self.say(f"Di trú {len(pending)} lược đồ (tổng {total}{parallel}).")
        bar = tqdm(total=len(pending), unit="lược đồ", disable=options["no_progress"], file=self.stderr._out)
        finished = total - len(pending)

        def done(schema_name):
            nonlocal finished
            upgrade.record_done(plan, schema_name)
            finished += 1
            bar.set_postfix_str(schema_name)
            bar.update()

        try:
            if parallel:
                upgrade.migrate_in_parallel(pending, jobs, done)
            else:
                for schema_name in pending:
                    try:
                        upgrade.migrate_schema(schema_name)
                    except Exception as error:
                        raise upgrade.SchemaFailed(schema_name, str(error)) from error
                    done(schema_name)
        except upgrade.SchemaFailed as failure:
            raise CommandError(
                f"Lỗi khi di trú lược đồ {failure.schema_name}: {failure.message}\n"
                f"Đã xong {finished}/{total} lược đồ. Sửa nguyên nhân rồi chạy lại lệnh: "
                "các lược đồ đã xong sẽ được bỏ qua."
            ) from failure
        finally:
            bar.close()

    def rebuild(self, options):
        self.say("Dựng lại lược đồ mẫu và các mục bắt buộc của từng cổng ...")
        call_command("setup_portals", skip_migrate=True, stdout=self.stdout)
        if not options["skip_static"]:
            call_command("collectstatic", interactive=False, verbosity=0)
            self.say("Đã thu thập tệp tĩnh.")
        if not options["skip_search"]:
            built = ensure_indexes()
            self.say(f"Chỉ mục tìm kiếm dựng lại: {', '.join(built) if built else 'không cần'}.")
