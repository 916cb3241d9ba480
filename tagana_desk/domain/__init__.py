"""Pure domain: value types, enums, rules and errors. No Qt, no database."""
