import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { TripJson } from "../../jobs/meetings/meetingJson";
import { toCents } from "../../core/money";
import { fill } from "../i18n/fill";
import { useStrings } from "../i18n/strings";
import { centsText, dateText } from "../quote/figureText";

const useStyles = makeStyles({
  trip: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, marginBlockEnd: tokens.spacingVerticalM },
  days: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  stops: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  secondary: { color: tokens.colorNeutralForeground2 },
});

/** The trips of a plan, one accordion item per person, each trip with its day-by-day itinerary. */
export function TripList(props: { trips: readonly TripJson[]; currency: string }) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  const people: { person: string; trips: TripJson[] }[] = [];
  for (const trip of props.trips) {
    const entry = people.find((p) => p.person === trip.person);
    if (entry) entry.trips.push(trip);
    else people.push({ person: trip.person, trips: [trip] });
  }
  return (
    <Accordion multiple collapsible data-testid="trips">
      {people.map((p) => (
        <AccordionItem key={p.person} value={p.person} data-person={p.person}>
          <AccordionHeader>{`${p.person} (${p.trips.length})`}</AccordionHeader>
          <AccordionPanel>
            {p.trips.map((trip) => (
              <div key={trip.trip} className={styles.trip} data-testid="trip" data-person={trip.person} data-trip={trip.trip}>
                <Text weight="semibold">
                  {fill(trip.from === trip.to ? t.tripTitleOneDay : t.tripTitle, {
                    person: trip.person,
                    number: trip.trip,
                    from: dateText(trip.from, locale),
                    to: dateText(trip.to, locale),
                  })}
                </Text>
                <Caption1 className={styles.secondary}>
                  {fill(t.tripCities, { cities: trip.cities.join(", "), days: trip.days })}
                  {" · "}
                  {fill(t.tripCost, { cost: centsText(toCents(trip.travelCost), locale, props.currency) })}
                  {trip.costMissing > 0 && ` · ${fill(t.tripCostMissing, { count: trip.costMissing })}`}
                </Caption1>
                <ul className={styles.days}>
                  {trip.itinerary.map((day) => (
                    <li key={day.date}>
                      <Text>{dateText(day.date, locale)}</Text>
                      <ul className={styles.stops}>
                        {day.stops.map((s) => (
                          <li key={s.meeting}>
                            {[
                              s.arrive,
                              `${s.start ?? ""}${s.end ? `–${s.end}` : ""} ${s.city}: ${s.with} (${s.meeting})`,
                              s.home,
                            ]
                              .filter((x): x is string => !!x)
                              .join(" · ")}
                          </li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
