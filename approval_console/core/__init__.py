"""The Qt-free core: domain types, errors, paths, settings, secrets and logging."""
