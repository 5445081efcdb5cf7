import type { SourceId } from "../sources.js";

/** Location-based grid carbon intensity of one country or cloud region. */
export interface GridIntensity {
  /** Country or region name. */
  name: string;
  /** Annual average, gCO2e per kWh (location-based). */
  gCO2ePerKWh: number;
  /** Year the figure describes. */
  year: number;
  source: SourceId;
}

/** World average used when a location is unknown or not given: IEA (2019), 475 gCO2e/kWh. */
export const WORLD_GRID_INTENSITY: GridIntensity = {
  name: "World average",
  gCO2ePerKWh: 475,
  year: 2019,
  source: "iea2019",
};

type Row = { name: string; gCO2ePerKWh: number; year: number };

/**
 * Countries by ISO 3166-1 alpha-2 code (128, all G20 members among them).
 * Our World in Data (2024) via CodeCarbon: latest year per country.
 */
const COUNTRIES: Record<string, Row> = {
  AE: { name: "United Arab Emirates", gCO2ePerKWh: 561.13, year: 2022 },
  AF: { name: "Afghanistan", gCO2ePerKWh: 132.53, year: 2022 },
  AL: { name: "Albania", gCO2ePerKWh: 24.29, year: 2022 },
  AM: { name: "Armenia", gCO2ePerKWh: 264.54, year: 2022 },
  AO: { name: "Angola", gCO2ePerKWh: 174.73, year: 2022 },
  AR: { name: "Argentina", gCO2ePerKWh: 354.1, year: 2023 },
  AT: { name: "Austria", gCO2ePerKWh: 110.81, year: 2023 },
  AU: { name: "Australia", gCO2ePerKWh: 548.69, year: 2023 },
  AZ: { name: "Azerbaijan", gCO2ePerKWh: 671.39, year: 2022 },
  BA: { name: "Bosnia and Herzegovina", gCO2ePerKWh: 600.0, year: 2023 },
  BD: { name: "Bangladesh", gCO2ePerKWh: 691.41, year: 2023 },
  BE: { name: "Belgium", gCO2ePerKWh: 138.11, year: 2023 },
  BG: { name: "Bulgaria", gCO2ePerKWh: 335.33, year: 2023 },
  BH: { name: "Bahrain", gCO2ePerKWh: 904.62, year: 2022 },
  BO: { name: "Bolivia", gCO2ePerKWh: 531.69, year: 2023 },
  BR: { name: "Brazil", gCO2ePerKWh: 98.35, year: 2023 },
  BW: { name: "Botswana", gCO2ePerKWh: 847.91, year: 2022 },
  BY: { name: "Belarus", gCO2ePerKWh: 441.74, year: 2022 },
  CA: { name: "Canada", gCO2ePerKWh: 170.04, year: 2023 },
  CH: { name: "Switzerland", gCO2ePerKWh: 34.84, year: 2023 },
  CL: { name: "Chile", gCO2ePerKWh: 291.11, year: 2023 },
  CM: { name: "Cameroon", gCO2ePerKWh: 305.42, year: 2022 },
  CN: { name: "China", gCO2ePerKWh: 582.32, year: 2023 },
  CO: { name: "Colombia", gCO2ePerKWh: 259.51, year: 2023 },
  CR: { name: "Costa Rica", gCO2ePerKWh: 53.38, year: 2023 },
  CU: { name: "Cuba", gCO2ePerKWh: 637.61, year: 2022 },
  CY: { name: "Cyprus", gCO2ePerKWh: 534.32, year: 2023 },
  CZ: { name: "Czechia", gCO2ePerKWh: 449.72, year: 2023 },
  DE: { name: "Germany", gCO2ePerKWh: 380.95, year: 2023 },
  DK: { name: "Denmark", gCO2ePerKWh: 151.65, year: 2023 },
  DO: { name: "Dominican Republic", gCO2ePerKWh: 580.78, year: 2022 },
  DZ: { name: "Algeria", gCO2ePerKWh: 634.61, year: 2022 },
  EC: { name: "Ecuador", gCO2ePerKWh: 150.22, year: 2023 },
  EE: { name: "Estonia", gCO2ePerKWh: 416.67, year: 2023 },
  EG: { name: "Egypt", gCO2ePerKWh: 570.31, year: 2023 },
  ES: { name: "Spain", gCO2ePerKWh: 174.05, year: 2023 },
  ET: { name: "Ethiopia", gCO2ePerKWh: 24.64, year: 2022 },
  FI: { name: "Finland", gCO2ePerKWh: 79.16, year: 2023 },
  FR: { name: "France", gCO2ePerKWh: 56.04, year: 2023 },
  GB: { name: "United Kingdom", gCO2ePerKWh: 237.59, year: 2023 },
  GE: { name: "Georgia", gCO2ePerKWh: 167.59, year: 2023 },
  GH: { name: "Ghana", gCO2ePerKWh: 484.0, year: 2022 },
  GR: { name: "Greece", gCO2ePerKWh: 336.57, year: 2023 },
  GT: { name: "Guatemala", gCO2ePerKWh: 328.27, year: 2022 },
  HK: { name: "Hong Kong", gCO2ePerKWh: 699.5, year: 2022 },
  HN: { name: "Honduras", gCO2ePerKWh: 282.26, year: 2022 },
  HR: { name: "Croatia", gCO2ePerKWh: 204.96, year: 2023 },
  HU: { name: "Hungary", gCO2ePerKWh: 204.19, year: 2023 },
  ID: { name: "Indonesia", gCO2ePerKWh: 675.93, year: 2022 },
  IE: { name: "Ireland", gCO2ePerKWh: 290.81, year: 2023 },
  IL: { name: "Israel", gCO2ePerKWh: 582.93, year: 2022 },
  IN: { name: "India", gCO2ePerKWh: 713.44, year: 2023 },
  IQ: { name: "Iraq", gCO2ePerKWh: 688.81, year: 2022 },
  IR: { name: "Iran", gCO2ePerKWh: 655.12, year: 2023 },
  IS: { name: "Iceland", gCO2ePerKWh: 27.68, year: 2022 },
  IT: { name: "Italy", gCO2ePerKWh: 330.72, year: 2023 },
  JM: { name: "Jamaica", gCO2ePerKWh: 555.56, year: 2022 },
  JO: { name: "Jordan", gCO2ePerKWh: 540.92, year: 2022 },
  JP: { name: "Japan", gCO2ePerKWh: 485.39, year: 2023 },
  KE: { name: "Kenya", gCO2ePerKWh: 70.49, year: 2023 },
  KG: { name: "Kyrgyzstan", gCO2ePerKWh: 147.29, year: 2022 },
  KH: { name: "Cambodia", gCO2ePerKWh: 417.71, year: 2022 },
  KR: { name: "South Korea", gCO2ePerKWh: 430.57, year: 2023 },
  KW: { name: "Kuwait", gCO2ePerKWh: 649.16, year: 2023 },
  KZ: { name: "Kazakhstan", gCO2ePerKWh: 821.39, year: 2023 },
  LA: { name: "Laos", gCO2ePerKWh: 265.51, year: 2022 },
  LB: { name: "Lebanon", gCO2ePerKWh: 599.0, year: 2022 },
  LK: { name: "Sri Lanka", gCO2ePerKWh: 509.78, year: 2022 },
  LT: { name: "Lithuania", gCO2ePerKWh: 160.07, year: 2023 },
  LU: { name: "Luxembourg", gCO2ePerKWh: 105.26, year: 2023 },
  LV: { name: "Latvia", gCO2ePerKWh: 123.2, year: 2023 },
  LY: { name: "Libya", gCO2ePerKWh: 818.69, year: 2022 },
  MA: { name: "Morocco", gCO2ePerKWh: 630.01, year: 2023 },
  MD: { name: "Moldova", gCO2ePerKWh: 643.46, year: 2023 },
  ME: { name: "Montenegro", gCO2ePerKWh: 417.07, year: 2023 },
  MK: { name: "North Macedonia", gCO2ePerKWh: 565.35, year: 2023 },
  MM: { name: "Myanmar", gCO2ePerKWh: 398.9, year: 2023 },
  MN: { name: "Mongolia", gCO2ePerKWh: 775.31, year: 2023 },
  MT: { name: "Malta", gCO2ePerKWh: 459.14, year: 2023 },
  MX: { name: "Mexico", gCO2ePerKWh: 507.25, year: 2023 },
  MY: { name: "Malaysia", gCO2ePerKWh: 605.83, year: 2022 },
  MZ: { name: "Mozambique", gCO2ePerKWh: 135.65, year: 2022 },
  NA: { name: "Namibia", gCO2ePerKWh: 59.26, year: 2022 },
  NG: { name: "Nigeria", gCO2ePerKWh: 523.25, year: 2023 },
  NI: { name: "Nicaragua", gCO2ePerKWh: 265.12, year: 2022 },
  NL: { name: "Netherlands", gCO2ePerKWh: 267.62, year: 2023 },
  NO: { name: "Norway", gCO2ePerKWh: 30.08, year: 2023 },
  NP: { name: "Nepal", gCO2ePerKWh: 24.44, year: 2022 },
  NZ: { name: "New Zealand", gCO2ePerKWh: 112.76, year: 2023 },
  OM: { name: "Oman", gCO2ePerKWh: 564.63, year: 2023 },
  PA: { name: "Panama", gCO2ePerKWh: 161.68, year: 2022 },
  PE: { name: "Peru", gCO2ePerKWh: 266.48, year: 2023 },
  PH: { name: "Philippines", gCO2ePerKWh: 610.69, year: 2023 },
  PK: { name: "Pakistan", gCO2ePerKWh: 440.61, year: 2023 },
  PL: { name: "Poland", gCO2ePerKWh: 661.93, year: 2023 },
  PR: { name: "Puerto Rico", gCO2ePerKWh: 678.74, year: 2022 },
  PT: { name: "Portugal", gCO2ePerKWh: 165.55, year: 2023 },
  PY: { name: "Paraguay", gCO2ePerKWh: 23.75, year: 2023 },
  QA: { name: "Qatar", gCO2ePerKWh: 602.5, year: 2023 },
  RO: { name: "Romania", gCO2ePerKWh: 240.58, year: 2023 },
  RS: { name: "Serbia", gCO2ePerKWh: 636.06, year: 2023 },
  RU: { name: "Russia", gCO2ePerKWh: 441.04, year: 2023 },
  SA: { name: "Saudi Arabia", gCO2ePerKWh: 706.79, year: 2022 },
  SE: { name: "Sweden", gCO2ePerKWh: 40.7, year: 2023 },
  SG: { name: "Singapore", gCO2ePerKWh: 470.78, year: 2023 },
  SI: { name: "Slovenia", gCO2ePerKWh: 231.28, year: 2023 },
  SK: { name: "Slovakia", gCO2ePerKWh: 116.77, year: 2023 },
  SN: { name: "Senegal", gCO2ePerKWh: 511.6, year: 2022 },
  SV: { name: "El Salvador", gCO2ePerKWh: 271.47, year: 2023 },
  TH: { name: "Thailand", gCO2ePerKWh: 549.58, year: 2023 },
  TJ: { name: "Tajikistan", gCO2ePerKWh: 116.86, year: 2022 },
  TM: { name: "Turkmenistan", gCO2ePerKWh: 1306.03, year: 2022 },
  TN: { name: "Tunisia", gCO2ePerKWh: 563.96, year: 2023 },
  TR: { name: "Turkey", gCO2ePerKWh: 464.59, year: 2023 },
  TT: { name: "Trinidad and Tobago", gCO2ePerKWh: 681.53, year: 2022 },
  TW: { name: "Taiwan", gCO2ePerKWh: 642.38, year: 2023 },
  TZ: { name: "Tanzania", gCO2ePerKWh: 339.25, year: 2022 },
  UA: { name: "Ukraine", gCO2ePerKWh: 259.69, year: 2022 },
  UG: { name: "Uganda", gCO2ePerKWh: 44.53, year: 2022 },
  US: { name: "United States", gCO2ePerKWh: 369.47, year: 2023 },
  UY: { name: "Uruguay", gCO2ePerKWh: 128.79, year: 2023 },
  UZ: { name: "Uzbekistan", gCO2ePerKWh: 1167.6, year: 2022 },
  VE: { name: "Venezuela", gCO2ePerKWh: 185.8, year: 2022 },
  VN: { name: "Vietnam", gCO2ePerKWh: 475.45, year: 2023 },
  YE: { name: "Yemen", gCO2ePerKWh: 566.1, year: 2022 },
  ZA: { name: "South Africa", gCO2ePerKWh: 707.69, year: 2023 },
  ZM: { name: "Zambia", gCO2ePerKWh: 111.97, year: 2022 },
  ZW: { name: "Zimbabwe", gCO2ePerKWh: 297.87, year: 2022 },
};

type RegionRow = { country: string; gCO2ePerKWh: number; year: number; source: "gcp" };

/** GCP regions: Google's own location-based figures per region, 2023 data (newer than the country rows' source). */
const REGIONS: Record<string, RegionRow> = {
  "gcp:africa-south1": { country: "South Africa", gCO2ePerKWh: 646.0, year: 2023, source: "gcp" },
  "gcp:asia-east1": { country: "Taiwan", gCO2ePerKWh: 451.0, year: 2023, source: "gcp" },
  "gcp:asia-east2": { country: "China", gCO2ePerKWh: 360.0, year: 2023, source: "gcp" },
  "gcp:asia-northeast1": { country: "Japan", gCO2ePerKWh: 459.0, year: 2023, source: "gcp" },
  "gcp:asia-northeast2": { country: "Japan", gCO2ePerKWh: 385.0, year: 2023, source: "gcp" },
  "gcp:asia-northeast3": { country: "Korea", gCO2ePerKWh: 378.0, year: 2023, source: "gcp" },
  "gcp:asia-south1": { country: "India", gCO2ePerKWh: 648.0, year: 2023, source: "gcp" },
  "gcp:asia-south2": { country: "India", gCO2ePerKWh: 529.0, year: 2023, source: "gcp" },
  "gcp:asia-southeast1": { country: "Singapore", gCO2ePerKWh: 369.0, year: 2023, source: "gcp" },
  "gcp:asia-southeast2": { country: "Indonesia", gCO2ePerKWh: 580.0, year: 2023, source: "gcp" },
  "gcp:australia-southeast1": {
    country: "Australia",
    gCO2ePerKWh: 501.0,
    year: 2023,
    source: "gcp",
  },
  "gcp:australia-southeast2": {
    country: "Australia",
    gCO2ePerKWh: 456.0,
    year: 2023,
    source: "gcp",
  },
  "gcp:europe-central2": { country: "Poland", gCO2ePerKWh: 723.0, year: 2023, source: "gcp" },
  "gcp:europe-north1": { country: "Finland", gCO2ePerKWh: 46.0, year: 2023, source: "gcp" },
  "gcp:europe-southwest1": { country: "Spain", gCO2ePerKWh: 131.0, year: 2023, source: "gcp" },
  "gcp:europe-west1": { country: "Belgium", gCO2ePerKWh: 122.0, year: 2023, source: "gcp" },
  "gcp:europe-west2": { country: "United Kingdom", gCO2ePerKWh: 136.0, year: 2023, source: "gcp" },
  "gcp:europe-west3": { country: "Germany", gCO2ePerKWh: 345.0, year: 2023, source: "gcp" },
  "gcp:europe-west4": { country: "Netherlands", gCO2ePerKWh: 236.0, year: 2023, source: "gcp" },
  "gcp:europe-west6": { country: "Switzerland", gCO2ePerKWh: 59.0, year: 2023, source: "gcp" },
  "gcp:europe-west8": { country: "Italy", gCO2ePerKWh: 249.0, year: 2023, source: "gcp" },
  "gcp:europe-west9": { country: "France", gCO2ePerKWh: 34.0, year: 2023, source: "gcp" },
  "gcp:europe-west10": { country: "Germany", gCO2ePerKWh: 345.0, year: 2023, source: "gcp" },
  "gcp:europe-west12": { country: "Italy", gCO2ePerKWh: 249.0, year: 2023, source: "gcp" },
  "gcp:me-central2": { country: "Saudi Arabia", gCO2ePerKWh: 569.0, year: 2023, source: "gcp" },
  "gcp:me-west1": { country: "Israel", gCO2ePerKWh: 463.0, year: 2023, source: "gcp" },
  "gcp:northamerica-northeast1": { country: "Canada", gCO2ePerKWh: 2.0, year: 2023, source: "gcp" },
  "gcp:northamerica-northeast2": {
    country: "Canada",
    gCO2ePerKWh: 47.0,
    year: 2023,
    source: "gcp",
  },
  "gcp:southamerica-east1": { country: "Brazil", gCO2ePerKWh: 56.0, year: 2023, source: "gcp" },
  "gcp:southamerica-west1": { country: "Chile", gCO2ePerKWh: 138.0, year: 2023, source: "gcp" },
  "gcp:us-central1": { country: "USA", gCO2ePerKWh: 430.0, year: 2023, source: "gcp" },
  "gcp:us-east1": { country: "USA", gCO2ePerKWh: 560.0, year: 2023, source: "gcp" },
  "gcp:us-east4": { country: "USA", gCO2ePerKWh: 322.0, year: 2023, source: "gcp" },
  "gcp:us-east5": { country: "USA", gCO2ePerKWh: 322.0, year: 2023, source: "gcp" },
  "gcp:us-south1": { country: "USA", gCO2ePerKWh: 321.0, year: 2023, source: "gcp" },
  "gcp:us-west1": { country: "USA", gCO2ePerKWh: 94.0, year: 2023, source: "gcp" },
  "gcp:us-west2": { country: "USA", gCO2ePerKWh: 198.0, year: 2023, source: "gcp" },
  "gcp:us-west3": { country: "USA", gCO2ePerKWh: 588.0, year: 2023, source: "gcp" },
  "gcp:us-west4": { country: "USA", gCO2ePerKWh: 373.0, year: 2023, source: "gcp" },
};

/**
 * AWS and Azure regions by the country whose grid they draw on. Neither provider publishes a
 * location-based intensity per region, so each takes its country's current figure: the same run
 * in `aws:eu-central-1` and in `DE` emits the same. (The 2019 ML CO2 Impact table they used before
 * disagreed with the country figures by up to 60%.)
 */
const PROVIDER_REGION_COUNTRY: Record<string, string> = {
  "aws:us-east-2": "US",
  "aws:us-east-1": "US",
  "aws:us-west-1": "US",
  "aws:us-west-2": "US",
  "aws:ap-east-1": "CN",
  "aws:ap-south-1": "IN",
  "aws:ap-northeast-3": "JP",
  "aws:ap-northeast-2": "KR",
  "aws:ap-southeast-1": "SG",
  "aws:ap-southeast-2": "AU",
  "aws:ap-northeast-1": "JP",
  "aws:ca-central-1": "CA",
  "aws:cn-north-1": "CN",
  "aws:cn-northwest-1": "CN",
  "aws:eu-central-1": "DE",
  "aws:eu-west-1": "IE",
  "aws:eu-west-2": "GB",
  "aws:eu-west-3": "FR",
  "aws:eu-north-1": "SE",
  "aws:sa-east-1": "BR",
  "aws:us-gov-east-1": "US",
  "aws:us-gov-west-1": "US",
  "azure:eastasia": "HK",
  "azure:southeastasia": "SG",
  "azure:centralus": "US",
  "azure:eastus": "US",
  "azure:eastus2": "US",
  "azure:westus": "US",
  "azure:northcentralus": "US",
  "azure:southcentralus": "US",
  "azure:northeurope": "IE",
  "azure:westeurope": "NL",
  "azure:japanwest": "JP",
  "azure:japaneast": "JP",
  "azure:brazilsouth": "BR",
  "azure:australiaeast": "AU",
  "azure:australiasoutheast": "AU",
  "azure:southindia": "IN",
  "azure:centralindia": "IN",
  "azure:westindia": "IN",
  "azure:canadacentral": "CA",
  "azure:canadaeast": "CA",
  "azure:uksouth": "GB",
  "azure:ukwest": "GB",
  "azure:westcentralus": "US",
  "azure:westus2": "US",
  "azure:koreacentral": "KR",
  "azure:koreasouth": "KR",
  "azure:francecentral": "FR",
  "azure:francesouth": "FR",
  "azure:australiacentral": "AU",
  "azure:australiacentral2": "AU",
  "azure:southafricanorth": "ZA",
  "azure:southafricawest": "ZA",
};

/** Every location id the catalog knows: country codes and cloud regions. */
export const LOCATION_IDS: readonly string[] = [
  ...Object.keys(COUNTRIES),
  ...Object.keys(REGIONS),
  ...Object.keys(PROVIDER_REGION_COUNTRY),
];

/**
 * Looks up the grid intensity of a location id (`US`, `aws:us-east-1`, `gcp:europe-north1`).
 * @returns the catalog row, or undefined when the id is not in the catalog.
 */
export function gridIntensity(location: string): GridIntensity | undefined {
  const country = COUNTRIES[location];
  if (country) return { ...country, source: "owid2024" };
  const region = REGIONS[location];
  if (region) {
    return {
      name: `${location} (${region.country})`,
      gCO2ePerKWh: region.gCO2ePerKWh,
      year: region.year,
      source: "googleRegionCarbon2023",
    };
  }
  const iso = PROVIDER_REGION_COUNTRY[location];
  const grid = iso ? COUNTRIES[iso] : undefined;
  return grid ? { ...grid, name: `${location} (${grid.name})`, source: "owid2024" } : undefined;
}
