"""Outgoing e-mail: queued in the outbox with the change that causes it, sent by the worker."""

from portal.mail.outbox import deliver_due, queue_email

__all__ = ["deliver_due", "queue_email"]
