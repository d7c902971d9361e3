"""Load a benchmark script (``bench/*.py``, not a package) as a module for its smoke test."""

from __future__ import annotations

import contextlib
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType


@contextlib.contextmanager
def loaded_script(path: Path, name: str) -> Iterator[ModuleType]:
    """``path`` executed as the module ``name``, registered in ``sys.modules`` while the
    block runs (dataclasses look their module up while decorating)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(name, None)
