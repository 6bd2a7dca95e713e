//! Canonical form (placeholder).
