"""Ctrl-C during a long extraction raises KeyboardInterrupt soon, not at the end."""

import os
import signal
import subprocess
import sys
import textwrap
import time

# About 280 MB of text with one thread, half a minute or more: the interrupt must end it
# long before.
SCRIPT = textwrap.dedent(
    """
    import sys, propos
    paragraph = (
        "Titre\\nLe ministre Jean Martin a déclaré mardi que 1 200 soldats étaient arrivés. "
        "« Nous tiendrons », a-t-il ajouté. Selon l'Insee, 3 % des ménages sont touchés.\\n"
    ) * 4
    texts = [paragraph] * 400_000
    print("started", flush=True)
    try:
        propos.extract_texts(texts, threads=1)
    except KeyboardInterrupt:
        print("interrupted", flush=True)
        sys.exit(3)
    print("finished", flush=True)
    """
)


def test_ctrl_c_interrupts_a_long_extraction():
    process = subprocess.Popen(
        [sys.executable, "-c", SCRIPT],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout.readline().strip() == "started"
        time.sleep(2.0)
        os.kill(process.pid, signal.SIGINT)
        sent = time.monotonic()
        out, err = process.communicate(timeout=60)
        waited = time.monotonic() - sent
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 3, (out, err)
    assert out.strip() == "interrupted", (out, err)
    # one article takes well under a millisecond: the call ends within the article
    # being extracted and the chunk being assembled, far from the minutes of the whole run
    assert waited < 10, waited
