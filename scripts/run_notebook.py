"""Executes notebooks from a clean state (a new kernel, cells in order).

Usage: python scripts/run_notebook.py [--inplace] NOTEBOOK.ipynb...
Fails (exit 1) when a cell raises. With --inplace the executed notebook, with
its outputs, replaces the file; without it the file is left as it is.
"""

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient


def run(path: Path, inplace: bool) -> None:
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(
        notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    if inplace:
        nbformat.write(notebook, path)
    print(f"{path}: {len(notebook.cells)} cells executed")


if __name__ == "__main__":
    args = sys.argv[1:]
    inplace = "--inplace" in args
    names = [a for a in args if a != "--inplace"]
    if not names:
        sys.exit(__doc__)
    for name in names:
        run(Path(name), inplace)
