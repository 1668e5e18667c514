"""Real servers for the deployment tests: Debian's caddy with the shipped Caddyfile, the app on loopback.

Why a thread server for the fast test: it runs the real Django application in this process on
the test database (the session's portals are committed, so another connection sees them), in
about 0.1 s instead of gunicorn's seconds. The slow tests start gunicorn (``gunicorn_instance``).
"""

import http.client
import os
import shutil
import socket
import ssl
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

ROOT = Path(__file__).resolve().parents[2]
CADDYFILE = ROOT / "deploy" / "caddy" / "Caddyfile"
CADDY = shutil.which("caddy")
NO_CADDY = "Debian's caddy is not installed (as root: make e2e-deps, or apt-get install caddy)"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, timeout=15.0, process=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port}")


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def app_on_loopback():
    """The Django application served on 127.0.0.1:<port> from threads of this process; yields the port."""
    from django.core.wsgi import get_wsgi_application

    server = make_server(
        "127.0.0.1", 0, get_wsgi_application(), server_class=_ThreadingWSGIServer, handler_class=_QuietHandler
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def caddy_env(home, **values):
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "CADDY_LOG_FILE": str(home / "access.log"),
    }
    env.update({key: str(value) for key, value in values.items()})
    return env


def caddy_validate(env):
    return subprocess.run(
        [CADDY, "validate", "--config", str(CADDYFILE), "--adapter", "caddyfile"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@contextmanager
def caddy_running(env, wait_port):
    log = open(Path(env["HOME"]) / "caddy.log", "w")
    process = subprocess.Popen(
        [CADDY, "run", "--config", str(CADDYFILE), "--adapter", "caddyfile"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for_port(wait_port, process=process)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


class PinnedHTTPSConnection(http.client.HTTPSConnection):
    """HTTPS to ``host`` (SNI, Host header, certificate name) on 127.0.0.1: no DNS or hosts file needed."""

    def connect(self):
        raw = socket.create_connection(("127.0.0.1", self.port), self.timeout)
        self.sock = self._context.wrap_socket(raw, server_hostname=self.host)


def https_get(hostname, port, path, cafile, headers=None, timeout=30):
    """``(status, headers, body text)`` of one GET through the proxy, verified against ``cafile``."""
    context = ssl.create_default_context(cafile=str(cafile))
    connection = PinnedHTTPSConnection(hostname, port, context=context, timeout=timeout)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode("utf-8", "replace")
    finally:
        connection.close()


def http_get(hostname, port, path, headers=None, timeout=60):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Host": hostname, **(headers or {})})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode("utf-8", "replace")
    finally:
        connection.close()


def wait_for_answer(port, timeout=240.0):
    deadline = time.monotonic() + timeout
    while True:
        try:
            http_get("127.0.0.1", port, "/healthz")  # any answer (503 without a worker) means ready
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


@contextmanager
def gunicorn_instance(port, env):
    """``gunicorn portal.wsgi`` with the shipped config on 127.0.0.1:<port> (slow tests)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--config", str(ROOT / "deploy" / "gunicorn.conf.py"), "portal.wsgi"],
        cwd=ROOT,
        env={**os.environ, **env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": "2"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, timeout=120, process=process)
        wait_for_answer(port)  # the master listens before its workers have imported Django
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def committed(func, *args, **kwargs):
    """``func(...)`` on a connection of its own (a thread), so what it writes is committed at once and seen
    by the servers on loopback, while the test itself stays in its rolled-back transaction."""
    from django.db import connections

    result, errors = [], []

    def run():
        try:
            result.append(func(*args, **kwargs))
        except BaseException as error:  # noqa: BLE001  (re-raised in the test's thread)
            errors.append(error)
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if errors:
        raise errors[0]
    return result[0]
