"""Reading and editing a Next.js project through its source files (issue 17).

The project's code is the only truth. ``reader`` reads it (``read_project``, ``site_view``) with a
real parser (``tsx``, tree-sitter; ``css`` for stylesheets): ``files`` finds the conventions and
parses files, ``pages`` reads each page, ``chrome`` the site's name, nav and theme; the data types
are in ``model``. ``codeops`` turns plan ops into byte-range edits of that code (``edits`` is the
machinery, ``pageops`` the page and nav ops, ``routefiles`` which files a moved or removed page
takes and the imports and links that touches); ``modules`` knows a file as a module (what its
default export returns, its import specifiers and style); ``components`` writes the section components.
"""
