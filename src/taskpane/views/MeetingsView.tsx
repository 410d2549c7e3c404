import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CalendarAddRegular, OpenRegular, VehicleCarRegular, WarningRegular } from "@fluentui/react-icons";
import { useEffect, useMemo, useState } from "react";
import type { MeetingKind } from "../../core/model";
import type { DecimalSeparator } from "../../core/parseNumber";
import type { WorkbookPort } from "../../host/port";
import type { IcsFile } from "../../jobs/meetings/meetingInvitations";
import type { MeetingJson } from "../../jobs/meetings/meetingJson";
import { planMeetings } from "../../jobs/meetings/planMeetings";
import { scheduleMeeting, type ScheduleMeetingRequest } from "../../jobs/meetings/scheduleMeeting";
import { MEETING_KIND_WORDS } from "../../sheets/meetings/meetingWords";
import { JobMessage } from "../components/JobMessage";
import { JobProgress } from "../components/JobProgress";
import { errorMessage, useJob } from "../hooks/useJob";
import { fill } from "../i18n/fill";
import { useStrings } from "../i18n/strings";
import { ClashList } from "../meetings/ClashList";
import { downloadText, ICS_MIME } from "../meetings/downloadText";
import { loadMeetingChoices } from "../meetings/meetingChoices";
import { emptyMeetingForm, readMeetingForm, type MeetingFormState } from "../meetings/meetingForm";
import { meetingKey, meetingTime } from "../meetings/meetingText";
import { PartyCombobox } from "../meetings/PartyCombobox";
import { PlannedMeetingsTable, type PlannedMeeting } from "../meetings/PlannedMeetingsTable";
import { TripList } from "../meetings/TripList";
import { dateText } from "../quote/figureText";
import { paneToday } from "../quote/paneNow";
import { SearchCombobox, type SearchOption } from "../quote/SearchCombobox";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "flex-start" },
  short: { flexBasis: "9em", flexGrow: 1, minWidth: 0 },
  wide: { flexBasis: "14em", flexGrow: 2, minWidth: 0 },
  // Fluent's Dropdown and Input have a minimum width of their own: in a narrow pane they shrink.
  control: { minWidth: 0, width: "100%" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const KINDS: readonly MeetingKind[] = ["Visit", "Video", "Call", "Trade show"];

/**
 * Meetings: schedule a meeting between a lead or account and a sales manager (with the rep) —
 * checked for clashes first, saved only when there are none or the user says "Save anyway" —
 * and plan the trips of every planned meeting, with each meeting's `.ics` invitation to download.
 */
export function MeetingsView(props: { port: WorkbookPort; active: boolean }) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  const { port, active } = props;
  const today = useMemo(() => paneToday(), []);
  const decimal: DecimalSeparator = locale === "lv" ? "," : ".";
  const choices = useJob((options) => loadMeetingChoices(port, options));
  const schedule = useJob((options, request: ScheduleMeetingRequest) => scheduleMeeting(port, request, options));
  const plan = useJob((options) => planMeetings(port, { today, icsDir: "" }, options));
  const [form, setForm] = useState<MeetingFormState>(() => emptyMeetingForm(today));
  const [tried, setTried] = useState(false);
  const [asked, setAsked] = useState<ScheduleMeetingRequest | null>(null);
  const [goError, setGoError] = useState<string | null>(null);

  const startChoices = choices.start;
  useEffect(() => {
    if (active) void startChoices();
  }, [active, startChoices]);

  const ctx = choices.state.result;
  const reading = useMemo(() => readMeetingForm(form, decimal), [form, decimal]);
  const problems = tried && !reading.ok ? reading.problems : {};
  const problem = (field: keyof typeof problems) => {
    const key = problems[field];
    return key ? { validationState: "error" as const, validationMessage: t[key] } : {};
  };
  const set = <K extends keyof MeetingFormState>(key: K, value: MeetingFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  const dealOptions = useMemo<SearchOption[]>(
    () => [
      { value: "", text: t.noDeal },
      ...(ctx?.deals ?? []).map((d) => ({
        value: d.id,
        text: d.account ? `${d.id} · ${d.account}` : d.id,
        detail: d.owner,
      })),
    ],
    [ctx, t]
  );

  const running =
    choices.state.status === "running" || schedule.state.status === "running" || plan.state.status === "running";

  const runSchedule = async (force: boolean) => {
    setTried(true);
    if (!reading.ok) return;
    const v = reading.value;
    const request: ScheduleMeetingRequest =
      force && asked
        ? { ...asked, force: true }
        : {
            date: v.date,
            start: v.start,
            end: v.end,
            duration: v.duration,
            with: v.with,
            manager: v.manager,
            rep: v.rep,
            city: v.city,
            kind: v.kind,
            dealId: v.dealId,
            travelCost: v.travelCost,
            agenda: v.agenda,
          };
    setAsked(request);
    const result = await schedule.start(request);
    if (result?.saved) {
      setAsked(null);
      setTried(false);
      void choices.start();
    }
  };

  // The form changed after a refused save: the clashes shown belong to the old request.
  const edit = <K extends keyof MeetingFormState>(key: K, value: MeetingFormState[K]) => {
    set(key, value);
    if (schedule.state.result && !schedule.state.result.saved) schedule.reset();
  };

  const scheduled = schedule.state.status === "done" ? schedule.state.result : null;
  const planned = plan.state.result;

  const byLabel = useMemo(() => {
    const map = new Map<string, MeetingJson>();
    for (const m of ctx?.meetings ?? []) map.set(meetingKey(m), m);
    for (const m of planned?.meetings ?? []) map.set(meetingKey(m), m);
    if (scheduled) map.set(meetingKey(scheduled.meeting), scheduled.meeting);
    return map;
  }, [ctx, planned, scheduled]);

  const plannedRows = useMemo<PlannedMeeting[]>(
    () => (planned?.meetings ?? []).map((meeting, i) => ({ meeting, ics: planned?.ics[i] ?? null })),
    [planned]
  );

  const download = (file: IcsFile) => {
    try {
      downloadText(file.text, file.fileName, ICS_MIME);
    } catch (e) {
      setGoError(errorMessage(e, t.unexpectedError));
    }
  };

  const goTo = async (sheet: string) => {
    setGoError(null);
    try {
      await port.selectCell(sheet, 1, 1);
    } catch (e) {
      setGoError(errorMessage(e, t.unexpectedError));
    }
  };

  return (
    <div className={styles.root}>
      <Text>{t.meetingsIntro}</Text>
      {choices.state.status === "running" && !ctx && (
        <JobProgress progress={choices.state.progress} onCancel={choices.cancel} />
      )}
      <JobMessage state={choices.state} />

      {ctx && (
        <section className={styles.section} aria-labelledby="dd-meetings-schedule">
          <Subtitle2 as="h2" id="dd-meetings-schedule">
            {t.scheduleHeading}
          </Subtitle2>
          <div className={styles.row}>
            <Field className={styles.short} label={t.meetingDate} required {...problem("date")}>
              <Input className={styles.control} type="date" value={form.date} disabled={running} onChange={(_, d) => edit("date", d.value)} />
            </Field>
            <Field className={styles.short} label={t.meetingStart} required {...problem("start")}>
              <Input className={styles.control} type="time" value={form.start} disabled={running} onChange={(_, d) => edit("start", d.value)} />
            </Field>
          </div>
          <div className={styles.row}>
            <Field className={styles.short} label={t.meetingEndMode}>
              <RadioGroup
                layout="horizontal"
                value={form.until}
                disabled={running}
                onChange={(_, d) => edit("until", d.value === "end" ? "end" : "duration")}
              >
                <Radio value="duration" label={t.meetingLasts} />
                <Radio value="end" label={t.meetingEndAt} />
              </RadioGroup>
            </Field>
            {form.until === "end" ? (
              <Field className={styles.short} label={t.meetingEnd} {...problem("end")}>
                <Input className={styles.control} type="time" value={form.end} disabled={running} onChange={(_, d) => edit("end", d.value)} />
              </Field>
            ) : (
              <Field
                className={styles.short}
                label={t.meetingDuration}
                hint={problems.duration ? undefined : t.meetingDurationHint}
                {...problem("duration")}
              >
                <Input className={styles.control} value={form.duration} disabled={running} onChange={(_, d) => edit("duration", d.value)} />
              </Field>
            )}
          </div>
          <Field label={t.meetingWith} required hint={problems.with ? undefined : t.meetingWithHint} {...problem("with")}>
            <PartyCombobox
              parties={ctx.parties}
              value={form.with}
              disabled={running}
              invalid={!!problems.with}
              onChange={(value, party) =>
                setForm((f) => {
                  if (schedule.state.result && !schedule.state.result.saved) schedule.reset();
                  const next = { ...f, with: value };
                  // A company picked from the list brings its city and owner when those are still empty.
                  if (party?.city && f.city.trim() === "") next.city = party.city;
                  if (party?.owner && f.rep === null && ctx.reps.includes(party.owner)) next.rep = party.owner;
                  return next;
                })
              }
            />
          </Field>
          <div className={styles.row}>
            <Field className={styles.wide} label={t.meetingManager} required {...problem("manager")}>
              <Dropdown
                className={styles.control}
                value={form.manager ?? ""}
                selectedOptions={form.manager ? [form.manager] : []}
                disabled={running}
                onOptionSelect={(_, d) => edit("manager", d.optionValue ?? null)}
              >
                {ctx.managers.map((name) => (
                  <Option key={name} value={name}>
                    {name}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Field className={styles.wide} label={t.meetingRep}>
              <Dropdown
                className={styles.control}
                value={form.rep ?? t.nobody}
                selectedOptions={[form.rep ?? ""]}
                disabled={running}
                onOptionSelect={(_, d) => edit("rep", d.optionValue ? d.optionValue : null)}
              >
                <Option value="">{t.nobody}</Option>
                {ctx.reps.map((name) => (
                  <Option key={name} value={name}>
                    {name}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          </div>
          <div className={styles.row}>
            <Field className={styles.wide} label={t.meetingCity}>
              <Input className={styles.control} value={form.city} disabled={running} onChange={(_, d) => edit("city", d.value)} />
            </Field>
            <Field className={styles.short} label={t.meetingKind}>
              <Dropdown
                className={styles.control}
                value={MEETING_KIND_WORDS[locale][form.kind]}
                selectedOptions={[form.kind]}
                disabled={running}
                onOptionSelect={(_, d) => {
                  const kind = KINDS.find((k) => k === d.optionValue);
                  if (kind) edit("kind", kind);
                }}
              >
                {KINDS.map((k) => (
                  <Option key={k} value={k}>
                    {MEETING_KIND_WORDS[locale][k]}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          </div>
          <div className={styles.row}>
            <Field className={styles.wide} label={t.meetingDeal}>
              <SearchCombobox
                className={styles.control}
                options={dealOptions}
                selected={form.dealId ?? ""}
                onSelect={(id) => edit("dealId", id ? id : null)}
                placeholder={t.meetingDealPlaceholder}
                noMatch={t.noMatch}
                typeToFind={t.typeToFind}
                disabled={running}
              />
            </Field>
            <Field className={styles.short} label={t.meetingTravelCost} {...problem("travelCost")}>
              <Input
                className={styles.control}
                inputMode="decimal"
                value={form.travelCost}
                contentAfter={ctx.currency === "EUR" ? "€" : ctx.currency}
                disabled={running}
                onChange={(_, d) => edit("travelCost", d.value)}
              />
            </Field>
          </div>
          <Field label={t.meetingAgenda}>
            <Textarea value={form.agenda} disabled={running} resize="vertical" onChange={(_, d) => edit("agenda", d.value)} />
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" icon={<CalendarAddRegular />} disabled={running} onClick={() => void runSchedule(false)}>
              {t.checkAndSave}
            </Button>
          </div>
        </section>
      )}

      {schedule.state.status === "running" && (
        <JobProgress progress={schedule.state.progress} onCancel={schedule.cancel} />
      )}
      <JobMessage state={schedule.state} />
      {scheduled && !scheduled.saved && (
        <MessageBar intent="warning" layout="multiline" icon={<WarningRegular />} data-testid="meeting-clashes">
          <MessageBarBody>
            <MessageBarTitle>{fill(t.clashesTitle, { count: scheduled.clashes.length })}</MessageBarTitle>
            <ClashList
              clashes={scheduled.clashes}
              byLabel={byLabel}
              testId="meeting-clash-list"
              unsaved={meetingKey(scheduled.meeting)}
            />
            {t.clashesHint}
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={running} onClick={() => void runSchedule(true)}>
              {t.saveAnyway}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {scheduled?.saved && (
        <MessageBar intent="success" layout="multiline" data-testid="meeting-saved">
          <MessageBarBody>
            <MessageBarTitle>{fill(t.meetingSavedTitle, { id: meetingKey(scheduled.meeting) })}</MessageBarTitle>
            {fill(t.meetingSavedDetail, {
              date: dateText(scheduled.meeting.date, locale),
              time: meetingTime(scheduled.meeting),
              with: scheduled.meeting.with,
              sheet: scheduled.sheet ?? "",
            })}
            {scheduled.clashes.length > 0 && ` ${fill(t.meetingSavedClashes, { count: scheduled.clashes.length })}`}
          </MessageBarBody>
          {scheduled.sheet && (
            <MessageBarActions>
              <Button icon={<OpenRegular />} onClick={() => scheduled.sheet && void goTo(scheduled.sheet)}>
                {t.goToSheetButton}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}

      <section className={styles.section} aria-labelledby="dd-meetings-plan">
        <Subtitle2 as="h2" id="dd-meetings-plan">
          {t.planHeading}
        </Subtitle2>
        <div className={styles.actions}>
          <Button icon={<VehicleCarRegular />} disabled={running} onClick={() => void plan.start()}>
            {t.planTrips}
          </Button>
        </div>
        {plan.state.status === "running" && <JobProgress progress={plan.state.progress} onCancel={plan.cancel} />}
        <JobMessage state={plan.state} />
        {goError !== null && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{goError}</MessageBarBody>
          </MessageBar>
        )}
        {planned && (
          <>
            <MessageBar intent="success" layout="multiline" data-testid="plan-outcome">
              <MessageBarBody>
                {fill(t.planWritten, {
                  trips: planned.trips.length,
                  meetings: planned.meetings.length,
                  sheets: planned.sheets.join(", "),
                })}
              </MessageBarBody>
              <MessageBarActions>
                <Button icon={<OpenRegular />} onClick={() => void goTo(planned.sheet)}>
                  {t.goToSheetButton}
                </Button>
              </MessageBarActions>
            </MessageBar>

            <Subtitle2 as="h3">{fill(t.planClashesHeading, { count: planned.clashes.length })}</Subtitle2>
            {planned.clashes.length === 0 ? (
              <Caption1>{t.planClashesNone}</Caption1>
            ) : (
              <ClashList clashes={planned.clashes} byLabel={byLabel} testId="plan-clashes" />
            )}

            <Subtitle2 as="h3">{fill(t.tripsHeading, { count: planned.trips.length })}</Subtitle2>
            {planned.trips.length === 0 ? (
              <Caption1>{t.tripsNone}</Caption1>
            ) : (
              <TripList trips={planned.trips} currency={planned.currency} />
            )}

            <Subtitle2 as="h3">{fill(t.plannedHeading, { count: planned.meetings.length })}</Subtitle2>
            <PlannedMeetingsTable planned={plannedRows} onDownload={download} />
          </>
        )}
      </section>
    </div>
  );
}
