"""The database writer: records → durable spool → PostgreSQL, and the reads the bot needs.

Layer 2 (actors). Imports ``runtime``, ``actors.breaker``, ``actors.protocol`` and the
spool's interface; asyncpg is used only here (asyncio only, like every asyncpg user).

Layout: ``records`` (the persisted records and their codec), ``migrations/*.sql`` and
``_migrate`` (versioned schema), ``_sql`` (the SQL of one batch), ``_flusher`` (the drain
loop), ``_actor`` (``DbWriter`` and its messages), ``_reads`` (reads overlaid with the
undrained spool), ``_errors`` (the exception tree and asyncpg's errors classified),
``_close`` (closing a connection or pool with a deadline, then terminating it), ``_guard``
(what ``encode_record`` makes of a record before the spool takes it), ``_dead_letters``
(the kernel's dead letters kept as ``DeadLetter`` records).
"""

from ._actor import DbWriter, Erase, Persist, erase_family, persist
from ._close import close_or_terminate
from ._dead_letters import DeadLetterKeeper, DeadLetterSink
from ._errors import DatabaseUnavailable, DbError, MigrationError, is_retryable
from ._flusher import Flusher, FlushStats, SpoolLike
from ._guard import UnstorableRecord, clean_text, storable
from ._migrate import migrate
from ._reads import ChildView, FamilyView, Reads
from ._records import (
    CheckinAnswer,
    ChildRemoved,
    ChildSaved,
    DeadLetter,
    EmotionEntry,
    EntryFeedback,
    EntryRemoved,
    FamilyErased,
    FamilySaved,
    ParentSeen,
    ProcessedUpdate,
    Record,
    ScheduleRun,
    SentReply,
    UpdateReceived,
    decode_record,
    encode_record,
)

__all__ = [
    "CheckinAnswer",
    "ChildRemoved",
    "ChildSaved",
    "ChildView",
    "DatabaseUnavailable",
    "DbError",
    "DbWriter",
    "DeadLetter",
    "DeadLetterKeeper",
    "DeadLetterSink",
    "EmotionEntry",
    "EntryFeedback",
    "EntryRemoved",
    "Erase",
    "FamilyErased",
    "FamilySaved",
    "FamilyView",
    "FlushStats",
    "Flusher",
    "MigrationError",
    "ParentSeen",
    "Persist",
    "ProcessedUpdate",
    "Reads",
    "Record",
    "ScheduleRun",
    "SentReply",
    "SpoolLike",
    "UnstorableRecord",
    "UpdateReceived",
    "clean_text",
    "close_or_terminate",
    "decode_record",
    "encode_record",
    "erase_family",
    "is_retryable",
    "migrate",
    "persist",
    "storable",
]
