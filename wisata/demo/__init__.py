"""Demo content: the catalogue `flask seed-demo` loads, and the artwork for it."""
