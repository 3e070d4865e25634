"""``python -m pressparse``: the command line."""

import sys

from pressparse._cli import main

if __name__ == "__main__":
    sys.exit(main())
