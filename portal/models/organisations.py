"""Partner organisations and the services or teams that belong to them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, select
from sqlalchemy.orm import Mapped, mapped_column, relationship, selectinload

from portal.extensions import db
from portal.models.common import utcnow
from portal.models.types import UTCDateTime


class Organisation(db.Model):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))  # council, health, police, probation, voluntary
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    services: Mapped[list[Service]] = relationship(
        back_populates="organisation", order_by="Service.name"
    )

    @classmethod
    def active_with_services(cls) -> list[Organisation]:
        """Active organisations with their services loaded, by name (for choosing a service)."""
        return list(
            db.session.scalars(
                select(cls)
                .where(cls.active.is_(True))
                .options(selectinload(cls.services))
                .order_by(cls.name)
            )
        )


class Service(db.Model):
    """A service or team of a partner organisation; children reach it by a short code."""

    __tablename__ = "service"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    # The short code printed on cards and QR links (/s/<code>); upper case, no ambiguous letters.
    code: Mapped[str] = mapped_column(String(12), unique=True)
    description: Mapped[str] = mapped_column(String(500), default="")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    organisation: Mapped[Organisation] = relationship(back_populates="services")
