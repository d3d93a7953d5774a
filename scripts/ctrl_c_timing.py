"""Measures how long propos.extract_texts takes to raise KeyboardInterrupt after
Ctrl-C (SIGINT), over a few trials, and that no worker thread is left behind.

Usage: .venv/bin/python scripts/ctrl_c_timing.py [TRIALS]
"""

import os
import signal
import subprocess
import sys
import textwrap
import time

SCRIPT = textwrap.dedent(
    """
    import sys, threading, propos
    paragraph = (
        "Titre\\nLe ministre Jean Martin a déclaré mardi que 1 200 soldats étaient arrivés. "
        "« Nous tiendrons », a-t-il ajouté. Selon l'Insee, 3 % des ménages sont touchés.\\n"
    ) * 4
    texts = [paragraph] * 400_000
    print("started", flush=True)
    try:
        propos.extract_texts(texts, threads=int(sys.argv[1]))
    except KeyboardInterrupt:
        print("interrupted", threading.active_count(), flush=True)
        sys.exit(3)
    print("finished", flush=True)
    """
)


def trial(threads: int) -> str:
    process = subprocess.Popen([sys.executable, "-c", SCRIPT, str(threads)], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "started"
    time.sleep(float(os.environ.get("PROPOS_CTRL_C_AFTER", "3")))
    os.kill(process.pid, signal.SIGINT)
    sent = time.monotonic()
    line = process.stdout.readline().strip()
    waited = time.monotonic() - sent
    process.wait(timeout=60)
    return f"threads={threads}: {line!r} after {waited * 1000:.0f} ms, exit {process.returncode}"


if __name__ == "__main__":
    for _ in range(int(sys.argv[1]) if len(sys.argv) > 1 else 3):
        for threads in (1, 2):
            print(trial(threads), flush=True)
