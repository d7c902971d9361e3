"""chaos.faultproxy driven by Toxiproxy clients nobody here wrote: ``toxiproxy-python``
(module ``toxiproxy``) and the Chaos Toolkit extension ``chaostoolkit-toxiproxy`` (module
``chaostoxi``), unmodified. Both are synchronous (requests), so they run in a worker thread
while the proxy serves on the test's event loop; each effect is checked on the wire.

toxiproxy-python keeps its server address in class attributes (``APIConsumer.host`` and
``port``, 127.0.0.1:8474 by default) and changes them with ``update_api_consumer``, so the
proxy's API runs on a free port here and the attributes are restored after each test. One
test keeps both clients' defaults against ``FaultProxy()`` on 8474, Toxiproxy's port; it is
skipped, saying so, when that port is taken.
"""

from __future__ import annotations

import os
import socket
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, TypeVar

import anyio
import pytest
import toxiproxy  # type: ignore[import-untyped]
import toxiproxy.api  # type: ignore[import-untyped]
import toxiproxy.exceptions  # type: ignore[import-untyped]
from chaostoxi.proxy import actions as proxy_actions  # type: ignore[import-untyped]
from chaostoxi.proxy import probes as proxy_probes  # type: ignore[import-untyped]
from chaostoxi.toxic import actions as toxic_actions  # type: ignore[import-untyped]

from chaos.faultproxy import API_PORT, FaultProxy
from tests.chaos.test_faultproxy import HOST, closed_within, echo_server, median_round_trip

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

T = TypeVar("T")


async def in_thread(call: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    return await anyio.to_thread.run_sync(lambda: call(*args, **kwargs))


@pytest.fixture
async def upstream_port() -> AsyncIterator[int]:
    async with echo_server() as port:
        yield port


@pytest.fixture
async def fp() -> AsyncIterator[FaultProxy]:
    async with FaultProxy(port=0, seed=1) as proxy:
        yield proxy


@pytest.fixture
def toxiproxy_client(fp: FaultProxy) -> Iterator[Any]:
    consumer = toxiproxy.api.APIConsumer
    saved = consumer.host, consumer.port
    server = toxiproxy.Toxiproxy()
    server.update_api_consumer(HOST, fp.api_port)
    try:
        yield server
    finally:
        consumer.host, consumer.port = saved


@pytest.fixture
def chaos_config(fp: FaultProxy) -> Iterator[dict[str, Any]]:
    """A Chaos Toolkit configuration for the extension; ``create_proxy`` also writes
    ``<name>_PORT`` into os.environ, removed afterwards."""
    before = set(os.environ)
    yield {"toxiproxy_host": HOST, "toxiproxy_port": fp.api_port}
    for key in set(os.environ) - before:
        del os.environ[key]


def _port(listen: str) -> int:
    return int(listen.rsplit(":", 1)[1])


# -- toxiproxy-python -----------------------------------------------------------------------


async def test_toxiproxy_python_creates_proxies_and_toxics(
    fp: FaultProxy, toxiproxy_client: Any, upstream_port: int
) -> None:
    server = toxiproxy_client
    with anyio.fail_after(30):
        assert await in_thread(server.running)
        assert b"version" in await in_thread(server.version)
        proxy = await in_thread(server.create, upstream=f"{HOST}:{upstream_port}",
                                name="echo", listen=f"{HOST}:0")
        port = _port(proxy.listen)
        with pytest.raises(toxiproxy.exceptions.ProxyExists):
            await in_thread(server.create, upstream=f"{HOST}:{upstream_port}", name="echo")
        assert set(await in_thread(server.proxies)) == {"echo"}
        assert await median_round_trip(port, 3) < 0.05

        await in_thread(proxy.add_toxic, type="latency", attributes={"latency": 120})
        toxics = await in_thread(proxy.toxics)
        lagged = await median_round_trip(port, 3)
        assert await in_thread(proxy.destroy_toxic, "latency_downstream")
        after = await median_round_trip(port, 3)

        assert set(toxics) == {"latency_downstream"}
        assert toxics["latency_downstream"].attributes == {"latency": 120, "jitter": 0}
        assert toxics["latency_downstream"].stream == "downstream"
        assert 0.120 <= lagged <= 0.200
        assert after < 0.05
        with pytest.raises(toxiproxy.exceptions.NotFound):
            await in_thread(proxy.destroy_toxic, "latency_downstream")
        with pytest.raises(toxiproxy.exceptions.InvalidToxic):
            await in_thread(proxy.add_toxic, type="lag")


async def test_toxiproxy_python_disables_enables_resets_and_destroys(
    fp: FaultProxy, toxiproxy_client: Any, upstream_port: int
) -> None:
    server = toxiproxy_client
    with anyio.fail_after(30):
        proxy = await in_thread(server.create, upstream=f"{HOST}:{upstream_port}",
                                name="echo", listen=f"{HOST}:0")
        port = _port(proxy.listen)
        async with await anyio.connect_tcp(HOST, port) as open_connection:
            await in_thread(proxy.disable)
            assert await closed_within(open_connection, 2)
        with pytest.raises(OSError):
            await anyio.connect_tcp(HOST, port)
        assert fp.proxy("echo").enabled is False

        await in_thread(proxy.enable)
        assert await median_round_trip(port, 2) < 0.05

        await in_thread(proxy.add_toxic, type="timeout", stream="upstream",
                        attributes={"timeout": 0})
        await in_thread(proxy.disable)
        assert await in_thread(server.reset)
        assert fp.proxy("echo").enabled is True
        assert fp.proxy("echo").toxic_list() == []

        populated = await in_thread(server.populate, [
            {"name": "echo", "upstream": f"{HOST}:{upstream_port}", "listen": proxy.listen},
            {"name": "other", "upstream": f"{HOST}:{upstream_port}", "listen": f"{HOST}:0"},
        ])
        assert [p.name for p in populated] == ["other"]  # "echo" was already there

        await in_thread(server.destroy_all)
        assert fp.proxies == {}
        with pytest.raises(OSError):
            await anyio.connect_tcp(HOST, port)


# -- chaostoolkit-toxiproxy -----------------------------------------------------------------


async def test_chaostoolkit_toxiproxy_creates_probes_and_deletes_a_proxy(
    fp: FaultProxy, chaos_config: dict[str, Any], upstream_port: int
) -> None:
    with anyio.fail_after(30):
        created = await in_thread(
            proxy_actions.create_proxy, proxy_name="echo", upstream_host=HOST,
            upstream_port=upstream_port, listen_host=HOST, listen_port=0,
            configuration=chaos_config)
        port = int(chaos_config["echo_PORT"])

        assert created is True
        assert port == fp.proxy("echo").listen_port
        assert await in_thread(proxy_probes.proxy_exist, "echo", chaos_config) is True
        assert await in_thread(proxy_probes.get_proxy_attribute, "echo", "upstream",
                               chaos_config) == f"{HOST}:{upstream_port}"
        assert await median_round_trip(port, 2) < 0.05

        await in_thread(proxy_actions.delete_proxy, "echo", chaos_config)
        assert await in_thread(proxy_probes.proxy_exist, "echo", chaos_config) is False


async def test_chaostoolkit_toxiproxy_adds_and_removes_toxics_and_takes_a_proxy_down(
    fp: FaultProxy, chaos_config: dict[str, Any], upstream_port: int
) -> None:
    with anyio.fail_after(30):
        await in_thread(proxy_actions.create_proxy, proxy_name="echo", upstream_host=HOST,
                        upstream_port=upstream_port, listen_host=HOST,
                        configuration=chaos_config)
        port = int(chaos_config["echo_PORT"])

        assert await in_thread(toxic_actions.create_latency_toxic, for_proxy="echo",
                               toxic_name="lag", latency=150, jitter=0,
                               configuration=chaos_config)
        lagged = await median_round_trip(port, 3)
        assert await in_thread(toxic_actions.delete_toxic, "echo", "lag", chaos_config)
        after = await median_round_trip(port, 3)
        assert 0.150 <= lagged <= 0.230
        assert after < 0.05

        made = {
            "bw": await in_thread(toxic_actions.create_bandwith_degradation_toxic,
                                  "echo", "bw", 1000, chaos_config),
            "close": await in_thread(toxic_actions.create_slow_connection_close_toxic,
                                     "echo", "close", 100, chaos_config),
            "slices": await in_thread(toxic_actions.create_slicer_toxic,
                                      "echo", "slices", 100, 10, 50, chaos_config),
            "limit": await in_thread(toxic_actions.create_limiter_toxic,
                                     "echo", "limit", 4096, chaos_config),
            "hole": await in_thread(toxic_actions.create_timeout_toxic,
                                    "echo", "hole", 0, chaos_config),
        }
        assert made == dict.fromkeys(made, True)
        assert [(t.name, t.type, t.attributes) for t in fp.proxy("echo").toxic_list()] == [
            ("bw", "bandwidth", {"rate": 1000}),
            ("close", "slow_close", {"delay": 100}),
            ("slices", "slicer", {"average_size": 100, "size_variation": 10, "delay": 50}),
            ("limit", "limit_data", {"bytes": 4096}),
            ("hole", "timeout", {"timeout": 0}),
        ]

        assert await in_thread(proxy_actions.disable_proxy, "echo", chaos_config) is True
        with pytest.raises(OSError):
            await anyio.connect_tcp(HOST, port)
        assert await in_thread(proxy_actions.enable_proxy, "echo", chaos_config) is True
        assert await in_thread(proxy_actions.reset, chaos_config)
        assert fp.proxy("echo").toxic_list() == []
        assert await median_round_trip(port, 2) < 0.05

        assert await in_thread(proxy_actions.modify_proxy, "echo",
                               listen_address=f"{HOST}:0", configuration=chaos_config)
        assert int(chaos_config["echo_PORT"]) == fp.proxy("echo").listen_port


# -- both clients with their defaults: Toxiproxy's port ---------------------------------------


def _port_8474_free() -> bool:
    with socket.socket() as probe:
        try:
            probe.bind((HOST, API_PORT))
        except OSError:
            return False
    return True


async def test_both_clients_with_their_defaults_reach_the_api_on_8474(
    upstream_port: int,
) -> None:
    """``Toxiproxy()`` as it comes (127.0.0.1:8474) and a Chaos Toolkit configuration
    without ``toxiproxy_port`` (8474) against ``FaultProxy()`` with its default port."""
    consumer = toxiproxy.api.APIConsumer
    if (consumer.host, consumer.port) != (HOST, API_PORT):
        pytest.skip(f"toxiproxy-python's default is {consumer.host}:{consumer.port} here")
    if not _port_8474_free():
        pytest.skip(f"port {API_PORT} on {HOST} is taken (a real Toxiproxy?): "
                    "the default-port check needs it free")
    before = set(os.environ)
    try:
        with anyio.fail_after(30):
            async with FaultProxy() as fp:
                assert fp.api_port == API_PORT
                proxy = await in_thread(toxiproxy.Toxiproxy().create,
                                        upstream=f"{HOST}:{upstream_port}", name="echo",
                                        listen=f"{HOST}:0")
                config = {"toxiproxy_host": HOST}
                assert await in_thread(toxic_actions.create_latency_toxic, "echo", "lag",
                                       80, 0, config)
                lagged = await median_round_trip(_port(proxy.listen), 2)
                assert await in_thread(proxy_actions.delete_proxy, "echo", config) is None
                assert fp.proxies == {}
    finally:
        for key in set(os.environ) - before:
            del os.environ[key]

    assert 0.080 <= lagged <= 0.150
