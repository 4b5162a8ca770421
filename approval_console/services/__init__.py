"""Qt-free services: sync the cache with a server and carry changes through the journal."""
