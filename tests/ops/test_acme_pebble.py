"""End to end: a school added to the registry gets a real ACME certificate through the shipped Caddyfile.

Debian's ``pebble`` (Let's Encrypt's ACME test server) stands in for Let's Encrypt and
``pebble-challtestsrv`` for DNS (every name resolves to 127.0.0.1), so pebble really validates the
HTTP-01 or TLS-ALPN-01 challenge against Caddy's ports on loopback. Caddy runs the production
Caddyfile with ``ACME_CA`` pointing at pebble; it trusts pebble's own HTTPS through ``SSL_CERT_FILE``.
The school is provisioned for real (committed, so the app on loopback sees it) and removed afterwards.
"""

import json
import shutil
import socket
import ssl
import subprocess
import urllib.request
from contextlib import ExitStack, contextmanager

import pytest
from ops_helpers import (
    CADDY,
    NO_CADDY,
    app_on_loopback,
    caddy_env,
    caddy_running,
    committed,
    free_port,
    https_get,
    wait_for_port,
)

PEBBLE = shutil.which("pebble")
CHALLTESTSRV = shutil.which("pebble-challtestsrv")
OPENSSL = shutil.which("openssl")
NEW_SCHOOL = "Trường Tiểu học Tân Phước"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CADDY is None, reason=NO_CADDY),
    pytest.mark.skipif(
        PEBBLE is None or CHALLTESTSRV is None, reason="Debian's pebble is not installed (apt-get install pebble)"
    ),
    pytest.mark.skipif(OPENSSL is None, reason="openssl is not installed"),
]


@contextmanager
def process(argv, log_path, **kwargs):
    with open(log_path, "w") as log:
        proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, **kwargs)
        try:
            yield proc
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def pebble_server_certificate(folder):
    """pebble's own HTTPS certificate for 127.0.0.1 (its ACME API is HTTPS only)."""
    cert, key = folder / "pebble-cert.pem", folder / "pebble-key.pem"
    subprocess.run(
        [OPENSSL, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
        timeout=60,
    )  # fmt: skip
    return cert, key


def _provision():
    from tenants.models import Portal
    from tenants.provisioning import provision_portal

    portal = provision_portal(NEW_SCHOOL, level="th")
    return Portal.objects.prefetch_related("domains").get(pk=portal.pk)


def _remove(pk):
    from django_tenants.utils import schema_context

    from tenants.models import Portal

    with schema_context("public"):
        Portal.objects.get(pk=pk).delete(force_drop=True)


@pytest.fixture
def new_school(db):
    """A school provisioned and committed like one added in the admin; dropped with its schema after."""
    portal = committed(_provision)
    try:
        yield portal
    finally:
        committed(_remove, portal.pk)


def test_a_new_school_gets_a_certificate_from_the_acme_server(tmp_path, new_school):
    domain = new_school.primary_hostname
    http_port, https_port = free_port(), free_port()
    acme_port, management_port, dns_port, challtest_management = free_port(), free_port(), free_port(), free_port()
    cert, key = pebble_server_certificate(tmp_path)
    config = tmp_path / "pebble.json"
    config.write_text(
        json.dumps(
            {
                "pebble": {
                    "listenAddress": f"127.0.0.1:{acme_port}",
                    "managementListenAddress": f"127.0.0.1:{management_port}",
                    "certificate": str(cert),
                    "privateKey": str(key),
                    "httpPort": http_port,
                    "tlsPort": https_port,
                    "ocspResponderURL": "",
                    "externalAccountBindingRequired": False,
                }
            }
        )
    )
    with ExitStack() as stack:
        stack.enter_context(
            process(
                [
                    CHALLTESTSRV,
                    "-defaultIPv4",
                    "127.0.0.1",
                    "-defaultIPv6",
                    "",
                    "-dns01",
                    f"127.0.0.1:{dns_port}",
                    "-http01",
                    "",
                    "-https01",
                    "",
                    "-tlsalpn01",
                    "",
                    "-management",
                    f"127.0.0.1:{challtest_management}",
                ],
                tmp_path / "challtestsrv.log",
            )  # fmt: skip
        )
        pebble = stack.enter_context(
            process(
                [PEBBLE, "-config", str(config), "-dnsserver", f"127.0.0.1:{dns_port}"],
                tmp_path / "pebble.log",
                env={"PEBBLE_VA_NOSLEEP": "1", "PEBBLE_WFE_NONCEREJECT": "0", "PATH": "/usr/bin:/bin"},
            )
        )
        wait_for_port(acme_port, process=pebble)
        app_port = stack.enter_context(app_on_loopback())
        env = caddy_env(
            tmp_path,
            CADDY_ADMIN=f"127.0.0.1:{free_port()}",
            CADDY_HTTP_PORT=http_port,
            CADDY_HTTPS_PORT=https_port,
            ACME_CA=f"https://127.0.0.1:{acme_port}/dir",
            SSL_CERT_FILE=cert,  # Caddy (Go) trusts pebble's API certificate
            PORTAL_UPSTREAMS=f"127.0.0.1:{app_port}",
            PORTAL_ASK_UPSTREAM=f"127.0.0.1:{app_port}",
        )
        stack.enter_context(caddy_running(env, https_port))

        # pebble's root for this run (it makes a new one at every start), from its management API.
        context = ssl.create_default_context(cafile=str(cert))
        with urllib.request.urlopen(f"https://127.0.0.1:{management_port}/roots/0", context=context) as answer:
            (tmp_path / "acme-root.pem").write_bytes(answer.read())

        status, _, body = https_get(domain, https_port, "/", cafile=tmp_path / "acme-root.pem", timeout=90)
        assert status == 200, body[:500]
        assert NEW_SCHOOL in body

        issuer = ssl.create_default_context(cafile=str(tmp_path / "acme-root.pem"))
        raw = socket.create_connection(("127.0.0.1", https_port), timeout=30)
        with issuer.wrap_socket(raw, server_hostname=domain) as tls:
            certificate = tls.getpeercert()
        names = [value for kind, value in certificate["subjectAltName"] if kind == "DNS"]
        assert names == [domain]
        assert "Pebble" in str(certificate["issuer"])
