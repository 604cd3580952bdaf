"""`make bench`: every benchmark, results written under bench/results/.

Runs each script in turn, even when one fails (the retrieval quality gates of bench_guidance.py exit 1
when they fail), and exits non-zero at the end if any did. Arguments (e.g. --quick) go to every script.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ("bench_compose.py", "bench_style.py", "bench_guidance.py", "bench_cli.py", "bench_notes.py",
           "bench_page.py")


def main() -> int:
    failed = []
    for script in SCRIPTS:
        print(f"== {script}", flush=True)
        if subprocess.run([sys.executable, str(HERE / script), *sys.argv[1:]], check=False).returncode != 0:
            failed.append(script)
    if failed:
        print(f"FAILED: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
