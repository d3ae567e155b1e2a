"""The partnet build the extraction scripts run when no --partnet is given (imported by extract-eval.py,
extract-calibrate.py and extract-candidates.py, which Python runs with this folder first on its path)."""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def partnet_default(script):
    """The release build, else the debug build, of this checkout; exits naming `script` when there is neither."""
    for build in ("release", "debug"):
        path = os.path.join(ROOT, ".build", build, "partnet")
        if os.path.exists(path):
            return path
    sys.exit(f"{script}: no partnet build found; run `swift build -c release` or give --partnet PATH")
