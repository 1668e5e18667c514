"""Two application servers behind the shipped Caddyfile, sharing PostgreSQL and Debian's redis-server:
a login made on one instance is valid on the other, because sessions live in Redis (``REDIS_URL``)."""

import http.client
import os
import re
import shutil
import subprocess
from contextlib import ExitStack

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django_tenants.utils import tenant_context
from ops_helpers import (
    CADDY,
    NO_CADDY,
    ROOT,
    caddy_env,
    caddy_running,
    committed,
    free_port,
    gunicorn_instance,
    https_get,
    wait_for_port,
)

REDIS = shutil.which("redis-server")
PASSWORD = "MatKhau@2025"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.django_db,
    pytest.mark.skipif(CADDY is None, reason=NO_CADDY),
    pytest.mark.skipif(REDIS is None, reason="Debian's redis-server is not installed (apt-get install redis-server)"),
]


def request(port, host, method, path, cookies=None, body=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    headers = {"Host": host}
    if cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    try:
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        raw_cookies = ", ".join(response.headers.get_all("Set-Cookie") or [])
        set_cookies = dict(re.findall(r"(csrftoken|sessionid)=([^;]+)", raw_cookies))
        return response.status, response.getheader("Location"), set_cookies, response.read().decode("utf-8", "replace")
    finally:
        conn.close()


def _create_editor(portal):
    with tenant_context(portal):
        return get_user_model().objects.create_superuser("nhieumay", "nhieumay@ptdm.edu.vn", PASSWORD).pk


def _delete_editor(portal, pk):
    with tenant_context(portal):
        get_user_model().objects.filter(pk=pk).delete()


@pytest.fixture
def committed_editor(school_a):
    """An administrator of school A committed at once, so the gunicorn instances can log it in."""
    pk = committed(_create_editor, school_a)
    try:
        yield pk
    finally:
        committed(_delete_editor, school_a, pk)


def test_a_login_on_one_instance_is_valid_on_the_other(tmp_path, committed_editor, school_a):
    from urllib.parse import urlencode

    import redis

    host = school_a.primary_hostname
    redis_port, first, second, https_port = free_port(), free_port(), free_port(), free_port()
    env = {
        "DJANGO_SETTINGS_MODULE": "scaleout_settings",
        "PYTHONPATH": os.pathsep.join([os.path.dirname(__file__), str(ROOT)]),
        "PORTAL_E2E_DB": connection.settings_dict["NAME"],
        "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
        "PORTAL_TEST_ROOT": str(tmp_path / "root"),
    }
    with ExitStack() as stack:
        log = stack.enter_context(open(tmp_path / "redis.log", "w"))
        server = subprocess.Popen(
            [REDIS, "--port", str(redis_port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        stack.callback(server.wait, 10)
        stack.callback(server.terminate)
        wait_for_port(redis_port, process=server)
        stack.enter_context(gunicorn_instance(first, env))
        stack.enter_context(gunicorn_instance(second, env))

        # Log in on the first instance.
        status, _, cookies, page = request(first, host, "GET", "/admin/login/")
        assert status == 200
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        form = urlencode(
            {"csrfmiddlewaretoken": token, "username": "nhieumay", "password": PASSWORD, "next": "/admin/"}
        )
        status, location, login_cookies, _ = request(first, host, "POST", "/admin/login/", cookies, form)
        assert status == 302 and location == "/admin/", location
        session = {"sessionid": login_cookies["sessionid"]}

        # The second instance knows the session; without it, it sends to the login page.
        status, _, _, dashboard = request(second, host, "GET", "/admin/", session)
        assert status == 200 and "nhieumay" in dashboard
        assert request(second, host, "GET", "/admin/")[0] == 302
        # The session is in Redis, not in the school's database.
        keys = [key.decode() for key in redis.Redis(port=redis_port).keys("*")]
        assert any(session["sessionid"] in key for key in keys)
        with tenant_context(school_a), connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM django_session WHERE session_key = %s", [session["sessionid"]])
            assert cursor.fetchone()[0] == 0
        connection.set_schema_to_public()

        # Behind the proxy (both instances, in turn), the same session opens the admin every time.
        caddy = caddy_env(
            tmp_path,
            CADDY_ADMIN=f"127.0.0.1:{free_port()}",
            CADDY_HTTP_PORT=free_port(),
            CADDY_HTTPS_PORT=https_port,
            CADDY_TLS_ISSUER="internal",
            PORTAL_UPSTREAMS=f"127.0.0.1:{first} 127.0.0.1:{second}",
            PORTAL_ASK_UPSTREAM=f"127.0.0.1:{first}",
        )
        stack.enter_context(caddy_running(caddy, https_port))
        root = tmp_path / "data" / "caddy" / "pki" / "authorities" / "local" / "root.crt"
        for _ in range(4):
            cookie = {"Cookie": f"sessionid={session['sessionid']}"}
            status, _, body = https_get(host, https_port, "/admin/", cafile=root, headers=cookie)
            assert status == 200 and "nhieumay" in body
