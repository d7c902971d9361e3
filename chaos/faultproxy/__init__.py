"""A userspace TCP fault proxy that speaks Toxiproxy's HTTP API (anyio; the API on aiohttp).

Toxiproxy cannot be installed here, so this is a stand-in close enough that Toxiproxy's
clients drive it unmodified (``toxiproxy-python``, ``chaostoolkit-toxiproxy``, curl):
the same routes, JSON shapes, defaults and status codes, the seven toxics with their
attribute names and units, chains spliced into live connections. Added: a seedable random
source, every delay on anyio's clock, and connection counters on ``GET /metrics``.

    async with FaultProxy(port=0, seed=7) as fp:
        pg = await fp.create_proxy("postgres", upstream="127.0.0.1:5432")
        await fp.add_toxic("postgres", "latency", attributes={"latency": 150})

Or as a process: ``python -m chaos.faultproxy [--host 127.0.0.1] [--port 8474]
[--config proxies.json] [--seed N]``. chaos/README.md has the SRE's view (the toxics
table, routing PostgreSQL and Redis through it, ``chaos/lag_network.sh``).

Layout: ``_server`` (``FaultProxy``: the proxies and every change, under one lock),
``_api`` (the HTTP routes), ``_proxy`` (``Proxy``: listener and connections), ``_link``
(a connection's two links and the splicing), ``_toxics`` (one coroutine per toxic type),
``_pipe`` (the pipes between toxics), ``_model`` (fields, parsing, errors).
"""

from ._model import API_PORT, TOXIC_TYPES, VERSION, ApiError, Toxic
from ._proxy import Proxy
from ._server import FaultProxy, load_config

__all__ = [
    "API_PORT",
    "TOXIC_TYPES",
    "VERSION",
    "ApiError",
    "FaultProxy",
    "Proxy",
    "Toxic",
    "load_config",
]
