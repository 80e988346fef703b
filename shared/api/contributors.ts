import type { CarrierKind, PhaseStatus, Tier } from '../carriers/vocabulary';
import type { IsoDate } from '../dates';

/** One phase, recognition or carrier behind a number, as the drill-down endpoint describes it. */
export interface ContributorItem {
  /** `carrierId:phaseId`, `carrierId:recognitionId` or `carrierId`. */
  ref: string;
  carrierId: string;
  name: string;
  kind: CarrierKind;
  region: string;
  district: string | null;
  phase: {
    id: string;
    label: string;
    incubationAreaM2: number | null;
    floorAreaM2: number | null;
    status: PhaseStatus;
    openedOn: IsoDate | null;
    constructionStartedOn: IsoDate | null;
    plannedOpeningOn: IsoDate | null;
  } | null;
  recognition: { id: string; tier: Tier; year: number } | null;
}

/** GET /api/regions/:id/progress/:targetId/contributors */
export interface ContributorsReply {
  count: number;
  items: ContributorItem[];
}
