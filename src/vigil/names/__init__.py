"""Person names, independent of storage: reading a name, spelling it in Latin letters across
scripts, and deciding whether two names can be one person's.

Both extraction (one article's mentions) and the registry (mentions across articles) use it,
so it sits below both. Import the module you need (`compare`, `keys`, `parse`, `translit`,
`given`, `thresholds`): loading this package loads no name tables.
"""
