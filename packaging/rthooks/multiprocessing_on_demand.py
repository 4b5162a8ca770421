# PyInstaller's multiprocessing runtime hook, run only in the copies of the executable that
# multiprocessing starts (approval_console/frozen.py says which). PyInstaller runs its own hook
# at every start, and it imports multiprocessing with pickle, socket and subprocess before the
# app's first line; the spec bundles that hook as the module `pyi_rth_multiprocessing` instead,
# and this imports it, which runs it, only where it is needed.
import sys

from approval_console.frozen import started_by_multiprocessing

if started_by_multiprocessing(sys.argv):
    import pyi_rth_multiprocessing  # noqa: F401 (importing it runs the hook)
