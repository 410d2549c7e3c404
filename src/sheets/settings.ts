/**
 * The Settings sheet (SPEC §2): the typed settings, their definitions, reading and validating
 * the sheet, the sheet `init` writes, and saving changes. Implementation in `settings/`.
 */
export type {
  ApprovalLevel,
  ApproverRole,
  ColumnMappings,
  ContactField,
  ContactScoring,
  EmployeeBand,
  EmployeeScoring,
  GradeBands,
  Settings,
  StageProbabilities,
  Territory,
  TextScoreRule,
  TextScoring,
  VatRate,
  VatRounding,
} from "./settings/settingTypes";
export {
  DEFAULT_PAYMENT_TERMS,
  defaultSettings,
  findSettingDef,
  SETTING_DEFS,
  SETTING_LIST,
  type FormatContext,
  type SettingDef,
  type SettingField,
} from "./settings/settingDefs";
export {
  readSettings,
  type ReadSettingsResult,
  type SettingEntry,
  type SettingsLayout,
} from "./settings/readSettings";
export {
  settingsSheetPlan,
  SETTINGS_HEADERS,
  SETTINGS_TABLE_NAME,
} from "./settings/settingsSheetPlan";
export {
  settingUpdates,
  validateSettingText,
  type SettingUpdates,
} from "./settings/settingUpdates";
export { LATVIAN_VAT_RATES, vatRateNames, vatRateOn } from "./settings/vatRates";
export { DEFAULT_APPROVAL_LEVELS } from "./settings/approvalLevels";
export { DEFAULT_STAGE_PROBABILITIES } from "./settings/stageProbabilities";
export { DEFAULT_QUOTE_NUMBER_FORMAT, formatQuoteNumber } from "./settings/quoteNumberFormat";
export { contactPoints, employeePoints, gradeFor, textPoints } from "./settings/leadScoring";
export { mappingKey, mappingLabel, MAPPING_PREFIX } from "./settings/columnMappings";
