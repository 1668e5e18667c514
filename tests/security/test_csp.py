"""Hole 6: no Content-Security-Policy, inline scripts in our templates, framing allowed by X-Frame-Options only.

Pages are fetched through the test client: every public page of a portal, the admin, the tenant
middleware's own answers; the policy is read from the headers and the HTML is searched for inline code.
"""

import os
import re
import secrets
import subprocess
import sys

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django_tenants.utils import tenant_context
from wagtail.models import Page

pytestmark = pytest.mark.django_db

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>", re.I)
INLINE_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.I)
INLINE_STYLE = re.compile(r"<[^>]+\sstyle\s*=", re.I)


def policy(response):
    header = response.get("Content-Security-Policy", "")
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = set(values)
    return directives


def assert_strict_public_policy(response):
    directives = policy(response)
    assert directives["script-src"] == {"'self'"}, directives
    assert directives["style-src"] == {"'self'"}
    assert directives["frame-ancestors"] == {"'self'"}
    assert directives["default-src"] == {"'self'"}
    assert directives["base-uri"] == {"'self'"} and directives["form-action"] == {"'self'"}


def test_every_public_page_has_a_strict_policy_and_no_inline_code(school_a, district, portal_client):
    for portal in (school_a, district):
        with tenant_context(portal):
            urls = [page.url for page in Page.objects.live().public().filter(depth__gte=2).specific()]
        assert len(urls) > 10
        client = portal_client(portal)
        for url in [*urls, "/tim-kiem/?q=tuyen+sinh", "/khong-co-trang-nay/"]:
            response = client.get(url)
            assert response.status_code in (200, 404), url
            assert_strict_public_policy(response)
            html = response.content.decode()
            assert not INLINE_SCRIPT.search(html), (url, INLINE_SCRIPT.search(html).group(0))
            assert not INLINE_HANDLER.search(html), url
            assert not INLINE_STYLE.search(html), url


def test_the_admin_has_a_policy_too(school_a, portal_client):
    client = portal_client(school_a)
    with tenant_context(school_a):
        client.force_login(get_user_model().objects.create_superuser("admin", "a@ptdm.edu.vn", "MatKhau@2025"))
        home = Page.objects.get(depth=2)
    for url in ("/admin/", f"/admin/pages/{home.pk}/edit/", "/admin/login/"):
        response = client.get(url)
        directives = policy(response)
        assert directives["frame-ancestors"] == {"'self'"}, url
        assert directives["object-src"] == {"'self'"} and directives["base-uri"] == {"'self'"}
        assert directives["default-src"] == {"'self'"}
        assert "'unsafe-eval'" not in directives["script-src"]  # inline only, as Wagtail needs
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_the_tenant_middlewares_own_answers_carry_the_policy(school_a):
    response = Client(HTTP_HOST="khongco.edu.vn").get("/")
    assert response.status_code == 404
    assert policy(response)["frame-ancestors"] == {"'self'"}
    assert response["X-Content-Type-Options"] == "nosniff"


def test_deploy_check_prints_no_warning():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(60),
    }
    env.pop("ALLOWED_HOSTS", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    output = result.stdout + result.stderr
    assert "WARNING" not in output and "no issues" in output, output


INLINE_STYLE_BLOCK = re.compile(r"<style[\s>]", re.I)


def test_no_public_template_carries_an_inline_style_or_script_block():
    """The public policy is style-src/script-src 'self': an inline block in any public template (the stopped
    portal's 503 page, an error page...) would be dropped silently by the browser, so none may exist.
    Templates that only render inside the admin (which allows inline code for Wagtail) are exempt."""
    root = settings.BASE_DIR / "templates"
    offenders = []
    for path in root.rglob("*.html"):
        relative = path.relative_to(root).as_posix()
        text = path.read_text(encoding="utf-8")
        if "wagtailadmin/" in text or relative.startswith(("wagtailadmin/", "tenants/school_", "core/admin/")):
            continue
        if INLINE_STYLE_BLOCK.search(text) or INLINE_SCRIPT.search(text):
            offenders.append(relative)
    assert offenders == []
