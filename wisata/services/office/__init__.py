"""The tourism offices' work, one module per domain: the queue of what waits (queue),
partner verification (partners), package review (moderation), events and promotion
(promotion), the attraction catalogue and closures (attractions), the audit trail (audit)."""
