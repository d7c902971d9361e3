"""``AnthropicEmulator``: an aiohttp server speaking the Messages API on 127.0.0.1.

One request to ``POST /v1/messages`` goes through these steps:
``_handle_messages`` → ``_read_body`` → log it → ``_check_key`` → ``FaultPlan.decide`` →
(delay) → ``_answer_fault`` or ``wire.validate`` → ``_answer`` (model text → stop rules →
message body). Any other path under ``/v1`` answers 404 ``not_found_error`` as JSON.

asyncio only (aiohttp). Bound to 127.0.0.1 only: it is a test double, never a service.
"""

from __future__ import annotations

import asyncio
import json
import random
from types import TracebackType
from typing import Any, Final, Self

import msgspec
from aiohttp import web
from aiohttp.typedefs import Handler

from . import _wire as wire
from ._control import add_control_routes
from ._faults import Decision, FaultKind, FaultPlan, FaultRule, FaultSpec
from ._log import RecordedRequest, RequestLog
from ._model import answer_text, echo_text, malformed_text

HOST: Final = "127.0.0.1"
_STATUS_ERRORS: Final = {
    FaultKind.RATE_LIMIT: (
        429,
        "rate_limit_error",
        "Number of request tokens has exceeded your per-minute rate limit (emulated).",
    ),
    FaultKind.OVERLOADED: (529, "overloaded_error", "Overloaded (emulated)."),
    FaultKind.SERVER_ERROR: (500, "api_error", "Internal server error (emulated)."),
}
_DEFAULT_RATE_LIMIT_RETRY_AFTER: Final = 1.0
_NO_RESPONSE: Final = frozenset({FaultKind.HANG.value, FaultKind.DISCONNECT.value})


class AnthropicEmulator:
    """The Anthropic Messages API, emulated, with faults on demand.

    ``async with AnthropicEmulator(port=0, api_key="test-key") as emu:`` starts it;
    point the SDK at ``emu.base_url`` with the same key (``x-api-key`` or
    ``Authorization: Bearer``). ``port=0`` picks a free port. ``seed`` seeds the random
    draws of probabilistic faults. The key is never logged, printed or shown in ``repr``.

    Control (here, or as JSON under ``/_emu/``, see ``_control``): ``inject`` a fault,
    ``clear_faults``, read ``requests``, ``await wait_for_requests(n)``, ``reset``.
    """

    def __init__(self, *, port: int = 0, api_key: str = "test-key", seed: int = 0) -> None:
        self._requested_port = port
        self._api_key = api_key
        self._plan = FaultPlan(random.Random(seed))
        self._log = RequestLog()
        self._release = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._port: int | None = None

    def __repr__(self) -> str:
        where = self.base_url if self._port is not None else "not started"
        return f"<AnthropicEmulator {where}>"

    # -- lifecycle ---------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def start(self) -> None:
        """Bind 127.0.0.1:``port`` and start serving. Raises ``OSError`` if the port is taken."""
        if self._runner is not None:
            raise RuntimeError("the emulator is already started")
        runner = web.AppRunner(
            self._make_app(), handler_cancellation=True, shutdown_timeout=1.0, access_log=None
        )
        await runner.setup()
        site = web.TCPSite(runner, HOST, self._requested_port)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self._port = int(runner.addresses[0][1])

    async def aclose(self) -> None:
        """Release hung requests, stop serving and close every connection. Idempotent."""
        runner, self._runner = self._runner, None
        if runner is None:
            return
        self._release.set()
        await runner.cleanup()

    @property
    def port(self) -> int:
        """The bound port. Raises ``RuntimeError`` before ``start``."""
        if self._port is None:
            raise RuntimeError("the emulator is not started")
        return self._port

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>``: the SDK's ``base_url`` (it appends ``/v1/messages``)."""
        return f"http://{HOST}:{self.port}"

    # -- control -----------------------------------------------------------------------

    def inject(
        self,
        kind: FaultKind | str,
        *,
        times: int | None = 1,
        probability: float = 1.0,
        after: int = 0,
        retry_after: float | None = None,
        should_retry: bool | None = None,
        delay: float = 0.0,
        **answer: Any,
    ) -> FaultRule:
        """Add a fault rule (semantics in ``_faults``) and return it; its counters stay live.
        ``answer`` holds the other ``FaultSpec`` fields (``content``, ``stop_reason``,
        ``status``, ``body``, ``headers``, ``chunk``)."""
        spec = FaultSpec(
            kind=FaultKind(kind),
            times=times,
            probability=probability,
            after=after,
            retry_after=retry_after,
            should_retry=should_retry,
            delay=delay,
            **answer,
        )
        return self.add_fault(spec)

    def add_fault(self, spec: FaultSpec) -> FaultRule:
        """Add a rule from a ready ``FaultSpec`` (validated by ``msgspec.convert``)."""
        return self._plan.add(msgspec.convert(msgspec.to_builtins(spec), FaultSpec))

    @property
    def faults(self) -> tuple[FaultRule, ...]:
        """Every rule injected since the last reset, exhausted ones included."""
        return self._plan.rules

    def clear_faults(self) -> None:
        """Remove every fault rule; requests already hanging stay hung until ``reset``."""
        self._plan.clear()

    @property
    def requests(self) -> tuple[RecordedRequest, ...]:
        """Every ``/v1/messages`` request since the last reset, in arrival order."""
        return self._log.entries

    async def wait_for_requests(
        self,
        count: int,
        *,
        timeout: float = 5.0,
    ) -> tuple[RecordedRequest, ...]:
        """Wait until ``count`` requests have arrived since the last reset; return them all.

        Raises ``TimeoutError`` after ``timeout`` seconds.
        """
        async with asyncio.timeout(timeout):
            return await self._log.wait_for(count)

    def reset(self) -> None:
        """Clear the log and the faults, and release every hung request (it is disconnected)."""
        self._plan.clear()
        self._log.clear()
        self._release.set()
        self._release = asyncio.Event()

    # -- the API -----------------------------------------------------------------------

    def _make_app(self) -> web.Application:
        app = web.Application(middlewares=[_json_errors])
        app.router.add_post("/v1/messages", self._handle_messages)
        add_control_routes(app, self)
        return app

    async def _handle_messages(self, request: web.Request) -> web.StreamResponse:
        request_id = wire.new_request_id()
        body = await _read_body(request)
        entry = self._log.record(request_id=request_id, headers=request.headers, body=body)
        response = await self._respond(request, entry, body)
        if entry.fault not in _NO_RESPONSE:
            entry.status = response.status
        return response

    async def _respond(
        self, request: web.Request, entry: RecordedRequest, body: Any
    ) -> web.StreamResponse:
        if not self._check_key(request):
            return _error(401, "authentication_error", "invalid x-api-key", entry.request_id)
        decision = self._plan.decide()
        if decision.delay:
            await asyncio.sleep(decision.delay)
        fault = decision.fault
        entry.fault = _fault_name(decision)
        if fault is not None and fault.kind in _STATUS_ERRORS:
            return _status_fault(fault, entry.request_id)
        if fault is not None and fault.kind is FaultKind.HANG:
            await self._release.wait()
            return _disconnect(request)
        if fault is not None and fault.kind is FaultKind.DISCONNECT:
            return _disconnect(request)
        if fault is not None and fault.kind is FaultKind.RAW:
            return web.Response(
                status=fault.status, text=fault.body, content_type="application/json",
                headers={wire.REQUEST_ID_HEADER: entry.request_id, **fault.headers},
            )
        try:
            valid = wire.validate(body)
        except wire.InvalidRequest as exc:
            return _error(400, "invalid_request_error", str(exc), entry.request_id)
        answer = _answer(valid, fault, entry.request_id)
        if fault is not None and fault.kind in (FaultKind.TRICKLE, FaultKind.CUT):
            return await _send_slowly(request, answer, fault)
        return answer

    def _check_key(self, request: web.Request) -> bool:
        return wire.presented_key(request.headers) == self._api_key


def _fault_name(decision: Decision) -> str | None:
    """The log's name for what was done: the deciding fault, else "latency" if delayed."""
    if decision.fault is not None:
        return str(decision.fault.kind)
    return str(FaultKind.LATENCY) if decision.delay else None


async def _read_body(request: web.Request) -> Any:
    """The request body parsed as JSON, or None when it is not JSON."""
    raw = await request.read()
    try:
        return json.loads(raw)
    except ValueError:
        return None


def _answer(body: dict[str, Any], fault: FaultSpec | None, request_id: str) -> web.Response:
    kind = None if fault is None else fault.kind
    if kind is FaultKind.ECHO:
        text = echo_text(body)
    elif kind is FaultKind.MALFORMED_JSON:
        text = malformed_text(body)
    else:
        text = answer_text(body)
    text, stop_reason, stop_sequence = wire.finish(
        text, body["max_tokens"], body.get("stop_sequences")
    )
    message = wire.message_body(
        model=body["model"],
        text=text,
        stop_reason=stop_reason,
        stop_sequence=stop_sequence,
        input_tokens=wire.count_tokens(json.dumps(body["messages"]) + str(body.get("system"))),
    )
    if kind is FaultKind.REPLY and fault is not None:
        if fault.content is not msgspec.UNSET:
            message["content"] = fault.content
        if fault.stop_reason is not msgspec.UNSET:
            message["stop_reason"] = fault.stop_reason
    return web.json_response(message, headers={wire.REQUEST_ID_HEADER: request_id})


async def _send_slowly(
    request: web.Request, answer: web.Response, fault: FaultSpec
) -> web.StreamResponse:
    """Send ``answer`` ``chunk`` bytes every ``delay`` seconds (TRICKLE), or its headers
    and first half, then close the connection (CUT: a reset in the middle of the body)."""
    data = bytes(answer.body or b"")  # type: ignore[arg-type]
    response = web.StreamResponse(status=answer.status, headers=answer.headers)
    response.content_length = len(data)
    await response.prepare(request)
    if fault.kind is FaultKind.CUT:
        await response.write(data[: len(data) // 2])
        if request.transport is not None:
            request.transport.close()
        return response
    for start in range(0, len(data), fault.chunk):
        await response.write(data[start : start + fault.chunk])
        await asyncio.sleep(fault.delay)
    await response.write_eof()
    return response


def _status_fault(fault: FaultSpec, request_id: str) -> web.Response:
    status, error_type, message = _STATUS_ERRORS[fault.kind]
    headers: dict[str, str] = {}
    retry_after = fault.retry_after
    if retry_after is None and fault.kind is FaultKind.RATE_LIMIT:
        retry_after = _DEFAULT_RATE_LIMIT_RETRY_AFTER
    if retry_after is not None:
        headers["retry-after"] = wire.format_seconds(retry_after)
    if fault.should_retry is not None:
        headers["x-should-retry"] = "true" if fault.should_retry else "false"
    return _error(status, error_type, message, request_id, headers)


def _error(
    status: int,
    error_type: str,
    message: str,
    request_id: str,
    headers: dict[str, str] | None = None,
) -> web.Response:
    return web.json_response(
        wire.error_body(error_type, message, request_id),
        status=status,
        headers={wire.REQUEST_ID_HEADER: request_id, **(headers or {})},
    )


def _disconnect(request: web.Request) -> web.Response:
    """Close the connection without a response; the client sees a transport error."""
    if request.transport is not None:
        request.transport.close()
    return web.Response(status=204)  # never reaches the client: the transport is closed


@web.middleware
async def _json_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Answer unknown API paths and methods the way the real API does: a JSON error."""
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if request.path.startswith("/_emu/") or exc.status < 400:
            raise
        error_type = "not_found_error" if exc.status in (404, 405) else "invalid_request_error"
        return _error(exc.status, error_type, exc.reason, wire.new_request_id())
