"""Rule modules, one per family. Each module declares its rules with `@rule`; the registry imports
every module in this package (`registry.all_rules`), so a new family is a new module here."""
