"""Text keys and safety: NFKC and every "is this the same text?" key (`keys`), text
from outside made safe to show (`safe`), and full-text search terms (`search`)."""
