//! Integration tests of the public API: one binary, several modules.

mod properties;
mod seed;
