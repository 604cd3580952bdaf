"""One clock for every wait: the limits of a model call, and a call run where its waits can be cut.

An HTTP read timeout bounds one read, not a call: a server that sends one byte every half second, or
streams forever, never trips it. So every model call runs in a worker thread (`Call`), which hands the
answer, or each part of a streamed answer, over a queue; the person's thread waits on that queue no
longer than the limits allow, measured on the job's clock, and a cancel wakes it. When a wait runs
out, the call is abandoned: its stream and its HTTP client are closed, so the worker ends at the next
byte (or at its read timeout), and the person's action goes on at once.

`within` is the same idea for any blocking call (the guidance lookup uses it).

Limits (`Limits.of`): a model on this machine (Ollama, a server on localhost) may take tens of seconds
to read a long prompt on a CPU, so its answer may take settings.local_first_answer to start, and
settings.timeout more to be written, within settings.local_deadline in all unless PROMO_AI_DEADLINE is
set; any other model has settings.timeout for a call, within settings.deadline. Between two parts of a
streamed answer, at most settings.stall.
"""

from __future__ import annotations

import atexit
import contextvars
import logging
import queue
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from promo_ai.llm.failures import Reason
from promo_ai.llm.providers import is_cloud
from promo_ai.settings import Settings

log = logging.getLogger(__name__)

T = TypeVar("T")
SLICE = 0.05  # seconds between two looks at the cancel and the job's clock while waiting
QUEUE_SIZE = 256  # parts of a stream read ahead of the person's thread, at most
EXIT_GRACE = 1.0  # seconds the process waits, at exit, for abandoned calls to end (their connections are closed)

ANSWER, STARTED, CHUNK, END, ERROR = "answer", "started", "chunk", "end", "error"


@dataclass(frozen=True)
class Limits:
    """How long one call may wait, in seconds: for its answer to start (`first`; a call not streamed
    has `call` for its whole answer), between two parts of a streamed answer (`stall`), in all (`call`)."""

    first: float
    stall: float
    call: float
    deadline: float
    local: bool

    @classmethod
    def of(cls, settings: Settings, model: str, api_base: str | None) -> Limits:
        local = not is_cloud(model, api_base)
        first = settings.local_first_answer if local else settings.timeout
        call = first + settings.timeout if local else settings.timeout
        # PROMO_AI_DEADLINE, once set, is the budget of every action; unset, a model on this machine
        # gets the longer local_deadline.
        deadline, which = settings.deadline, "PROMO_AI_DEADLINE"
        if local and "deadline" not in settings.model_fields_set and settings.local_deadline > deadline:
            deadline, which = settings.local_deadline, "PROMO_AI_LOCAL_DEADLINE"
        return cls(first=first, stall=min(settings.stall, call), call=call, deadline=deadline, local=local,
                   deadline_setting=which)

    deadline_setting: str = "PROMO_AI_DEADLINE"

    @property
    def first_setting(self) -> str:
        return "PROMO_AI_LOCAL_FIRST_ANSWER" if self.local else "PROMO_AI_TIMEOUT"

    def next_end(self, started: float, began: float, last: float | None, *, streamed: bool = True
                 ) -> tuple[float, Expiry]:
        """When the next wait of a call must end (on the job's clock) and why: the earliest of the
        deadline (the job `started`), the call's own limit (it `began`), and, for a streamed answer,
        the first-answer limit (nothing received yet: `last` is None) or the stall limit (since the
        `last` part). An answer not streamed arrives whole: the call's own limit is its limit."""
        ends = [(started + self.deadline, Expiry(Reason.DEADLINE, self.deadline, self.deadline_setting)),
                (began + self.call, Expiry(Reason.TIMEOUT, self.call, self.first_setting))]
        if streamed and last is None:
            ends.append((began + self.first, Expiry(Reason.TIMEOUT, self.first, self.first_setting)))
        elif streamed and last is not None:
            ends.append((last + self.stall, Expiry(Reason.STALLED, self.stall, "PROMO_AI_STALL")))
        return min(ends, key=lambda end: end[0])


@dataclass(frozen=True)
class Expiry:
    """Which limit ended a wait: the reason to give, the limit in seconds and the setting that sets it."""

    reason: Reason
    limit: float
    setting: str


class Call:
    """One blocking call (and, when `streamed`, the iteration of what it returns) in a daemon thread.

    Items reach the queue as (kind, value): ANSWER (not streamed), or STARTED then CHUNK... then END
    (streamed), or ERROR with the exception. `abandon()` stops it: the worker stops reading, and each
    closer (the stream, the HTTP client) is called so that a read blocked on the network ends."""

    def __init__(self, start: Callable[[], Any], *, streamed: bool, name: str = "promo-ai-call") -> None:
        self.streamed = streamed
        self.items: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=QUEUE_SIZE)
        self.stopped = threading.Event()
        self.closers: list[Callable[[], Any]] = []
        self.stream: Any = None
        self._lock = threading.Lock()
        context = contextvars.copy_context()
        self._thread = threading.Thread(target=context.run, args=(self._run, start), name=name, daemon=True)
        self._thread.start()

    def _run(self, start: Callable[[], Any]) -> None:
        try:
            response = start()
            if not self.streamed:
                self._put(ANSWER, response)
                return
            with self._lock:
                self.stream = response
                self.closers.append(getattr(response, "close", _nothing))
            if self.stopped.is_set():
                return
            self._put(STARTED, None)
            for chunk in response:
                if self.stopped.is_set() or not self._put(CHUNK, chunk):
                    return
            self._put(END, None)
        except BaseException as exc:  # handed to the person's thread, which words it
            if not self.stopped.is_set():
                self._put(ERROR, exc)
            else:
                log.debug("an abandoned call ended: %s: %s", type(exc).__name__, exc)
        finally:
            if self.stopped.is_set():
                self._close()

    def _put(self, kind: str, value: Any) -> bool:
        while not self.stopped.is_set():
            try:
                self.items.put((kind, value), timeout=SLICE)
                return True
            except queue.Full:
                continue
        return False

    def next(self, seconds: float, *, cancel: threading.Event | None = None,
             expired: Callable[[], bool] | None = None) -> tuple[str, Any] | None:
        """The next item, or None when `seconds` (real time) pass, `expired()` says so first, or a cancel
        is set. The caller abandons the call on None."""
        until = time.monotonic() + max(seconds, 0.0)
        while True:
            if cancel is not None and cancel.is_set():
                return None
            left = until - time.monotonic()
            if left <= 0 or (expired is not None and expired()):
                return None
            try:
                return self.items.get(timeout=min(SLICE, left))
            except queue.Empty:
                continue

    def abandon(self) -> None:
        """Stop waiting for this call: the worker stops, its stream and HTTP client are closed."""
        if self.stopped.is_set():
            return
        self.stopped.set()
        self._close()
        if self._thread.is_alive():
            _abandoned.add(self._thread)

    def _close(self) -> None:
        with self._lock:
            closers, self.closers = self.closers, []
        for close in closers:
            try:
                close()
            except Exception as exc:  # closing is best effort; the worker ends at its read timeout otherwise
                log.debug("closing an abandoned call: %s", exc)

    def alive(self) -> bool:
        return self._thread.is_alive()


def _nothing() -> None:
    return None


_abandoned: weakref.WeakSet[threading.Thread] = weakref.WeakSet()


@atexit.register
def _settle() -> None:
    """At exit, give abandoned calls a moment to end: a daemon thread stopped by the interpreter's
    shutdown while it holds a lock (an import's, a stream's) can leave the process hanging."""
    until = time.monotonic() + EXIT_GRACE
    for thread in list(_abandoned):
        thread.join(max(until - time.monotonic(), 0.0))


class Outcome(Generic[T]):
    """What `within` got: the value, the exception raised, or neither (time ran out)."""

    def __init__(self) -> None:
        self.done = False
        self.value: T | None = None
        self.error: BaseException | None = None


def within(fn: Callable[[], T], seconds: float, *, name: str = "promo-ai-wait",
           on_timeout: Callable[[], Any] | None = None) -> Outcome[T]:
    """Run `fn` in a daemon thread and wait at most `seconds` for it. On time, the outcome holds its
    value or its exception; past it, `done` is False, `on_timeout` is called (to close what `fn` is
    blocked on) and the thread is left to end by itself."""
    call = Call(fn, streamed=False, name=name)
    item = call.next(seconds)
    outcome: Outcome[T] = Outcome()
    if item is None:
        if on_timeout is not None:
            call.closers.append(on_timeout)
        call.abandon()
        return outcome
    kind, value = item
    outcome.done = True
    if kind == ERROR:
        outcome.error = value
    else:
        outcome.value = value
    return outcome


def own_http_client(litellm: Any, request: dict[str, Any], *, model: str, api_base: str | None) -> Any | None:
    """For a server of one's own that speaks OpenAI's API: an HTTP client for this call alone, put into
    `request` (as litellm's `client`), so that abandoning the call closes its connection; None for
    other providers, which keep litellm's clients (their reads end at the read timeout)."""
    if not api_base or litellm.client_session is not None:
        return None
    read_limit = request.get("timeout")
    try:
        if litellm.get_llm_provider(model=model, api_base=api_base)[1] != "openai":
            return None
        import httpx
        import openai
        from litellm.llms.custom_httpx.http_handler import get_ssl_configuration

        # litellm's own kind of client (the SDK takes it), with litellm's TLS settings
        http: Any = httpx.Client(timeout=read_limit, verify=get_ssl_configuration(), follow_redirects=True)
    except Exception as exc:  # litellm moved something: its own client, closed at its read timeout
        log.debug("no HTTP client of our own: %s", exc)
        return None
    request["client"] = openai.OpenAI(api_key=request.get("api_key") or "no-key-needed", base_url=api_base,
                                      http_client=http, max_retries=0, timeout=read_limit)
    return http


def answer_size(response: Any) -> int:
    """Characters of a whole answer: its message's content and its tool calls' arguments."""
    return _first_choice_size(response, "message")


def chunk_size(chunk: Any) -> int:
    """Characters a streamed part adds: its delta's content and its tool calls' arguments."""
    return _first_choice_size(chunk, "delta")


def _first_choice_size(reply: Any, part: str) -> int:
    try:
        return _text_size(getattr(reply.choices[0], part))
    except (AttributeError, IndexError, TypeError):
        return 0


def _text_size(message: Any) -> int:
    size = len(getattr(message, "content", None) or "")
    for tool_call in getattr(message, "tool_calls", None) or []:
        size += len(getattr(getattr(tool_call, "function", None), "arguments", None) or "")
    return size
