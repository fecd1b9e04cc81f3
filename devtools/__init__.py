"""Development tools for docpipe: not part of the installed runtime package."""
