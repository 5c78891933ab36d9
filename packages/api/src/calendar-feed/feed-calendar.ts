import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { ICalCalendar, ICalEventStatus } from "ical-generator";

import { firstName } from "@carryover/domain/identity";
import { onLocalClock, type Modality } from "@carryover/domain/scheduling";

export type FeedAppointment = {
  id: string;
  start: Date;
  end: Date;
  timeZone: string;
  modality: Modality;
  therapistName: string;
  createdAt: Date;
  /** How often the session was moved: its SEQUENCE. */
  moves: number;
  lastMovedAt: Date | null;
};

/** Where it happens, in words that say nothing about the child or the home's address. */
export const FEED_LOCATIONS: Record<Modality, string> = {
  telehealth: "Video session",
  in_home: "Home visit",
  clinic: "At the clinic",
  community: "In the community",
};

/** The one line a calendar shows: no child's name, no clinical detail (issue 3, item 10). */
export const feedSummary = (therapistName: string) => `OT session with ${firstName(therapistName)}`;

export const calendarFeedUrl = (appUrl: string, token: string) =>
  `${appUrl.replace(/\/$/, "")}/api/calendar/${token}.ics`;

/** The token from the feed's last path segment, with or without the ".ics" calendar apps like. */
export const tokenFromFeedPath = (segment: string) => segment.replace(/\.ics$/i, "");

/**
 * An iCalendar (RFC 5545) feed of sessions. Each event is written on its appointment's own clock with
 * TZID and the zone's VTIMEZONE, so a calendar in any zone shows the right instant; a zone without
 * VTIMEZONE data is written in UTC instead. UIDs are appointment ids; SEQUENCE counts the moves and
 * DTSTAMP/LAST-MODIFIED is the last change, so a refreshed feed updates events instead of duplicating.
 */
export function buildCalendarFeed(appointments: readonly FeedAppointment[]): string {
  const calendar = new ICalCalendar({
    name: "Carryover sessions",
    description: "Your sessions from Carryover",
    prodId: { company: "Carryover", product: "Session calendar", language: "EN" },
    ttl: 60 * 60,
    // No calendar-wide zone: DTSTAMP stays in UTC as RFC 5545 requires; each event names its own.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  for (const appointment of appointments) {
    const zoned = getVtimezoneComponent(appointment.timeZone) !== null;
    const changedAt = appointment.lastMovedAt ?? appointment.createdAt;
    calendar.createEvent({
      id: appointment.id,
      sequence: appointment.moves,
      stamp: changedAt,
      lastModified: changedAt,
      created: appointment.createdAt,
      start: zoned ? onLocalClock(appointment.start, appointment.timeZone) : appointment.start,
      end: zoned ? onLocalClock(appointment.end, appointment.timeZone) : appointment.end,
      timezone: zoned ? appointment.timeZone : null,
      summary: feedSummary(appointment.therapistName),
      location: FEED_LOCATIONS[appointment.modality],
      status: ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
