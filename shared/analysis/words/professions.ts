import type { OrgId } from "../../model/meeting";

/**
 * Whom a union organises, by a stem of the profession's name (lower case, found inside a word so that
 * "förskollärarna" is a "lärar"), for a union described before the text names it ("Fackförbundet som
 * organiserar undersköterskorna", "Lärarnas fackförbund"). Only professions one catalogue union organises;
 * the more specific stem first ("tandläkar" is no Läkarförbundet's).
 */
export const UNION_OF_PROFESSION: readonly (readonly [string, OrgId | null])[] = [
  ["tandläkar", null],
  ["underskötersk", "kommunal"],
  ["vårdbiträd", "kommunal"],
  ["barnskötar", "kommunal"],
  ["elevassistent", "kommunal"],
  ["lokalvårdar", "kommunal"],
  ["lärar", "sveriges-larare"],
  ["sjukskötersk", "vardforbundet"],
  ["barnmorsk", "vardforbundet"],
  ["läkar", "lakarforbundet"],
  ["socionom", "ssr"],
  ["socialsekreterar", "ssr"],
  ["brandm", "brandmannen"],
  ["präst", "kyrkans-akademikerforbund"],
  ["psykolog", "psykologforbundet"],
  ["fysioterapeut", "fysioterapeuterna"],
  ["arbetsterapeut", "sveriges-arbetsterapeuter"],
  ["bibliotekari", "dik"],
  ["rektor", "skolledarna"],
  ["ingenjör", "sveriges-ingenjorer"],
];
