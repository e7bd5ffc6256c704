//! Integration tests of the public API: one binary, several modules.

mod hedges;
mod properties;
mod seed;
