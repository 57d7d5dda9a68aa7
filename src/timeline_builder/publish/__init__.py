"""Publishing: table schemas, Croissant metadata, and the atomic, checksummed version write."""
from .tables import SCHEMA_VERSION, SCHEMAS, table_from_rows
from .versions import PublishedVersion, publish

__all__ = ["SCHEMA_VERSION", "SCHEMAS", "PublishedVersion", "publish", "table_from_rows"]
