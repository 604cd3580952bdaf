"""A scripted OpenAI-compatible chat-completions server on 127.0.0.1, for tests of the LLM path.

Each test scripts a queue of replies; the server answers one request per reply, in order, and records
every request it receives (body and headers), so a test can assert both what promo-ai sent and what
it did with each answer. Requests go through litellm's real HTTP path: nothing of ours is patched.

    from tests import scripted_server as scripted
    from tests.scripted_server import ScriptedServer, answer, error

    scripted_server = scripted.scripted_server  # the fixture, visible to this module's tests

    def test_good_answer(scripted_server: ScriptedServer) -> None:
        scripted_server.script(answer({"subject": "..."}))
        ... structured(..., model=scripted_server.model, api_base=scripted_server.api_base)

A reply adapts to the request: a request with `tools` gets a tool call to the requested function,
one without gets the JSON as message content; `"stream": true` gets Server-Sent Events.
"""

from __future__ import annotations

import contextlib
import json
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

MODEL = "openai/test-model"
DUMMY_KEY = "sk-test-not-a-real-key-0123456789"
PROVIDER_KEY = "sk-provider-key-that-must-stay-home"


@dataclass
class Reply:
    """One scripted answer.

    status/headers/raw_body: an HTTP error or a broken body, sent as is.
    arguments: the JSON text of the model's answer (a tool call's arguments, or the content in JSON mode).
    delay: seconds to wait before answering (for timeouts).
    truncate_at: stop after this many characters of `arguments`; a stream is cut without [DONE]
        (the connection just closes), a plain answer says finish_reason="length".
    chunk_size: characters of `arguments` per streamed chunk.
    chunk_delay: seconds between two streamed chunks (the first is sent at once).
    drip: send the whole response body one byte at a time, this many seconds apart (headers at once).
    endless: a stream that never ends: after `arguments`, a chunk of one space every chunk_delay (or
        as fast as the client reads), until the client goes away or the server stops.
    """

    status: int = 200
    arguments: str | None = None
    raw_body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    truncate_at: int | None = None
    chunk_size: int = 40
    chunk_delay: float = 0.0
    usage: tuple[int, int] = (120, 80)
    as_text: bool = False  # answer in message content even when the request offered tools
    drip: float = 0.0
    endless: bool = False


def answer(data: dict[str, Any] | str, **options: Any) -> Reply:
    """The model answers with this object (or this exact JSON text)."""
    text = data if isinstance(data, str) else json.dumps(data)
    return Reply(arguments=text, **options)


def error(status: int, message: str = "scripted failure", *, retry_after: float | None = None,
          delay: float = 0.0) -> Reply:
    body = json.dumps({"error": {"message": message, "type": "scripted", "code": status}}).encode()
    headers = {"Retry-After": f"{retry_after:g}"} if retry_after is not None else {}
    return Reply(status=status, raw_body=body, headers=headers, delay=delay)


def garbage(body: bytes = b"{this is not json", status: int = 200) -> Reply:
    return Reply(status=status, raw_body=body)


def hang() -> Reply:
    """Read the request, then never answer (until the server stops)."""
    return Reply(delay=3600.0)


def huge(megabytes: float = 10.0, **options: Any) -> Reply:
    """An answer of this many megabytes: one JSON object whose subject never ends."""
    return Reply(arguments='{"subject": "' + "x" * int(megabytes * 1_000_000) + '"}', **options)


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    raw: bytes
    at: float

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages") or [])

    def text(self) -> str:
        """Every message's text, tool results included, joined: what the model was shown."""
        parts: list[str] = []
        for message in self.messages:
            content = message.get("content")
            if isinstance(content, str):
                parts.append(content)
            elif isinstance(content, list):
                parts += [c.get("text", "") for c in content if isinstance(c, dict)]
        return "\n".join(parts)


class _QuietServer(ThreadingHTTPServer):
    """A client that gives up (a deadline, a cancel) resets its connection: expected here, not printed."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            super().handle_error(request, client_address)


class ScriptedServer:
    """The server and its script. `requests` holds what it received, in order."""

    def __init__(self) -> None:
        self.replies: deque[Reply] = deque()
        self.fallback: Reply | None = None
        self.requests: list[Received] = []
        self.unscripted = 0
        self.ollama_tags: list[str] | None = None  # when set, GET /api/tags answers like an Ollama server
        self.closing = threading.Event()  # set when the server stops: slow replies give up
        self._lock = threading.Lock()
        self._httpd = _QuietServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._httpd.block_on_close = False  # type: ignore[attr-defined]
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02},
                                        name="scripted-llm", daemon=True)

    # --- scripting ------------------------------------------------------------------------------
    def script(self, *replies: Reply, then: Reply | None = None) -> ScriptedServer:
        """Answer the next requests with these replies, in order; afterwards with `then` (if given)."""
        with self._lock:
            self.replies.extend(replies)
            if then is not None:
                self.fallback = then
        return self

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def model(self) -> str:
        return MODEL

    def start(self) -> ScriptedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.closing.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def _next(self, received: Received) -> Reply:
        with self._lock:
            self.requests.append(received)
            if self.replies:
                return self.replies.popleft()
            if self.fallback is not None:
                return self.fallback
            self.unscripted += 1
        return error(599, "the test did not script this request")

    # --- HTTP -------------------------------------------------------------------------------------
    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                return

            def do_GET(self) -> None:
                if self.path.rstrip("/") == "/api/tags" and server.ollama_tags is not None:
                    self._send_json(200, {"models": [{"name": n, "model": n} for n in server.ollama_tags]})
                elif self.path.rstrip("/").endswith("/models"):
                    self._send_json(200, {"object": "list", "data": [{"id": "test-model", "object": "model"}]})
                else:
                    self._send_json(404, {"error": {"message": "not found"}})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._send_json(404, {"error": {"message": f"no route {self.path}"}})
                    return
                try:
                    body = json.loads(raw or b"{}")
                except json.JSONDecodeError:
                    body = {}
                received = Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body, raw,
                                    time.monotonic())
                reply = server._next(received)
                self.drip = reply.drip
                if reply.delay and server.closing.wait(reply.delay):
                    return
                with contextlib.suppress(BrokenPipeError, ConnectionResetError, _Stopped):  # the client gave up
                    self._reply(reply, body)

            def _write(self, data: bytes) -> None:
                """Write (dripped one byte at a time when the reply says so), unless the server stops."""
                if server.closing.is_set():
                    raise _Stopped
                if not getattr(self, "drip", 0.0):
                    self.wfile.write(data)
                    self.wfile.flush()
                    return
                for index in range(len(data)):
                    if server.closing.wait(self.drip):
                        raise _Stopped
                    self.wfile.write(data[index:index + 1])
                    self.wfile.flush()

            def _send_json(self, status: int, data: Any, headers: dict[str, str] | None = None) -> None:
                self._send_bytes(status, json.dumps(data).encode(), "application/json", headers)

            def _send_bytes(self, status: int, payload: bytes, content_type: str,
                            headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(payload)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.flush()
                self._write(payload)

            def _reply(self, reply: Reply, request: dict[str, Any]) -> None:
                if reply.raw_body is not None or reply.status != 200:
                    self._send_bytes(reply.status, reply.raw_body or b"{}", "application/json", reply.headers)
                    return
                text = reply.arguments or ""
                cut = reply.truncate_at is not None and reply.truncate_at < len(text)
                if cut:
                    text = text[: reply.truncate_at]
                tool = None if reply.as_text else _requested_tool(request)
                if request.get("stream"):
                    self._stream(reply, request, text, tool, cut)
                elif reply.endless:
                    self._endless(reply, json.dumps(_completion(request, text, tool, cut, reply.usage)))
                else:
                    self._send_json(200, _completion(request, text, tool, cut, reply.usage), reply.headers)

            def _endless(self, reply: Reply, body: str) -> None:
                """A body that never ends: the answer's first half, then spaces until the client goes."""
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Connection", "close")
                self.end_headers()
                self._write(body[: len(body) // 2].encode())
                while not server.closing.wait(reply.chunk_delay or 0.01):
                    self._write(b" " * 64)

            def _stream(self, reply: Reply, request: dict[str, Any], text: str, tool: str | None,
                        cut: bool) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                if cut:
                    self.send_header("Connection", "close")  # no length, no [DONE]: the stream just stops
                else:
                    self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                chunked = not cut

                self.wfile.flush()

                def send(data: str) -> None:
                    payload = f"data: {data}\n\n".encode()
                    self._write(f"{len(payload):x}\r\n".encode() + payload + b"\r\n" if chunked else payload)

                def pause() -> None:
                    if reply.chunk_delay and server.closing.wait(reply.chunk_delay):
                        raise _Stopped

                for index, piece in enumerate(_pieces(text, reply.chunk_size)):
                    if index:
                        pause()
                    send(json.dumps(_chunk(request, piece, tool, first=index == 0)))
                while reply.endless:
                    pause()
                    send(json.dumps(_chunk(request, " ", tool, first=False)))
                if cut:
                    self.close_connection = True
                    return
                final = _chunk(request, None, tool, first=False)
                final["choices"][0]["finish_reason"] = "tool_calls" if tool else "stop"
                send(json.dumps(final))
                prompt_tokens, completion_tokens = reply.usage
                if (request.get("stream_options") or {}).get("include_usage"):
                    usage_chunk = _chunk(request, None, tool, first=False)
                    usage_chunk["choices"] = []
                    usage_chunk["usage"] = {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                                            "total_tokens": prompt_tokens + completion_tokens}
                    send(json.dumps(usage_chunk))
                send("[DONE]")
                self._write(b"0\r\n\r\n")

        return Handler


class _Stopped(Exception):
    """The server is stopping: a slow reply ends here."""


def _requested_tool(request: dict[str, Any]) -> str | None:
    tools = request.get("tools") or []
    if not tools:
        return None
    choice = request.get("tool_choice")
    if isinstance(choice, dict) and choice.get("function", {}).get("name"):
        return str(choice["function"]["name"])
    return str(tools[0].get("function", {}).get("name") or "answer")


def _pieces(text: str, size: int) -> Iterator[str]:
    for start in range(0, len(text), max(size, 1)):
        yield text[start:start + size]


def _completion(request: dict[str, Any], text: str, tool: str | None, cut: bool,
                usage: tuple[int, int]) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": None if tool else text}
    if tool:
        message["tool_calls"] = [{"id": "call_1", "type": "function",
                                  "function": {"name": tool, "arguments": text}}]
    finish = "length" if cut else ("tool_calls" if tool else "stop")
    prompt_tokens, completion_tokens = usage
    return {
        "id": "chatcmpl-scripted", "object": "chat.completion", "created": int(time.time()),
        "model": request.get("model", "test-model"),
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                  "total_tokens": prompt_tokens + completion_tokens},
    }


def _chunk(request: dict[str, Any], piece: str | None, tool: str | None, *, first: bool) -> dict[str, Any]:
    delta: dict[str, Any] = {}
    if first:
        delta["role"] = "assistant"
    if piece is not None:
        if tool:
            call: dict[str, Any] = {"index": 0, "function": {"arguments": piece}}
            if first:
                call.update(id="call_1", type="function")
                call["function"]["name"] = tool
            delta["tool_calls"] = [call]
        else:
            delta["content"] = piece
    return {
        "id": "chatcmpl-scripted", "object": "chat.completion.chunk", "created": int(time.time()),
        "model": request.get("model", "test-model"),
        "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
    }


def _import_libraries() -> None:
    """litellm and instructor imported before a test's clock starts. A cold import takes seconds (more on
    a busy machine) and counts against the deadline, which these tests keep short."""
    import instructor  # noqa: F401

    from promo_ai.llm.providers import load_litellm

    load_litellm()


@pytest.fixture
def scripted_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[ScriptedServer]:
    """A started server. PROMO_AI_API_KEY is the dummy key for it (sent only in the header); OPENAI_API_KEY
    holds a provider key that must never reach a server of one's own."""
    monkeypatch.setenv("PROMO_AI_API_KEY", DUMMY_KEY)
    monkeypatch.setenv("OPENAI_API_KEY", PROVIDER_KEY)
    monkeypatch.setenv("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    for variable in ("OPENAI_BASE_URL", "OPENAI_API_BASE", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY",
                     "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    _import_libraries()
    server = ScriptedServer().start()
    try:
        yield server
    finally:
        server.stop()
