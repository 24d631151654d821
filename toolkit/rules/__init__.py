"""Rule modules, one per family. Each module declares its rules with `@rule`; the registry
imports them all (see `registry._RULE_MODULES`)."""
