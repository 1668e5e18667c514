"""A real HTTP server on 127.0.0.1 whose answers a test sets per path (``server.routes``)."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        pass

    def do_GET(self):
        self.server.requests.append((self.path, dict(self.headers)))
        route = self.server.routes.get(self.path.split("?", 1)[0])
        if route is None:
            route = (404, [], b"not found")
        if callable(route):
            route = route(self)
            if route is None:
                return
        status, headers, body = route
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def start():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.routes, httpd.requests, httpd.stop = {}, [], threading.Event()
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    httpd.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.host_port = f"127.0.0.1:{httpd.server_address[1]}"
    return httpd


def stop(httpd):
    httpd.stop.set()
    httpd.shutdown()
    httpd.server_close()


def rss(*items, title="Bộ Giáo dục và Đào tạo"):
    """RSS bytes for ``(guid, title, description)`` items."""
    entries = "".join(
        f'<item><guid isPermaLink="false">{guid}</guid><title>{item_title}</title>'
        f"<link>https://moet.example.vn/tin/{guid}</link>"
        f"<pubDate>{n % 28 + 1:02d} Sep 2025 08:00:00 +0700</pubDate>"
        f"<description><![CDATA[{description}]]></description></item>"
        for n, (guid, item_title, description) in enumerate(items)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>https://moet.example.vn/</link><description>Tin</description>{entries}</channel></rss>"
    ).encode()
