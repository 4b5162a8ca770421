"""Qt-free connectors: one module per order API, on a shared HTTP client and rate limiter."""
