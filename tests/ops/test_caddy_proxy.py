"""The shipped Caddyfile with Debian's caddy: valid, and HTTPS on demand through it to the app on loopback.

Caddy's own CA (``CADDY_TLS_ISSUER=internal``) stands in for Let's Encrypt here; the ACME path with
pebble is ``test_acme_pebble.py`` (slow). Everything else is the production file: the ``ask``
question to the app before any certificate, the proxy headers, the blocked operations paths.
"""

import ssl

import pytest
from ops_helpers import (
    CADDY,
    NO_CADDY,
    app_on_loopback,
    caddy_env,
    caddy_running,
    caddy_validate,
    free_port,
    http_get,
    https_get,
)

pytestmark = [pytest.mark.skipif(CADDY is None, reason=NO_CADDY), pytest.mark.django_db]


def test_shipped_caddyfile_is_valid_with_its_defaults(tmp_path):
    result = caddy_validate(caddy_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "Valid configuration" in result.stdout + result.stderr


def test_https_on_demand_only_for_registered_portals_through_to_the_app(tmp_path, school_a, settings):
    # Production's reading of the proxy: https comes from X-Forwarded-Proto; plain http is redirected.
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 3600
    https_port, http_port = free_port(), free_port()
    with app_on_loopback() as app_port:
        env = caddy_env(
            tmp_path,
            CADDY_ADMIN=f"127.0.0.1:{free_port()}",
            CADDY_HTTP_PORT=http_port,
            CADDY_HTTPS_PORT=https_port,
            CADDY_TLS_ISSUER="internal",
            PORTAL_UPSTREAMS=f"127.0.0.1:{app_port}",
            PORTAL_ASK_UPSTREAM=f"127.0.0.1:{app_port}",
        )
        with caddy_running(env, https_port):
            root = tmp_path / "data" / "caddy" / "pki" / "authorities" / "local" / "root.crt"
            host = school_a.primary_hostname
            status, headers, body = https_get(host, https_port, "/", cafile=root)
            assert status == 200, body[:500]
            assert school_a.name in body
            assert "max-age=" in headers.get("Strict-Transport-Security", "")  # Django saw https

            # The operations paths never leave loopback, even though the app itself would answer.
            assert https_get(host, https_port, "/_ops/tls-ask?domain=" + host, cafile=root)[0] == 404

            # A name the registry does not know: the app says no, Caddy requests no certificate.
            with pytest.raises(ssl.SSLError):
                https_get("unknown.edu.vn", https_port, "/", cafile=root, timeout=10)

            # Plain http goes to https.
            status, headers, _ = http_get(host, http_port, "/tin-tuc/?trang=2")
            assert status == 308
            assert headers["Location"] == f"https://{host}/tin-tuc/?trang=2"
