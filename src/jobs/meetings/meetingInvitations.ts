/**
 * The `.ics` invitations of planned meetings (SPEC §7): who is invited (manager and rep by
 * their Team e-mail, the contact by the e-mail of the matching lead) and the file of each.
 */
import type { Issue } from "../../core/issue";
import { meetingIcs, type IcsPerson } from "../../core/meetings/meetingIcs";
import { meetingLabel } from "../../core/meetings/meetingPeople";
import type { Lead, Meeting, TeamMember } from "../../core/model";
import { normalizeKey, sameName } from "../../core/normalizeText";
import { nameKey } from "../../core/reports/nameKey";
import type { SheetRead } from "../../sheets/readRows";
import type { Locale } from "../../sheets/sheetKinds";

/** One invitation: the file it goes into and its text. */
export interface IcsFile {
  /** The meeting's ID (else `row N`). */
  meeting: string;
  /** `M-0007.ics`: the Meeting ID made safe for a file name, unique among the files. */
  fileName: string;
  /** The directory asked for joined with the file name, `/` between. */
  path: string;
  /** The iCalendar text (CRLF line ends). */
  text: string;
}

/** What the invitations are made from. */
export interface InvitationContext {
  team: SheetRead<TeamMember> | null;
  leads: SheetRead<Lead> | null;
  /** The workbook's company, part of every UID. */
  company: string;
  locale: Locale;
  /** DTSTAMP of every file. */
  stamp: Date;
  /** Where the files go (the CLI writes them). */
  dir: string;
}

const EMAIL = /^[^\s@"<>(),;:]+@[^\s@"<>(),;:]+\.[^\s@"<>(),;:]+$/;

function fileStem(meeting: Meeting): string {
  const stem = (meeting.id ?? `row-${meeting.row}`)
    .trim()
    .replace(/[^\p{L}\p{N}._-]+/gu, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
  return stem === "" ? `row-${meeting.row}` : stem;
}

/**
 * One `.ics` per meeting ({@link meetingIcs}): organizer the rep (else the manager) by Team
 * e-mail; attendees the manager, the rep, and the contact when a lead of that company (With)
 * names that contact with an e-mail. A person the Team sheet lacks, or whose Email is empty or
 * not an address, is not invited: one issue per person (on the Team row when there is one).
 *
 * @example meetingInvitations(planned, ctx, issues)[0].fileName === "M-0007.ics"
 */
export function meetingInvitations(
  meetings: readonly Meeting[],
  ctx: InvitationContext,
  issues: Issue[]
): IcsFile[] {
  const members = new Map<string, TeamMember>();
  for (const m of ctx.team?.rows ?? []) members.set(nameKey(m.name), m);
  const reported = new Set<string>();
  const teamSheet = ctx.team?.sheet ?? "Team";
  const emailColumn = ctx.team?.columns.email?.header ?? null;

  const person = (name: string | null, meeting: Meeting): IcsPerson | null => {
    if (name === null || name.trim() === "") return null;
    const key = nameKey(name);
    const member = members.get(key);
    const email = member?.email?.trim() ?? "";
    if (member && EMAIL.test(email)) return { name: member.name, email };
    if (!reported.has(key)) {
      reported.add(key);
      issues.push({
        sheet: teamSheet,
        row: member?.row ?? null,
        column: member ? emailColumn : null,
        value: member ? email || null : name,
        problem: !member
          ? `${name} (${meetingLabel(meeting)}) is not in ${teamSheet}: not invited in the .ics files`
          : email === ""
            ? `${member.name} has no Email: not invited in the .ics files`
            : `"${email}" is not an e-mail address: ${member.name} not invited in the .ics files`,
      });
    }
    return null;
  };

  const contactOf = (meeting: Meeting): IcsPerson | null => {
    const contact = meeting.contact;
    if (contact === null) return null;
    const company = normalizeKey(meeting.with);
    const lead = (ctx.leads?.rows ?? []).find(
      (l) =>
        normalizeKey(l.company) === company &&
        l.contact !== null &&
        sameName(l.contact, contact) &&
        EMAIL.test(l.email?.trim() ?? "")
    );
    return lead?.email ? { name: contact, email: lead.email.trim() } : null;
  };

  const used = new Set<string>();
  const dir = ctx.dir.replace(/[\\/]+$/, "");
  return meetings.map((meeting) => {
    const manager = person(meeting.manager, meeting);
    const rep = person(meeting.rep, meeting);
    const contact = contactOf(meeting);
    const attendees = [manager, rep, contact].filter((p): p is IcsPerson => p !== null);
    const text = meetingIcs(meeting, {
      organizer: rep ?? manager,
      attendees,
      company: ctx.company,
      locale: ctx.locale,
      stamp: ctx.stamp,
    });
    const stem = fileStem(meeting);
    let fileName = `${stem}.ics`;
    for (let n = 2; used.has(fileName.toLowerCase()); n++) fileName = `${stem}-${n}.ics`;
    used.add(fileName.toLowerCase());
    return {
      meeting: meetingLabel(meeting),
      fileName,
      path: dir === "" ? fileName : `${dir}/${fileName}`,
      text,
    };
  });
}
