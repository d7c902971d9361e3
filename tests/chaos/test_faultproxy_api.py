"""chaos.faultproxy's HTTP API against Toxiproxy's (``api.go``): routes, JSON shapes,
defaults, status codes and error bodies, driven with raw httpx; and the command line.

asyncio only: the API is an aiohttp server.
"""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from chaos.faultproxy import VERSION, FaultProxy
from chaos.services import PROJECT_ROOT
from tests.chaos.test_faultproxy import HOST, echo_server, median_round_trip

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]


@pytest.fixture
async def upstream() -> AsyncIterator[str]:
    async with echo_server() as port:
        yield f"{HOST}:{port}"


@pytest.fixture
async def fp() -> AsyncIterator[FaultProxy]:
    async with FaultProxy(port=0, seed=1) as proxy:
        yield proxy


@pytest.fixture
async def api(fp: FaultProxy) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=fp.api_url, timeout=5) as client:
        yield client


async def _create(api: httpx.AsyncClient, name: str, upstream: str) -> dict[str, Any]:
    answer = await api.post("/proxies", json={"name": name, "upstream": upstream,
                                              "listen": f"{HOST}:0"})
    assert answer.status_code == 201, answer.text
    body: dict[str, Any] = answer.json()
    return body


# -- proxies --------------------------------------------------------------------------------


async def test_a_created_proxy_has_toxiproxys_shape(
    fp: FaultProxy, api: httpx.AsyncClient, upstream: str
) -> None:
    assert fp.api_url == f"http://{HOST}:{fp.api_port}"
    created = await _create(api, "echo", upstream)

    assert set(created) == {"name", "listen", "upstream", "enabled", "toxics"}
    assert created["name"] == "echo"
    assert created["upstream"] == upstream
    assert created["enabled"] is True
    assert created["toxics"] == []
    host, port = created["listen"].rsplit(":", 1)
    assert host == HOST
    assert int(port) > 0  # port 0 is reported as the bound port
    assert (await api.get("/proxies/echo")).json() == created
    assert (await api.get("/proxies")).json() == {"echo": created}
    assert await median_round_trip(int(port), 3) < 0.05


async def test_proxy_errors_answer_with_status_and_message(
    api: httpx.AsyncClient, upstream: str
) -> None:
    await _create(api, "echo", upstream)

    again = await api.post("/proxies", json={"name": "echo", "upstream": upstream})
    no_name = await api.post("/proxies", json={"upstream": upstream})
    no_upstream = await api.post("/proxies", json={"name": "x"})
    not_json = await api.post("/proxies", content=b"{nope")
    empty = await api.post("/proxies", content=b"")
    missing = await api.get("/proxies/ghost")
    wrong_type = await api.post("/proxies", json={"name": 5, "upstream": upstream})

    assert (again.status_code, again.json()) == (
        409, {"error": "proxy already exists", "status": 409})
    assert (no_name.status_code, no_name.json()) == (
        400, {"error": "missing required field: name", "status": 400})
    assert no_upstream.json() == {"error": "missing required field: upstream", "status": 400}
    assert not_json.status_code == 400
    assert not_json.json()["error"].startswith("bad request body: ")
    assert empty.json() == {"error": "bad request body: EOF", "status": 400}
    assert (missing.status_code, missing.json()) == (
        404, {"error": "proxy not found", "status": 404})
    assert wrong_type.status_code == 400
    assert (await api.delete("/proxies/ghost")).status_code == 404
    assert (await api.post("/proxies/ghost", json={})).status_code == 404


async def test_a_taken_listen_address_is_a_500_with_the_reason(
    api: httpx.AsyncClient, upstream: str
) -> None:
    with socket.socket() as taken:
        taken.bind((HOST, 0))
        taken.listen()
        port = taken.getsockname()[1]
        answer = await api.post("/proxies", json={
            "name": "clash", "upstream": upstream, "listen": f"{HOST}:{port}"})
        partly = await api.post("/populate", json=[
            {"name": "fine", "upstream": upstream, "listen": f"{HOST}:0"},
            {"name": "clash", "upstream": upstream, "listen": f"{HOST}:{port}"}])

    assert answer.status_code == 500
    assert answer.json()["status"] == 500
    assert f"{HOST}:{port}" in answer.json()["error"]
    assert partly.status_code == 500
    assert [p["name"] for p in partly.json()["proxies"]] == ["fine"]  # done before it failed
    assert f"{HOST}:{port}" in partly.json()["error"]
    assert set((await api.get("/proxies")).json()) == {"fine"}


async def test_disable_enable_and_delete_through_the_api(
    api: httpx.AsyncClient, upstream: str
) -> None:
    port = int((await _create(api, "echo", upstream))["listen"].rsplit(":", 1)[1])

    disabled = await api.post("/proxies/echo", json={"enabled": False})
    with pytest.raises(OSError):
        await anyio.connect_tcp(HOST, port)
    enabled = await api.patch("/proxies/echo", json={"enabled": True})
    deleted = await api.delete("/proxies/echo")

    assert (disabled.status_code, disabled.json()["enabled"]) == (200, False)
    assert (enabled.status_code, enabled.json()["enabled"]) == (200, True)
    assert enabled.json()["listen"] == f"{HOST}:{port}"
    assert (deleted.status_code, deleted.content) == (204, b"")
    assert (await api.get("/proxies/echo")).status_code == 404
    with pytest.raises(OSError):
        await anyio.connect_tcp(HOST, port)


async def test_changing_the_upstream_restarts_the_proxy(api: httpx.AsyncClient) -> None:
    async with echo_server() as first, echo_server() as second:
        await _create(api, "echo", f"{HOST}:{first}")

        moved = await api.post("/proxies/echo", json={"upstream": f"{HOST}:{second}"})

        assert moved.status_code == 200
        assert moved.json()["upstream"] == f"{HOST}:{second}"
        assert moved.json()["enabled"] is True


async def test_populate_creates_keeps_identical_ones_and_replaces_changed_ones(
    api: httpx.AsyncClient,
) -> None:
    async with echo_server() as one, echo_server() as two:
        wanted = [{"name": "postgres", "listen": f"{HOST}:0", "upstream": f"{HOST}:{one}"},
                  {"name": "redis", "listen": f"{HOST}:0", "upstream": f"{HOST}:{two}"}]
        first = await api.post("/populate", json=wanted)
        listen = {p["name"]: p["listen"] for p in first.json()["proxies"]}
        same = [{**p, "listen": listen[p["name"]]} for p in wanted]
        again = await api.post("/populate", json=same)
        await api.post("/proxies/redis/toxics", json={"type": "latency"})
        changed = await api.post("/populate", json=[{**same[1], "upstream": f"{HOST}:{one}"}])
        invalid = await api.post("/populate", json=[same[0], {"upstream": "x:1"}])
        not_a_list = await api.post("/populate", json={"name": "x"})

    assert first.status_code == 201
    assert [p["name"] for p in first.json()["proxies"]] == ["postgres", "redis"]
    assert again.status_code == 201
    assert again.json()["proxies"] == first.json()["proxies"]  # untouched, same ports
    assert changed.status_code == 201
    assert changed.json()["proxies"][0]["upstream"] == f"{HOST}:{one}"
    assert changed.json()["proxies"][0]["toxics"] == []  # a replaced proxy starts clean
    assert invalid.json() == {"error": "missing required field: name at proxy 2",
                              "status": 400, "proxies": None}
    assert not_a_list.status_code == 400


# -- toxics ---------------------------------------------------------------------------------


async def test_a_created_toxic_has_toxiproxys_defaults(
    api: httpx.AsyncClient, upstream: str
) -> None:
    await _create(api, "echo", upstream)

    answer = await api.post("/proxies/echo/toxics", json={
        "type": "latency", "attributes": {"latency": 150}})

    assert answer.status_code == 200  # Toxiproxy answers 200 here, not 201
    assert answer.json() == {
        "attributes": {"latency": 150, "jitter": 0}, "name": "latency_downstream",
        "type": "latency", "stream": "downstream", "toxicity": 1.0}
    assert (await api.get("/proxies/echo/toxics/latency_downstream")).json() == answer.json()
    assert (await api.get("/proxies/echo")).json()["toxics"] == [answer.json()]


async def test_every_toxic_type_has_its_attributes(
    api: httpx.AsyncClient, upstream: str
) -> None:
    await _create(api, "echo", upstream)
    expected = {
        "latency": {"latency": 0, "jitter": 0}, "bandwidth": {"rate": 0},
        "slow_close": {"delay": 0}, "timeout": {"timeout": 0},
        "reset_peer": {"timeout": 0},
        "slicer": {"average_size": 0, "size_variation": 0, "delay": 0},
        "limit_data": {"bytes": 0}, "noop": {},
    }
    got = {}
    for toxic_type in expected:
        answer = await api.post("/proxies/echo/toxics", json={
            "type": toxic_type, "stream": "upstream", "attributes": {"unknown": 1}})
        got[toxic_type] = answer.json()["attributes"]
        await api.delete(f"/proxies/echo/toxics/{toxic_type}_upstream")

    assert got == expected


async def test_toxic_errors_answer_with_toxiproxys_messages(
    api: httpx.AsyncClient, upstream: str
) -> None:
    await _create(api, "echo", upstream)
    await api.post("/proxies/echo/toxics", json={"type": "latency", "name": "lag"})

    def post(body: dict[str, Any]) -> Any:
        return api.post("/proxies/echo/toxics", json=body)

    duplicate = await post({"type": "timeout", "name": "lag", "stream": "upstream"})
    bad_type = await post({"type": "lag"})
    bad_stream = await post({"type": "latency", "stream": "sideways"})
    bad_attribute = await post({"type": "latency", "attributes": {"latency": "100"}})
    fractional = await post({"type": "latency", "attributes": {"latency": 1.5}})
    no_proxy = await api.post("/proxies/ghost/toxics", json={"type": "latency"})
    no_toxic = await api.get("/proxies/echo/toxics/ghost")

    assert (duplicate.status_code, duplicate.json()) == (
        409, {"error": "toxic already exists", "status": 409})
    assert (bad_type.status_code, bad_type.json()) == (
        400, {"error": "invalid toxic type", "status": 400})
    assert bad_stream.json() == {
        "error": "stream was invalid, can be either upstream or downstream", "status": 400}
    assert bad_attribute.status_code == 400
    assert bad_attribute.json()["error"].startswith("bad request body: ")
    assert fractional.status_code == 400
    assert (no_proxy.status_code, no_proxy.json()["error"]) == (404, "proxy not found")
    assert (no_toxic.status_code, no_toxic.json()) == (
        404, {"error": "toxic not found", "status": 404})


async def test_toxics_are_listed_upstream_first_updated_in_place_and_deleted(
    api: httpx.AsyncClient, upstream: str
) -> None:
    await _create(api, "echo", upstream)
    await api.post("/proxies/echo/toxics", json={"type": "latency", "attributes": {
        "latency": 10, "jitter": 5}})
    await api.post("/proxies/echo/toxics", json={"type": "slicer", "stream": "upstream"})

    listed = await api.get("/proxies/echo/toxics")
    updated = await api.post("/proxies/echo/toxics/latency_downstream", json={
        "attributes": {"latency": 200}, "toxicity": 0.5, "type": "timeout"})
    patched = await api.patch("/proxies/echo/toxics/latency_downstream", json={})
    deleted = await api.delete("/proxies/echo/toxics/latency_downstream")
    gone = await api.delete("/proxies/echo/toxics/latency_downstream")

    assert [t["name"] for t in listed.json()] == ["slicer_upstream", "latency_downstream"]
    assert updated.status_code == 200
    assert updated.json() == {
        "attributes": {"latency": 200, "jitter": 5}, "name": "latency_downstream",
        "type": "latency", "stream": "downstream", "toxicity": 0.5}
    assert patched.json() == updated.json()
    assert (deleted.status_code, deleted.content) == (204, b"")
    assert gone.status_code == 404


async def test_reset_enables_every_proxy_and_removes_every_toxic(
    api: httpx.AsyncClient, upstream: str
) -> None:
    await _create(api, "one", upstream)
    await _create(api, "two", upstream)
    await api.post("/proxies/one/toxics", json={"type": "latency"})
    await api.post("/proxies/two/toxics", json={"type": "timeout", "stream": "upstream"})
    await api.post("/proxies/two", json={"enabled": False})

    reset = await api.post("/reset")

    assert (reset.status_code, reset.content) == (204, b"")
    proxies = (await api.get("/proxies")).json()
    assert {n: (p["enabled"], p["toxics"]) for n, p in proxies.items()} == {
        "one": (True, []), "two": (True, [])}


async def test_version_metrics_and_browsers(
    fp: FaultProxy, api: httpx.AsyncClient, upstream: str
) -> None:
    created = await _create(api, "echo", upstream)
    await median_round_trip(int(created["listen"].rsplit(":", 1)[1]), 2)

    version = await api.get("/version")
    metrics = await api.get("/metrics")
    browser = await api.get("/proxies", headers={"User-Agent": "Mozilla/5.0 (X11)"})
    unknown = await api.get("/nope")

    assert version.json() == {"version": VERSION}
    assert version.headers["content-type"].startswith("application/json")
    assert metrics.status_code == 200
    labels = f'direction="upstream",listener="{created["listen"]}",proxy="echo"'
    assert f"toxiproxy_proxy_received_bytes_total{{{labels}" in metrics.text
    assert 'faultproxy_connections_accepted_total{proxy="echo"} 1' in metrics.text
    assert browser.status_code == 403
    assert unknown.status_code == 404


async def test_the_python_api_raises_the_same_errors(fp: FaultProxy, upstream: str) -> None:
    from chaos.faultproxy import ApiError

    await fp.create_proxy("echo", upstream)
    with pytest.raises(ApiError) as exists:
        await fp.create_proxy("echo", upstream)
    with pytest.raises(ApiError) as bad:
        await fp.add_toxic("echo", "latency", stream="sideways")

    assert (exists.value.status, exists.value.message) == (409, "proxy already exists")
    assert bad.value.status == 400


# -- the command line -----------------------------------------------------------------------


def _start_cli(*args: str) -> tuple[subprocess.Popen[str], str]:
    """``python -m chaos.faultproxy ARGS``, and the first line it printed."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "chaos.faultproxy", *args], cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    return proc, line


async def test_the_command_line_serves_the_config_until_sigterm(tmp_path: Path) -> None:
    async with echo_server() as port:
        config = tmp_path / "proxies.json"
        config.write_text(json.dumps([{"name": "echo", "listen": f"{HOST}:0",
                                       "upstream": f"{HOST}:{port}"}]))
        proc, first = await anyio.to_thread.run_sync(
            _start_cli, "--port", "0", "--config", str(config), "--seed", "3")
        try:
            assert " faultproxy: API on http://127.0.0.1:" in first, first
            url = first.split("API on ", 1)[1].split(",", 1)[0]
            async with httpx.AsyncClient(base_url=url, timeout=5) as api:
                proxy = (await api.get("/proxies/echo")).json()
            assert await median_round_trip(int(proxy["listen"].rsplit(":", 1)[1]), 2) < 0.05
        finally:
            proc.send_signal(signal.SIGTERM)
            out, err = await anyio.to_thread.run_sync(lambda: proc.communicate(timeout=10))

    assert proc.returncode == 0, err
    assert "stopping" in out


async def test_the_command_line_refuses_a_taken_port_and_a_bad_config(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"name": "not a list"}')
    with socket.socket() as taken:
        taken.bind((HOST, 0))
        taken.listen()
        port = taken.getsockname()[1]

        def run(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [sys.executable, "-m", "chaos.faultproxy", *args], cwd=PROJECT_ROOT,
                capture_output=True, text=True, timeout=30, check=False)

        port_taken = await anyio.to_thread.run_sync(run, "--port", str(port))
        bad_config = await anyio.to_thread.run_sync(run, "--port", "0", "--config", str(bad))

    assert port_taken.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in port_taken.stderr
    assert bad_config.returncode == 1
    assert "expected a JSON list of proxies" in bad_config.stderr
