"""The shipped deploy/ files: systemd units that systemd accepts and whose commands exist, an environment
template naming every setting, and production settings passing ``check --deploy`` from that template."""

import configparser
import importlib
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import get_commands, load_command_class
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
UNITS = sorted((DEPLOY / "systemd").glob("school-portal-*"))
ENV_TEMPLATE = DEPLOY / "school-portal.env"
KEYS = {"SECRET_KEY", "DEBUG", "ALLOWED_HOSTS", "X_FRAME_OPTIONS", "SILENCED_SYSTEM_CHECKS", "MIDDLEWARE"}
SETTING_READ = re.compile(
    r"""(?:os\.environ(?:\.get)?\(|os\.environ\[|env_list\(|env_bool\()\s*["']([A-Z][A-Z0-9_]+)["']"""
)


def unit(path):
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str
    parser.read(path)
    return parser


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_systemd_accepts_every_unit(tmp_path):
    # The units point at /opt/school-portal (docs/deploy.md); here that is this checkout.
    for path in UNITS:
        (tmp_path / path.name).write_text(path.read_text().replace("/opt/school-portal", str(ROOT)))
    result = subprocess.run(
        ["systemd-analyze", "verify", *[str(tmp_path / path.name) for path in UNITS]],
        capture_output=True,
        text=True,
        timeout=60,
    )
    problems = [line for line in result.stderr.splitlines() if "school-portal" in line]
    assert result.returncode == 0 and not problems, result.stderr


def test_units_run_existing_commands_with_valid_arguments():
    commands = get_commands()
    seen = set()
    for path in UNITS:
        if path.suffix != ".service":
            continue
        service = unit(path)["Service"]
        assert service["EnvironmentFile"] == "/etc/school-portal/school-portal.env"
        assert service["User"] == "school-portal"
        argv = shlex.split(service["ExecStart"])
        if "gunicorn" in argv[0]:
            assert argv[-1] == "portal.wsgi" and service["ExecReload"] == "/bin/kill -s HUP $MAINPID"
            continue
        assert argv[1] == "manage.py"
        name, arguments = argv[2], argv[3:]
        seen.add(name)
        if name not in commands:
            assert name == "backup_portal", f"{path.name}: unknown command {name}"
            pytest.skip("backup_portal (editorial helper) is not on this branch yet: its unit is written ahead")
        command = load_command_class(commands[name], name)
        command.create_parser("manage.py", name).parse_args(arguments)  # exits on a wrong option
    assert {"search_worker", "rebuild_search", "backup_portal"} <= seen


def test_timers_start_their_services():
    for timer in (path for path in UNITS if path.suffix == ".timer"):
        assert unit(timer)["Timer"]["OnCalendar"]
        assert timer.with_suffix(".service").exists()


def test_the_environment_template_names_every_setting():
    documented = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]+)=", ENV_TEMPLATE.read_text(), flags=re.MULTILINE))
    documented |= set(re.findall(r"[A-Z][A-Z0-9_]{3,}", ENV_TEMPLATE.read_text().split("Development and tests")[1]))
    sources = [*sorted((ROOT / "portal" / "settings").glob("*.py")), DEPLOY / "gunicorn.conf.py"]
    read = {name for source in sources for name in SETTING_READ.findall(source.read_text())}
    read -= {"XDG_RUNTIME_DIR", "PROMETHEUS_MULTIPROC_DIR"}  # set by systemd units, not by the operator
    missing = sorted(read - documented)
    assert not missing, f"add these to deploy/school-portal.env with their meaning: {missing}"


def template_values():
    values = {}
    for line in ENV_TEMPLATE.read_text().splitlines():
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            values[key] = value
    values["DJANGO_SECRET_KEY"] = "k" + os.urandom(40).hex()  # what the template tells the operator to generate
    return values


def test_production_security_settings_pass_the_deploy_checks(monkeypatch):
    """In process (the slow test below runs the real command): the production module's values, read with
    the template's environment, give no security warning."""
    from django.core.checks import run_checks
    from django.test import override_settings

    for key, value in template_values().items():
        monkeypatch.setenv(key, value)
    sys.modules.pop("portal.settings.production", None)
    production = importlib.import_module("portal.settings.production")
    sys.modules.pop("portal.settings.production", None)
    names = [name for name in dir(production) if name.startswith(("SECURE_", "SESSION_", "CSRF_")) or name in KEYS]
    with override_settings(**{name: getattr(production, name) for name in names}):
        messages = run_checks(include_deployment_checks=True, tags=["security"])
        unsilenced = [message for message in messages if not message.is_silenced()]
    assert production.PORTAL_URL_SCHEME == "https"
    assert production.SECURE_PROXY_SSL_HEADER == ("HTTP_X_FORWARDED_PROTO", "https")
    assert unsilenced == []


@pytest.mark.slow
def test_production_settings_pass_check_deploy_from_the_template(db):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "PORTAL_"))}
    env.update(template_values())
    db_settings = connection.settings_dict
    env["DATABASE_URL"] = (
        f"postgres://{db_settings['USER']}:{db_settings['PASSWORD']}@{db_settings['HOST'] or 'localhost'}"
        f":{db_settings['PORT'] or 5432}/{db_settings['NAME']}"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
