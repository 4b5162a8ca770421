"""One module per order API, each turning its payloads into the `core` domain types."""
