"""Loopback emulators of the order APIs the console talks to, so the app and tests run offline.

Nothing here imports the rest of `approval_console`: the emulators are written from the API
documents on their own, so that they cross-check the client instead of sharing its mistakes.
"""
