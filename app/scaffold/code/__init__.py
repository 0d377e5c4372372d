"""Reading and editing a Next.js project through its source files (issue 17).

The project's code is the only truth: ``reader`` reads it with a real parser
(``tsx``), ``codeops`` turns plan ops into byte-range edits of that code.
"""
