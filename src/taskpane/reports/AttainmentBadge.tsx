import { Badge } from "@fluentui/react-components";
import { ragStatus, type RagStatus } from "../../sheets/reports/ragStatus";
import type { StringKey } from "../i18n/en";
import { useStrings } from "../i18n/strings";
import { NO_FIGURE, ratioText } from "../quote/figureText";

const COLOR: Record<RagStatus, "danger" | "warning" | "success"> = {
  red: "danger",
  amber: "warning",
  green: "success",
};

const LABEL: Record<RagStatus, StringKey> = { red: "ragRed", amber: "ragAmber", green: "ragGreen" };

/**
 * Attainment (revenue / target) with its red/amber/green band — the same thresholds as the
 * report sheets (< 80 %, 80–99 %, ≥ 100 %) — in words as well as colour. "—" without a target.
 */
export function AttainmentBadge(props: { attainment: number | null }) {
  const { t, locale } = useStrings();
  const rag = ragStatus(props.attainment);
  if (rag === null) return <span data-rag="none">{NO_FIGURE}</span>;
  return (
    <Badge appearance="tint" color={COLOR[rag]} data-rag={rag}>
      {`${ratioText(props.attainment, locale)} · ${t[LABEL[rag]]}`}
    </Badge>
  );
}
