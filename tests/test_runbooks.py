"""The runbooks (docs/runbooks/{en,ru}) against the alert rules and the code they describe.

Every rule in config/prometheus/alerts.yml has a ``runbook_url`` that is the repository
path of its English page; every page exists in both languages with the five required
sections in order and the rule's severity, and no page is left without a rule; the two
READMEs link every page, and every relative link resolves; every command a runbook shows
is real (a ``family-emotions`` subcommand and option of the real parser, a repository
script, or one of ``KNOWN_TOOLS``); every ``fe_*`` metric, quoted log line
(``Log: `...` ``) and ``/health`` field (``components.<name>.<field>``) a page names exists
in the code; the Russian pages are in Russian. ``promtool check rules`` on alerts.yml (with
the runbook_url annotations) runs in tests/test_ops_files.py.
"""

from __future__ import annotations

import functools
import os
import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
ALERTS = ROOT / "config" / "prometheus" / "alerts.yml"
DASHBOARD = ROOT / "config" / "grafana" / "dashboard.json"
RUNBOOKS = ROOT / "docs" / "runbooks"
LANGUAGES = ("en", "ru")

SECTIONS = {
    "en": ("What it means", "How to confirm", "What to do", "How to verify recovery",
           "When to escalate"),
    "ru": ("Что это значит", "Как подтвердить", "Что делать", "Как проверить восстановление",
           "Когда эскалировать"),
}
SEVERITY_LINE = {"en": re.compile(r"^Severity: `(\w+)`", re.M),
                 "ru": re.compile(r"^Важность: `(\w+)`", re.M)}
README_SECTIONS = {
    "en": ("Alerts", "Deploy", "Backup and restore", "Incident checklist", "Quarterly drill"),
    "ru": ("Алерты", "Развёртывание", "Резервные копии и восстановление",
           "Чек-лист инцидента", "Квартальные учения"),
}
README_DEPLOY_KINDS = ("systemd", "compose", "Kubernetes")

# Programs a runbook may call besides family-emotions and the repository's own scripts:
# standard tools an operator has (or installs) on a host, a Docker host or a kubectl
# workstation. Add one here deliberately; a name not in the list fails the test.
KNOWN_TOOLS = frozenset({
    "cat", "cd", "cp", "curl", "date", "df", "docker", "du", "export", "find", "grep",
    "install", "jq", "journalctl", "kubectl", "ls", "openssl", "pg_isready", "printf",
    "promtool", "psql", "python3", "redis-cli", "sleep", "systemctl", "systemd-analyze",
    "systemd-sysusers", "tail", "head", "git", "mkdir", "chmod", "chown", "cut", "base64",
})
# Sources searched for quoted log lines, metric families and /health fields: every
# Python package of the project (so a module that moves is still found).
SOURCE_DIRS = ("actors", "app", "runtime", "supervisors", "config", "chaos")


# -- the command line, as its entry point parses it ----------------------------------------


def _entry_point() -> tuple[str, str]:
    """``(module, function)`` of the ``family-emotions`` script in pyproject.toml."""
    with (ROOT / "pyproject.toml").open("rb") as f:
        target = tomllib.load(f)["project"]["scripts"]["family-emotions"]
    module, _, function = target.partition(":")
    return module, function or "main"


@functools.cache
def cli_help(*args: str) -> str:
    """``family-emotions ARGS --help``, run through the entry point pyproject.toml names
    (in a subprocess, with the FE_ settings of this environment left out)."""
    module, function = _entry_point()
    code = f"import sys\nfrom {module} import {function} as main\nsys.exit(main(sys.argv[1:]))"
    env = {k: v for k, v in os.environ.items() if not k.startswith("FE_")}
    done = subprocess.run([sys.executable, "-c", code, *args, "--help"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, f"family-emotions {' '.join(args)} --help: {done.stderr}"
    return done.stdout


@functools.cache
def cli_output(*args: str) -> str:
    """``family-emotions ARGS``'s output, run like ``cli_help``."""
    module, function = _entry_point()
    code = f"import sys\nfrom {module} import {function} as main\nsys.exit(main(sys.argv[1:]))"
    env = {k: v for k, v in os.environ.items() if not k.startswith("FE_")}
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, f"family-emotions {' '.join(args)}: {done.stderr}"
    return done.stdout


@functools.cache
def drill_scenarios() -> frozenset[str]:
    """The scenarios ``family-emotions chaos list`` names (each line that starts one)."""
    return frozenset(re.findall(r"^([a-z][a-z0-9_]*)\s", cli_output("chaos", "list"), re.M))


@functools.cache
def cli_subcommands() -> frozenset[str]:
    """The subcommands ``family-emotions --help`` lists (argparse prints each one with its
    help, indented by four spaces; older parsers also show ``{a,b,...}``)."""
    text = cli_help()
    names = set(re.findall(r"^ {4}([a-z][a-z0-9-]*)(?:\s|$)", text, re.M))
    for choices in re.findall(r"\{([a-z0-9,-]+)\}", text):
        names.update(choices.split(","))
    return frozenset(names)


@functools.cache
def cli_options(subcommand: str) -> frozenset[str]:
    """The ``--options`` of one subcommand."""
    return frozenset(re.findall(r"(?<![\w-])(--[a-z][a-z0-9-]*)", cli_help(subcommand)))


def check_cli_command(words: list[str], where: str) -> None:
    """``words`` (starting after ``family-emotions``) name a real subcommand and only its
    real options."""
    assert words, f"{where}: `family-emotions` without a subcommand"
    subcommand = words[0]
    assert subcommand in cli_subcommands(), (
        f"{where}: `family-emotions {subcommand}` is not a subcommand "
        f"(there are: {', '.join(sorted(cli_subcommands()))})")
    if subcommand == "chaos" and len(words) > 1 and not words[1].startswith("-"):
        _check_chaos_command(words[1:], where)
        return
    for word in words[1:]:
        option = word.split("=", 1)[0]
        if option.startswith("--"):
            assert option in cli_options(subcommand), (
                f"{where}: `family-emotions {subcommand}` has no option {option}")


def _check_chaos_command(words: list[str], where: str) -> None:
    """``chaos ACTION ...``: a real action with its real options; ``chaos drill``'s
    scenario is one ``chaos list`` names."""
    action, rest = words[0], words[1:]
    actions = set(re.findall(r"^ {4}([a-z][a-z0-9-]*)(?:\s|$)", cli_help("chaos"), re.M))
    assert action in actions, f"{where}: `family-emotions chaos {action}` is not an action"
    options = frozenset(re.findall(r"(?<![\w-])(--[a-z][a-z0-9-]*)", cli_help("chaos", action)))
    for word in rest:
        option = word.split("=", 1)[0]
        if option.startswith("--"):
            assert option in options, (
                f"{where}: `family-emotions chaos {action}` has no option {option}")
    if action == "drill" and "--help" not in rest:
        positional = [word for i, word in enumerate(rest) if not word.startswith("-") and not (
            i > 0 and rest[i - 1].startswith("--") and "=" not in rest[i - 1])]
        assert (positional or [""])[0] in drill_scenarios(), (
            f"{where}: `family-emotions chaos drill {' '.join(rest)}`: not a drill scenario "
            f"(there are: {', '.join(sorted(drill_scenarios()))})")


def test_the_cli_helper_reads_the_real_parser() -> None:
    assert {"run", "migrate", "backup", "verify-backup", "restore"} <= cli_subcommands()
    assert "--yes" in cli_options("restore")
    assert "--no-servers" in cli_options("run")
    with pytest.raises(AssertionError, match="not a subcommand"):
        check_cli_command(["nonsense"], "here")
    with pytest.raises(AssertionError, match="no option --force"):
        check_cli_command(["restore", "FILE", "--force"], "here")
    assert {"pg_outage", "bot_kill"} <= drill_scenarios()
    check_cli_command(["chaos", "drill", "--seed", "7", "pg_outage"], "here")
    check_cli_command(["status", "--json"], "here")
    with pytest.raises(AssertionError, match="not a drill scenario"):
        check_cli_command(["chaos", "drill", "pg_meltdown"], "here")
    with pytest.raises(AssertionError, match="has no option --force"):
        check_cli_command(["chaos", "drill", "pg_outage", "--force"], "here")


# -- the alert rules -------------------------------------------------------------------------


def alert_rules() -> list[dict[str, Any]]:
    groups = yaml.safe_load(ALERTS.read_text(encoding="utf-8"))["groups"]
    return [rule for group in groups for rule in group["rules"] if "alert" in rule]


def alert_names() -> list[str]:
    return [rule["alert"] for rule in alert_rules()]


def page(language: str, alert: str) -> Path:
    return RUNBOOKS / language / f"{alert}.md"


def test_every_alert_has_a_runbook_url_pointing_at_its_english_page() -> None:
    rules = alert_rules()
    assert len(rules) >= 10
    for rule in rules:
        url = rule.get("annotations", {}).get("runbook_url")
        assert url == f"docs/runbooks/en/{rule['alert']}.md", (rule["alert"], url)
        assert (ROOT / url).is_file(), url


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_alert_has_a_page_with_every_section(language: str) -> None:
    severities = {rule["alert"]: rule.get("labels", {}).get("severity") for rule in alert_rules()}
    expressions = {rule["alert"]: rule["expr"] for rule in alert_rules()}
    for alert, severity in severities.items():
        path = page(language, alert)
        assert path.is_file(), f"missing runbook {path.relative_to(ROOT)}"
        text = path.read_text(encoding="utf-8")
        assert text.startswith(f"# {alert}\n"), f"{path.name}: the title must be '# {alert}'"
        found = SEVERITY_LINE[language].search(text)
        stated = found.group(1) if found else None
        assert stated == severity, (
            f"{path.relative_to(ROOT)}: must state the rule's severity `{severity}`")
        sections = _sections(text)
        wanted = list(SECTIONS[language])
        assert [title for title in sections if title in wanted] == wanted, (
            f"{path.relative_to(ROOT)}: sections {list(sections)}, wanted {wanted} in order")
        for title in wanted:
            assert len(sections[title].strip()) > 40, (
                f"{path.relative_to(ROOT)}: section '{title}' is (nearly) empty")
        # The rule's expression, when the page shows it, is the rule's own.
        shown = re.search(r"^```promql\n(.*?)^```", text, re.M | re.S)
        assert shown, f"{path.relative_to(ROOT)}: the rule's expression is not shown"
        assert shown.group(1).strip() == expressions[alert].strip(), (
            f"{path.relative_to(ROOT)}: the expression shown is not the rule's")


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_without_an_alert(language: str) -> None:
    pages = {p.stem for p in (RUNBOOKS / language).glob("*.md")} - {"README"}
    assert pages == set(alert_names()), pages ^ set(alert_names())


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_readme_has_every_part_and_links_every_page(language: str) -> None:
    readme = RUNBOOKS / language / "README.md"
    text = readme.read_text(encoding="utf-8")
    sections = _sections(text)
    for title in README_SECTIONS[language]:
        assert title in sections, f"{readme.relative_to(ROOT)}: no section '{title}'"
        assert len(sections[title].strip()) > 200, f"{readme.relative_to(ROOT)}: '{title}'"
    deploy = sections[README_SECTIONS[language][1]]
    for kind in README_DEPLOY_KINDS:
        assert kind in deploy, f"{readme.relative_to(ROOT)}: deploy says nothing of {kind}"
    linked = set(re.findall(r"\]\((?:\./)?([A-Za-z]+)\.md\)", text))
    assert set(alert_names()) <= linked, set(alert_names()) - linked


def test_every_relative_link_in_the_runbooks_resolves() -> None:
    for path in _runbook_files():
        for target in re.findall(r"\]\(([^)\s]+)\)", path.read_text(encoding="utf-8")):
            if re.match(r"[a-z]+:", target) or target.startswith("#"):
                continue
            resolved = (path.parent / target.split("#", 1)[0]).resolve()
            assert resolved.exists(), f"{path.relative_to(ROOT)}: broken link {target}"


# -- commands --------------------------------------------------------------------------------


_OPERATORS = frozenset({"|", "||", "&&", ";", "&", "|&"})


def shell_commands(text: str) -> list[list[str]]:
    """The commands in the ```sh blocks of a page, as word lists: continuation lines
    joined, comments dropped, pipelines and &&/; lists split (quotes respected), and the
    command inside each ``$(...)`` taken as a command of its own."""
    commands: list[list[str]] = []
    for block in re.findall(r"^```(?:sh|bash|shell)\n(.*?)^```", text, re.M | re.S):
        for line in re.sub(r"\\\n\s*", " ", block).splitlines():
            inner = re.findall(r"\$\(([^()]*)\)", line)
            line = re.sub(r"\$\([^()]*\)", "X", line)
            for source in (line, *inner):
                commands.extend(_split_list(source))
    return commands


def _split_list(source: str) -> list[list[str]]:
    lexer = shlex.shlex(source, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    lexer.commenters = "#"
    commands: list[list[str]] = [[]]
    for token in lexer:
        if token in _OPERATORS:
            commands.append([])
        else:
            commands[-1].append(token)
    return [words for words in commands if words]


def _program_words(words: list[str]) -> list[str]:
    while words and re.match(r"^[A-Za-z_][A-Za-z0-9_]*=", words[0]):  # VAR=value cmd
        words = words[1:]
    while words and words[0] in ("sudo", "exec", "time", "env"):
        words = words[1:]
    return words


def check_command(command: list[str] | str, where: str) -> None:
    """One shell command of a runbook is real (see the module docstring)."""
    words = _program_words(shlex.split(command) if isinstance(command, str) else command)
    if not words:
        return
    program = words[0]
    # Containers and pods: the command after `exec ... --` or `exec SERVICE` / `run`.
    inner = _inner_command(words)
    if inner is not None:
        check_command(inner, where)
        return
    if program == "family-emotions":
        check_cli_command(words[1:], where)
        return
    if program == "with-secrets":
        check_command(words[1:], where)
        return
    if "/" in program:
        if program.startswith(("/", "$")):
            return  # an installed path (/opt/..., /usr/local/bin/...), shown as installed
        path = ROOT / program.removeprefix("./")
        assert path.is_file(), f"{where}: `{program}` does not exist in the repository"
        assert os.access(path, os.X_OK) or program.endswith(".py"), (
            f"{where}: `{program}` is not executable")
        if program.endswith(("scripts/run", "bin/python")) and len(words) > 1:
            _check_script_args(program, words[1:], where)
        return
    assert program in KNOWN_TOOLS, (
        f"{where}: `{program}` is neither family-emotions, a repository script nor a known "
        f"tool (tests/test_runbooks.py KNOWN_TOOLS)")


def _inner_command(words: list[str]) -> list[str] | None:
    """The command run inside a container: `docker compose exec|run [opts] SERVICE CMD`,
    `kubectl exec ... -- CMD`."""
    if words[0] == "kubectl" and "exec" in words and "--" in words:
        return words[words.index("--") + 1:]
    if words[:2] == ["docker", "compose"] and len(words) > 2 and words[2] in ("exec", "run"):
        rest = words[3:]
        while rest and rest[0].startswith("-"):
            rest = rest[1:]
        if len(rest) >= 2:  # SERVICE CMD...
            return rest[1:]
    return None


def _check_script_args(program: str, args: list[str], where: str) -> None:
    if program.endswith("scripts/run"):
        check_cli_command(args, where)  # ./scripts/run SUBCOMMAND ... runs family-emotions
    elif args[:1] == ["-m"] and len(args) > 1:
        module = args[1].replace(".", "/")
        assert (ROOT / f"{module}.py").is_file() or (ROOT / module / "__main__.py").is_file(), (
            f"{where}: python -m {args[1]}: no such module in the repository")


def test_the_command_checker_catches_what_is_not_real() -> None:
    check_command("family-emotions verify-backup /var/lib/family-emotions/backups/x.dump",
                  "here")
    check_command("chaos/kill_pg.sh", "here")
    check_command("docker compose exec bot with-secrets family-emotions backup", "here")
    check_command("kubectl -n family-emotions exec deployment/family-emotions -- family-emotions "
                  "migrate", "here")
    for bad, why in (("family-emotions backup --force", "no option"),
                     ("chaos/kill_everything.sh", "does not exist"),
                     ("frobnicate --now", "known tool"),
                     ("docker compose exec bot family-emotions nuke", "not a subcommand")):
        with pytest.raises(AssertionError, match=why):
            check_command(bad, "here")
    assert shell_commands(
        "```sh\nA=1 curl -s x | jq '.a[] | .b' && ls \\\n  -l  # note\n"
        "f=\"$(ls -1t d | head -n 1)\"\n```\n") == [
        ["A=1", "curl", "-s", "x"], ["jq", ".a[] | .b"], ["ls", "-l"], ["f=X"],
        ["ls", "-1t", "d"], ["head", "-n", "1"]]


def test_every_command_in_the_runbooks_is_real() -> None:
    checked = 0
    for path in _runbook_files():
        text = path.read_text(encoding="utf-8")
        where = str(path.relative_to(ROOT))
        for words in shell_commands(text):
            check_command(words, where)
            checked += 1
        # `family-emotions ...` in the prose too (inline code).
        for inline in re.findall(r"`(family-emotions [^`]+)`", text):
            if inline.split()[1] != "...":  # "family-emotions ...": any subcommand
                check_command(inline, where)
    assert checked > 100


# -- metrics, log lines and /health fields ---------------------------------------------------


@functools.cache
def _sources() -> str:
    parts = []
    for directory in SOURCE_DIRS:
        for path in sorted((ROOT / directory).rglob("*.py")):
            parts.append(path.read_text(encoding="utf-8"))
    return "\n".join(parts)


_SUFFIXES = ("_total", "_bucket", "_sum", "_count", "_created")


def test_every_metric_a_runbook_names_exists() -> None:
    sources = _sources()
    rules = ALERTS.read_text(encoding="utf-8")
    for path in _runbook_files():
        for name in set(re.findall(r"\bfe_[a-z0-9_]+", path.read_text(encoding="utf-8"))):
            family = name
            for suffix in _SUFFIXES:
                family = family.removesuffix(suffix)
            assert f'"{family}"' in sources or name in rules, (
                f"{path.relative_to(ROOT)}: metric {name} is not exposed by the code")


def test_every_quoted_log_line_occurs_in_the_sources() -> None:
    sources = _sources()
    quoted = 0
    for path in _runbook_files():
        for line in re.findall(r"(?:Log|Лог): `([^`]+)`", path.read_text(encoding="utf-8")):
            quoted += 1
            assert line in sources, (
                f"{path.relative_to(ROOT)}: log line {line!r} is not in the sources")
    assert quoted >= 17


def test_every_health_field_a_runbook_names_is_produced() -> None:
    sources = _sources()
    components = set(re.findall(r'Component\(\s*"(\w+)"', sources))
    assert {"postgres", "redis", "claude", "telegram", "spool"} <= components
    for path in _runbook_files():
        text = path.read_text(encoding="utf-8")
        for component, field in re.findall(r"\.components\.(\w+)\.(\w+)", text):
            assert component in components, f"{path.relative_to(ROOT)}: no component {component}"
            assert f'"{field}"' in sources, (
                f"{path.relative_to(ROOT)}: /health has no field {field}")


# -- languages -------------------------------------------------------------------------------


def test_the_russian_pages_are_in_russian() -> None:
    for path in sorted((RUNBOOKS / "ru").glob("*.md")):
        prose = re.sub(r"```.*?```|`[^`]*`|\([^)]*\)", " ", path.read_text(encoding="utf-8"),
                       flags=re.S)
        letters = re.findall(r"[A-Za-zА-Яа-яЁё]", prose)
        cyrillic = [c for c in letters if re.match(r"[А-Яа-яЁё]", c)]
        assert len(cyrillic) > 0.6 * len(letters), f"{path.name}: mostly not Russian"


# -- helpers ---------------------------------------------------------------------------------


def _runbook_files() -> list[Path]:
    return sorted(RUNBOOKS.rglob("*.md"))


def _sections(text: str) -> dict[str, str]:
    """``## Title`` → its body (up to the next ``## ``), in order."""
    out: dict[str, str] = {}
    for match in re.finditer(r"^## (.+?)\n(.*?)(?=^## |\Z)", text, re.M | re.S):
        out[match.group(1).strip()] = match.group(2)
    return out
