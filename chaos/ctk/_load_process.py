"""``python -m chaos.ctk._load_process``: the synthetic parents' process (see ``_load``);
a module of its own so that running it does not import ``_load`` twice."""

import sys

from chaos.ctk._load import main

if __name__ == "__main__":
    sys.exit(main())
