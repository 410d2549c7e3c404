/**
 * The Europe/Riga time zone as iCalendar writes it (RFC 5545 §3.6.5), for invitations whose
 * times are Riga wall-clock times.
 */

/** The TZID of Latvia's time zone. */
export const RIGA_TZID = "Europe/Riga";

/**
 * The VTIMEZONE component of Europe/Riga under the EU summer-time rules Latvia follows since
 * 2001: EET (UTC+2) in winter; EEST (UTC+3) from the last Sunday of March at 03:00 local time
 * (01:00 UTC) to the last Sunday of October at 04:00 local time (01:00 UTC). As IANA's tzdata
 * exports it (tzurl.org), one content line per entry.
 *
 * @example RIGA_VTIMEZONE[1] === "TZID:Europe/Riga"
 */
export const RIGA_VTIMEZONE: readonly string[] = [
  "BEGIN:VTIMEZONE",
  `TZID:${RIGA_TZID}`,
  `X-LIC-LOCATION:${RIGA_TZID}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0300",
  "TZNAME:EEST",
  "DTSTART:19700329T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0300",
  "TZOFFSETTO:+0200",
  "TZNAME:EET",
  "DTSTART:19701025T040000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];
