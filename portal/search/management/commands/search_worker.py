"""``python manage.py search_worker [--once]``: apply the search index queue and fetch feeds.

Started in the background by ``make run``; in production run exactly one per host that holds the
index folders (systemd unit or supervisor). SIGINT/SIGTERM finish the current batch, then exit.
"""

import signal
import threading

from django.core.management.base import BaseCommand

from portal.search import worker


class Command(BaseCommand):
    help = "Cập nhật chỉ mục tìm kiếm theo hàng đợi và tải các nguồn tin RSS theo lịch."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Xử lý hết hàng đợi một lần rồi thoát.")
        parser.add_argument("--poll", type=float, default=2.0, help="Số giây chờ khi hàng đợi trống.")

    def handle(self, *args, **options):
        stop = threading.Event()

        def request_stop(signum, frame):
            stop.set()

        signal.signal(signal.SIGTERM, request_stop)
        signal.signal(signal.SIGINT, request_stop)
        if not options["once"]:
            self.stdout.write("Tiến trình tìm kiếm và nguồn tin đang chạy (Ctrl+C để dừng).")
        stats = worker.run(stop=stop, poll_seconds=options["poll"], once=options["once"])
        self.stdout.write(f"Chỉ mục tìm kiếm: {stats.done} việc xong, {stats.failed} lỗi, {stats.deferred} hoãn lại.")
